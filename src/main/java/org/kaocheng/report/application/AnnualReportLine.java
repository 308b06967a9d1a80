package org.kaocheng.report.application;

import java.util.List;

/**
 * One printed line of the annual report design ({@code reports/annual-report.jrxml}): a heading,
 * a paragraph, or a row of one of the official tables; {@code kind} picks the band. For rows of
 * 表三, {@code span} says how the three label columns merge and {@code labelTop}/{@code groupTop}
 * whether a merged label starts on this row (the design draws cell borders only where a cell starts).
 */
public final class AnnualReportLine {

    private final String kind;
    private final String text;
    private final String label;
    private final String group;
    private final String item;
    private final int span;
    private final boolean labelTop;
    private final boolean groupTop;
    private final List<String> values;

    private AnnualReportLine(
            String kind,
            String text,
            String label,
            String group,
            String item,
            int span,
            boolean labelTop,
            boolean groupTop,
            List<String> values) {
        this.kind = kind;
        this.text = text;
        this.label = label;
        this.group = group;
        this.item = item;
        this.span = span;
        this.labelTop = labelTop;
        this.groupTop = groupTop;
        this.values = values;
    }

    static AnnualReportLine text(String kind, String text) {
        return new AnnualReportLine(kind, text, null, null, null, 0, false, false, List.of());
    }

    static AnnualReportLine cells(String kind, List<String> values) {
        return new AnnualReportLine(kind, null, null, null, null, 0, false, false, values);
    }

    /** A row of 表三 printed {@code lines} text lines high (1 to 3). */
    static AnnualReportLine applications(
            String label,
            String group,
            String item,
            int span,
            boolean labelTop,
            boolean groupTop,
            List<String> values,
            int lines) {
        return new AnnualReportLine(
                "T3_ROW" + Math.max(1, Math.min(3, lines)), null, label, group, item, span, labelTop, groupTop, values);
    }

    public String getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getLabel() {
        return label;
    }

    public String getGroup() {
        return group;
    }

    public String getItem() {
        return item;
    }

    public Integer getSpan() {
        return span;
    }

    public Boolean getLabelTop() {
        return labelTop;
    }

    public Boolean getGroupTop() {
        return groupTop;
    }

    public List<String> getValues() {
        return values;
    }

    @Override
    public String toString() {
        return kind + " " + (text != null ? text : label + "/" + group + "/" + item + " " + values);
    }
}
