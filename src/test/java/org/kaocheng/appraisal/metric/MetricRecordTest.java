package org.kaocheng.appraisal.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kaocheng.testsupport.RecordDetails;

/** A record's detail is stored as a message key with arguments and read in the reader's language. */
class MetricRecordTest {

    @Test
    void aDetailReadsInEitherLanguageWithItsCodesTranslated() {
        String detail = MetricRecord.detail("disclosure.metric.detail.item.LATE", 3, LocalDate.of(2025, 2, 19));
        assertEquals("逾期 3 个工作日公开（截止日期 2025-02-19）", RecordDetails.zh(detail));
        assertEquals("Published 3 working days late (due 2025-02-19)", RecordDetails.en(detail));

        String status = MetricRecord.detail(
                "selfcheck.metric.detail.itemScored", MetricRecord.label("selfcheck.status.ACCEPTED"), "3.50", "4.00");
        assertEquals("检查项状态：已通过，得分 3.50/4.00", RecordDetails.zh(status));

        assertEquals(
                "未发布政策解读", RecordDetails.zh(MetricRecord.detail("disclosure.metric.detail.missingInterpretation")));
    }

    @Test
    void detailsFrozenByAnEarlierVersionReadAsTheyWere() {
        assertEquals("LATE:1:2024-03-08", RecordDetails.zh("LATE:1:2024-03-08"));
        assertEquals("ACCEPTED 3.00/4.00", RecordDetails.zh("ACCEPTED 3.00/4.00"));
        assertEquals("离岗 2024-07-01(TRANSFER)", RecordDetails.zh("离岗 2024-07-01(TRANSFER)"));
        assertEquals("6 / 8", RecordDetails.zh("6 / 8"));
        assertEquals("", RecordDetails.zh(null));
    }

    @Test
    void anArgumentCannotBreakTheDetailApart() {
        String detail = MetricRecord.detail("appraisal.metric.detail.vacancy", "6\u001F2");
        assertEquals("无政务公开专员 6 2 天", RecordDetails.zh(detail));
    }
}
