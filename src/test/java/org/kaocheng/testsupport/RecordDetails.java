package org.kaocheng.testsupport;

import java.util.Locale;
import org.kaocheng.appraisal.metric.MetricRecord;
import org.kaocheng.platform.web.Messages;

/** A record's detail as a Chinese reader sees it on the score sheet. */
public final class RecordDetails {

    private RecordDetails() {}

    public static String zh(String detail) {
        return MetricRecord.renderDetail(
                detail, (key, arguments) -> Messages.text(Locale.SIMPLIFIED_CHINESE, key, arguments));
    }

    public static String en(String detail) {
        return MetricRecord.renderDetail(detail, (key, arguments) -> Messages.text(Locale.ENGLISH, key, arguments));
    }
}
