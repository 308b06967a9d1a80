package org.kaocheng.disclosure.domain;

import java.time.LocalDate;
import org.kaocheng.calendar.application.DueDate;
import org.kaocheng.calendar.application.WorkingDayCalendar;

/**
 * The timeliness of one publication with a deadline of N working days from a base date (an
 * item's formed date, or its document's publication for an interpretation), as of a day. The
 * same rule is written in SQL in {@code DisclosureSql}; tests prove the two agree.
 *
 * @param due         the deadline, null while the base date is unknown (document not published)
 * @param provisional the deadline relies on a year without a published schedule
 * @param lateBy      working days past the deadline (a publication on a rest day counts from the
 *                    next working day); 0 unless LATE or OVERDUE
 */
public record Timeliness(ItemState state, LocalDate due, boolean provisional, int lateBy) {

    public static Timeliness of(
            LocalDate base, int workingDays, LocalDate published, LocalDate today, WorkingDayCalendar calendar) {
        if (base == null) {
            return new Timeliness(published == null ? ItemState.PENDING : ItemState.ON_TIME, null, false, 0);
        }
        DueDate dueDate = calendar.addWorkingDays(base, workingDays);
        LocalDate due = dueDate.date();
        boolean provisional = dueDate.provisional() || calendar.isProvisional(base) || calendar.isProvisional(due);
        if (published != null) {
            if (!published.isAfter(due)) {
                return new Timeliness(ItemState.ON_TIME, due, provisional, 0);
            }
            return new Timeliness(ItemState.LATE, due, provisional, workingDaysLate(due, published, calendar));
        }
        if (today.isAfter(due)) {
            return new Timeliness(ItemState.OVERDUE, due, provisional, workingDaysLate(due, today, calendar));
        }
        return new Timeliness(ItemState.PENDING, due, provisional, 0);
    }

    /** Working days in (due, day], counting a rest day as the working day after it. */
    static int workingDaysLate(LocalDate due, LocalDate day, WorkingDayCalendar calendar) {
        return calendar.workingDaysBetween(due, day) + (calendar.isWorkingDay(day) ? 0 : 1);
    }
}
