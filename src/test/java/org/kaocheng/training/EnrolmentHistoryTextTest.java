package org.kaocheng.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kaocheng.training.application.EnrolmentService;
import org.kaocheng.training.domain.EnrolmentEventKind;
import org.kaocheng.training.domain.TrainingEnrolmentEvent;
import org.kaocheng.training.web.SessionView;

/** The enrolment history's details column reads as text, not as stored codes (BULK, capacity). */
class EnrolmentHistoryTextTest {

    private static String detail(EnrolmentEventKind kind, String stored) {
        return SessionView.detail(
                new TrainingEnrolmentEvent(null, LocalDateTime.of(2026, 3, 1, 9, 0), kind, "coord", stored),
                Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void sourcesAndPromotionsReadAsText() {
        assertEquals("批量报名", detail(EnrolmentEventKind.ENROLLED, "BULK"));
        assertEquals("岗前培训待办", detail(EnrolmentEventKind.WAITLISTED, "INDUCTION"));
        assertEquals("名额增加后递补", detail(EnrolmentEventKind.PROMOTED, EnrolmentService.CAPACITY_RAISED));
        assertEquals("李四 取消报名后递补", detail(EnrolmentEventKind.PROMOTED, "李四"));
        assertEquals("", detail(EnrolmentEventKind.CANCELLED, null));
    }
}
