package org.kaocheng.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kaocheng.disclosure.domain.ItemState;
import org.kaocheng.disclosure.domain.Timeliness;

/** Proactive deadlines (formed + 20 working days) and interpretation deadlines, worked out by hand. */
class TimelinessTest {

    private static final CalendarFixture CAL = CalendarFixture.CHINA_2024_2026;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Timeliness item(String formed, String published, String today) {
        return Timeliness.of(d(formed), 20, published == null ? null : d(published), d(today), CAL);
    }

    @Test
    void twentyWorkingDaysAcrossSpringFestival2024() {
        // Formed Mon 02-05: 02-06..02-09 (1-4), holiday 02-10..02-17, Sun 02-18 make-up (5),
        // 02-19..02-23 (6-10), 02-26..03-01 (11-15), 03-04..03-08 (16-20): due Fri 2024-03-08.
        Timeliness t = item("2024-02-05", "2024-03-08", "2024-06-01");
        assertEquals(d("2024-03-08"), t.due());
        assertEquals(ItemState.ON_TIME, t.state());
        assertEquals(0, t.lateBy());
        assertFalse(t.provisional());
    }

    @Test
    void publishedTheMondayAfterTheDueFridayIsLateByOneWorkingDay() {
        Timeliness t = item("2024-02-05", "2024-03-11", "2024-06-01");
        assertEquals(ItemState.LATE, t.state());
        assertEquals(1, t.lateBy());
    }

    @Test
    void publishedOnTheSaturdayAfterTheDueFridayIsLateAndCountsAsTheNextWorkingDay() {
        Timeliness t = item("2024-02-05", "2024-03-09", "2024-06-01");
        assertEquals(ItemState.LATE, t.state());
        assertEquals(1, t.lateBy());
    }

    @Test
    void publishedTheWednesdayAfterIsLateByThree() {
        // 03-11 (1), 03-12 (2), 03-13 (3)
        assertEquals(3, item("2024-02-05", "2024-03-13", "2024-06-01").lateBy());
    }

    @Test
    void unpublishedIsPendingUntilTheDueDayAndOverdueAfter() {
        assertEquals(ItemState.PENDING, item("2024-02-05", null, "2024-03-08").state());
        Timeliness overdue = item("2024-02-05", null, "2024-03-11");
        assertEquals(ItemState.OVERDUE, overdue.state());
        assertEquals(1, overdue.lateBy());
        // today Sunday 03-10: past due, the rest day counts as Monday: 1
        assertEquals(1, item("2024-02-05", null, "2024-03-10").lateBy());
    }

    @Test
    void nationalDay2024WithTwoMakeUpDays() {
        // Formed Fri 09-27: Sun 09-29 make-up (1), 09-30 (2), holiday 10-01..10-07, 10-08..10-11 (3-6),
        // Sat 10-12 make-up (7), 10-14..10-18 (8-12), 10-21..10-25 (13-17), 10-28..10-30 (18-20).
        assertEquals(d("2024-10-30"), item("2024-09-27", null, "2024-09-27").due());
    }

    @Test
    void acrossTheYearBoundaryAndNewYearsDay() {
        // Formed Mon 2024-12-16: 12-17..12-20 (1-4), 12-23..12-27 (5-9), 12-30, 12-31 (10, 11),
        // 01-01 holiday, 01-02, 01-03 (12, 13), 01-06..01-10 (14-18), 01-13, 01-14 (19, 20).
        assertEquals(d("2025-01-14"), item("2024-12-16", null, "2024-12-16").due());
    }

    @Test
    void springFestival2025WithMakeUpSundayAndSaturday() {
        // Formed Fri 2025-01-24: Sun 01-26 make-up (1), 01-27 (2), holiday 01-28..02-04, 02-05..02-07 (3-5),
        // Sat 02-08 make-up (6), 02-10..02-14 (7-11), 02-17..02-21 (12-16), 02-24..02-27 (17-20).
        assertEquals(d("2025-02-27"), item("2025-01-24", null, "2025-01-24").due());
    }

    @Test
    void aDeadlineInAYearWithoutAScheduleIsProvisional() {
        // Formed Mon 2025-12-15: 12-16..12-19 (1-4), 12-22..12-26 (5-9), 12-29..12-31 (10-12), and in
        // 2026 (weekends only, so 01-01 counts) 01-01, 01-02 (13, 14), 01-05..01-09 (15-19), 01-12 (20).
        Timeliness t = item("2025-12-15", null, "2025-12-15");
        assertEquals(d("2026-01-12"), t.due());
        assertTrue(t.provisional());
    }

    @Test
    void interpretationWithinThreeWorkingDaysOfItsDocument() {
        // Document published Thu 2024-02-08: 02-09 (1), holiday, Sun 02-18 make-up (2), 02-19 (3).
        Timeliness onTime = Timeliness.of(d("2024-02-08"), 3, d("2024-02-19"), d("2024-06-01"), CAL);
        assertEquals(d("2024-02-19"), onTime.due());
        assertEquals(ItemState.ON_TIME, onTime.state());
        Timeliness late = Timeliness.of(d("2024-02-08"), 3, d("2024-02-20"), d("2024-06-01"), CAL);
        assertEquals(ItemState.LATE, late.state());
        assertEquals(1, late.lateBy());
    }

    @Test
    void interpretationTheSameDayWhenTheLocalRuleIsZero() {
        assertEquals(
                ItemState.ON_TIME,
                Timeliness.of(d("2024-02-08"), 0, d("2024-02-08"), d("2024-06-01"), CAL)
                        .state());
        Timeliness late = Timeliness.of(d("2024-02-08"), 0, d("2024-02-09"), d("2024-06-01"), CAL);
        assertEquals(ItemState.LATE, late.state());
        assertEquals(1, late.lateBy());
    }

    @Test
    void interpretationOfAnUnpublishedDocumentHasNoDeadlineYet() {
        Timeliness t = Timeliness.of(null, 3, null, d("2024-06-01"), CAL);
        assertEquals(ItemState.PENDING, t.state());
        assertNull(t.due());
        assertEquals(
                ItemState.ON_TIME,
                Timeliness.of(null, 3, d("2024-05-01"), d("2024-06-01"), CAL).state());
    }
}
