package org.kaocheng.report.application;

import java.io.Serializable;

/**
 * One figure of the summary as listed on the page: its label key, value, and the page listing the
 * records behind it (an outcome with its query string), or null where there is no such list.
 */
public record WorkSummaryFigure(String labelKey, String value, String link) implements Serializable {

    public String getLabelKey() {
        return labelKey;
    }

    public String getValue() {
        return value;
    }

    public String getLink() {
        return link;
    }
}
