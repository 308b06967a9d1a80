package org.kaocheng.calendar.application;

import java.time.LocalDate;

/**
 * Statutory working days (工作日): Monday to Friday unless a public holiday, plus the weekend
 * days the State Council made make-up working days (调休上班). Years without a published
 * schedule are counted on weekends only and every answer touching them is provisional.
 *
 * <p>The same calendar is kept in the table {@code calendar_day} so that SQL computes the same
 * deadlines as Java: {@code calendar_day(day DATE PRIMARY KEY, working BOOLEAN, seq INTEGER,
 * provisional BOOLEAN)} where {@code seq} is the number of working days from the first day of
 * the table up to and including {@code day}. The N-th working day after D is then the working
 * day whose {@code seq} equals {@code seq(D) + N}.
 */
public interface WorkingDayCalendar {

    /**
     * The end of the N-th working day after {@code from}, which is day zero ("within N working
     * days from D"). N = 0 gives {@code from} itself.
     */
    DueDate addWorkingDays(LocalDate from, int workingDays);

    /** Working days in (from, to]; 0 when {@code to} is not after {@code from}. */
    int workingDaysBetween(LocalDate from, LocalDate to);

    boolean isWorkingDay(LocalDate day);

    /** Whether the schedule of the day's year is unknown (weekends-only guess). */
    boolean isProvisional(LocalDate day);
}
