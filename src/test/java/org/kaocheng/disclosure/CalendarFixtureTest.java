package org.kaocheng.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kaocheng.calendar.application.DueDate;

/** The test calendar itself reproduces DOMAIN.md §2's worked example. */
class CalendarFixtureTest {

    private final CalendarFixture cal = CalendarFixture.CHINA_2024_2026;

    @Test
    void fiveWorkingDaysFromTheMondayBeforeSpringFestival2024EndOnTheMakeUpSunday() {
        // 02-06..02-09 are days 1-4, 02-10..02-17 the holiday, Sunday 02-18 a make-up day (5).
        DueDate due = cal.addWorkingDays(LocalDate.of(2024, 2, 5), 5);
        assertEquals(LocalDate.of(2024, 2, 18), due.date());
        assertEquals(8, due.skippedHolidays().size());
        assertEquals(1, due.countedMakeUpDays().size());
        assertFalse(due.provisional());
    }

    @Test
    void anUnpublishedYearIsCountedOnWeekendsOnlyAndProvisional() {
        assertTrue(cal.isWorkingDay(LocalDate.of(2026, 1, 1)), "New Year's Day is not known as a holiday in 2026 here");
        assertTrue(cal.addWorkingDays(LocalDate.of(2025, 12, 30), 2).provisional());
    }
}
