package org.kaocheng.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kaocheng.calendar.application.DueDate;
import org.kaocheng.calendar.application.StatutoryWorkingDayCalendar;
import org.kaocheng.calendar.application.WorkingDayCalendar;
import org.kaocheng.calendar.domain.CalendarSnapshot;
import org.kaocheng.calendar.domain.ScheduleFile;
import org.kaocheng.calendar.domain.ScheduledDay;

/**
 * Deadlines across the real schedules 2018-2026 (the shipped JSON), worked out by hand from the
 * State Council notices; 2027 is unpublished.
 */
class WorkingDayArithmeticTest {

    private static final CalendarSnapshot SNAPSHOT = ShippedSchedules.snapshot();
    private final WorkingDayCalendar calendar = StatutoryWorkingDayCalendar.of(SNAPSHOT);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<LocalDate> days(String... iso) {
        return java.util.Arrays.stream(iso).map(LocalDate::parse).toList();
    }

    @Test
    void springFestival2024ExampleOfTheDomainIsDueOnTheMakeUpSunday() {
        // Mon 02-05 is day zero; 02-06..02-09 count 1-4; 02-10..02-17 are the Spring Festival
        // holiday; Sun 02-18 is a make-up working day and counts 5.
        DueDate due = calendar.addWorkingDays(d("2024-02-05"), 5);
        assertEquals(d("2024-02-18"), due.date());
        assertFalse(due.provisional());
        assertEquals(
                days(
                        "2024-02-10",
                        "2024-02-11",
                        "2024-02-12",
                        "2024-02-13",
                        "2024-02-14",
                        "2024-02-15",
                        "2024-02-16",
                        "2024-02-17"),
                due.skippedHolidays());
        assertEquals(days("2024-02-18"), due.countedMakeUpDays());
        assertEquals(5, calendar.workingDaysBetween(d("2024-02-05"), d("2024-02-18")));
    }

    @Test
    void startingOnAHolidayCountsFromTheNextWorkingDay() {
        // Mon 02-12 is a holiday, still day zero; 02-13..02-17 holidays; Sun 02-18 counts 1, Mon 02-19 counts 2.
        assertEquals(
                d("2024-02-18"), calendar.addWorkingDays(d("2024-02-12"), 1).date());
        assertEquals(
                d("2024-02-19"), calendar.addWorkingDays(d("2024-02-12"), 2).date());
    }

    @Test
    void nationalDay2025CountsTheMakeUpSundayAndSaturday() {
        // Fri 09-26 day zero. Sat 09-27 off; Sun 09-28 make-up (1); Mon 09-29 (2); Tue 09-30 (3);
        // 10-01..10-08 National Day and Mid-Autumn; Thu 10-09 (4); Fri 10-10 (5); Sat 10-11 make-up (6);
        // Sun 10-12 off; Mon 10-13 (7).
        assertEquals(
                d("2025-09-28"), calendar.addWorkingDays(d("2025-09-26"), 1).date());
        assertEquals(
                d("2025-09-30"), calendar.addWorkingDays(d("2025-09-26"), 3).date());
        assertEquals(
                d("2025-10-09"), calendar.addWorkingDays(d("2025-09-26"), 4).date());
        assertEquals(
                d("2025-10-11"), calendar.addWorkingDays(d("2025-09-26"), 6).date());
        DueDate seven = calendar.addWorkingDays(d("2025-09-26"), 7);
        assertEquals(d("2025-10-13"), seven.date());
        assertEquals(days("2025-09-28", "2025-10-11"), seven.countedMakeUpDays());
        assertEquals(8, seven.skippedHolidays().size(), "10-01 to 10-08");
        assertTrue(calendar.isWorkingDay(d("2025-09-28")));
        assertTrue(calendar.isWorkingDay(d("2025-10-11")));
        assertFalse(calendar.isWorkingDay(d("2025-10-08")), "a Wednesday holiday");
        assertFalse(calendar.isWorkingDay(d("2025-10-12")), "an ordinary Sunday");
    }

    @Test
    void newYear2019MakeUpSaturdayComesFromTheNextYearsNotice() {
        // Sat 2018-12-29 is a make-up day fixed by the 2019 notice; 12-30, 12-31, 01-01 are off.
        DueDate one = calendar.addWorkingDays(d("2018-12-28"), 1);
        assertEquals(d("2018-12-29"), one.date());
        assertEquals(days("2018-12-29"), one.countedMakeUpDays());
        DueDate two = calendar.addWorkingDays(d("2018-12-28"), 2);
        assertEquals(d("2019-01-02"), two.date());
        assertEquals(days("2018-12-30", "2018-12-31", "2019-01-01"), two.skippedHolidays());
    }

    @Test
    void newYear2026CrossesTheYearBoundaryIntoAMakeUpSunday() {
        // Wed 2025-12-31 day zero; 2026-01-01..01-03 off; Sun 01-04 make-up (1); Mon 01-05 (2).
        DueDate one = calendar.addWorkingDays(d("2025-12-31"), 1);
        assertEquals(d("2026-01-04"), one.date());
        assertEquals(days("2026-01-01", "2026-01-02", "2026-01-03"), one.skippedHolidays());
        assertEquals(days("2026-01-04"), one.countedMakeUpDays());
        assertEquals(
                d("2026-01-05"), calendar.addWorkingDays(d("2025-12-31"), 2).date());
    }

    @Test
    void extendedSpringFestival2020CancelledTheMakeUpSaturday() {
        // The extension notice made 01-31..02-02 off (Sat 02-01 had been a make-up day) and lists
        // Mon 02-03 as the first working day: Thu 01-23 + 1 = 02-03.
        DueDate due = calendar.addWorkingDays(d("2020-01-23"), 1);
        assertEquals(d("2020-02-03"), due.date());
        assertEquals(10, due.skippedHolidays().size(), "01-24 to 02-02");
        assertFalse(calendar.isWorkingDay(d("2020-02-01")));
    }

    @Test
    void zeroWorkingDaysIsTheStartDayItselfWhateverItIs() {
        assertEquals(
                d("2024-02-18"), calendar.addWorkingDays(d("2024-02-18"), 0).date());
        DueDate holiday = calendar.addWorkingDays(d("2024-02-12"), 0);
        assertEquals(d("2024-02-12"), holiday.date());
        assertTrue(holiday.skippedHolidays().isEmpty());
        DueDate unpublished = calendar.addWorkingDays(d("2027-03-06"), 0);
        assertEquals(d("2027-03-06"), unpublished.date());
        assertFalse(unpublished.provisional(), "nothing was counted in 2027");
    }

    @Test
    void aDeadlineCrossingIntoUnpublished2027IsProvisional() {
        // Fri 2026-12-25 day zero; 12-28..12-31 (1-4); 2027 on weekends only: Fri 01-01 (5),
        // Mon 01-04..Fri 01-08 (6-10). The real 2027 New Year holiday is unknown, hence provisional.
        DueDate ten = calendar.addWorkingDays(d("2026-12-25"), 10);
        assertEquals(d("2027-01-08"), ten.date());
        assertTrue(ten.provisional());
        DueDate four = calendar.addWorkingDays(d("2026-12-25"), 4);
        assertEquals(d("2026-12-31"), four.date());
        assertFalse(four.provisional(), "stays within published 2026");
        assertTrue(calendar.isProvisional(d("2027-01-01")));
        assertFalse(calendar.isProvisional(d("2026-12-31")));
        assertTrue(calendar.isWorkingDay(d("2027-01-01")), "weekends only: a Friday");
    }

    @Test
    void workingDaysBetweenIsZeroUnlessTheEndIsLater() {
        assertEquals(0, calendar.workingDaysBetween(d("2024-02-18"), d("2024-02-05")));
        assertEquals(0, calendar.workingDaysBetween(d("2024-02-05"), d("2024-02-05")));
        // 2024 (starts on a Monday, 366 days): 262 weekdays; 19 weekday holidays (01-01; 02-12..02-16;
        // 04-04, 04-05; 05-01..05-03; 06-10; 09-16, 09-17; 10-01..10-04; 10-07); 8 make-up days
        // (02-04, 02-18, 04-07, 04-28, 05-11, 09-14, 09-29, 10-12): 262 - 19 + 8 = 251.
        assertEquals(251, calendar.workingDaysBetween(d("2023-12-31"), d("2024-12-31")));
    }

    @Test
    void negativeOrOutOfRangeArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingDays(d("2024-02-05"), -1));
        assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingDays(d("2017-12-31"), 1));
        assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingDays(d("2030-12-20"), 20));
        assertEquals(d("2030-12-31"), SNAPSHOT.lastDay(), "2026 + 4 years, at least 2030");
    }

    /**
     * 100,000 due dates answered from the arrays agree with a naive day-by-day count written
     * independently from the JSON facts (the naive loop is the test's oracle, not the product).
     */
    @Test
    void oneHundredThousandDueDatesAgreeWithANaiveDayByDayCount() {
        Map<LocalDate, Boolean> fixed = new HashMap<>();
        for (ScheduleFile f : ShippedSchedules.all()) {
            for (ScheduledDay day : f.days()) {
                fixed.put(day.day(), !day.isHoliday());
            }
        }
        long daySum = 0;
        for (int i = 0; i < 100_000; i++) {
            LocalDate from = CalendarSnapshot.FIRST_DAY.plusDays(
                    (i * 7919L) % 4600); // up to 2030-08, so +60 stays in the calendar
            int n = i % 61;
            DueDate due = calendar.addWorkingDays(from, n);
            assertEquals(naive(fixed, from, n), due.date(), () -> from + " + " + n);
            assertEquals(n, calendar.workingDaysBetween(from, due.date()));
            daySum += due.date().toEpochDay() - from.toEpochDay();
        }
        assertTrue(daySum > 100_000L * 30, "on average a deadline of 30 working days spans more than 30 days");
    }

    private static LocalDate naive(Map<LocalDate, Boolean> fixed, LocalDate from, int n) {
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (fixed.getOrDefault(day, !weekend)) {
                counted++;
            }
        }
        return day;
    }
}
