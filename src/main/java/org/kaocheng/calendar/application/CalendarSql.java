package org.kaocheng.calendar.application;

/**
 * SQL over {@code calendar_day} that computes the same answers as {@link WorkingDayCalendar},
 * for queries that need deadlines of many records at once (both H2 and PostgreSQL). Bind the
 * start date as a DATE and N as an INTEGER; outside the table's range the result is NULL.
 */
public final class CalendarSql {

    /**
     * The due date of "N working days from D" as a scalar subquery, for a row alias {@code d}
     * with a DATE column and an INTEGER N: replace {@code :from} and {@code :n} with the column
     * expressions. N = 0 gives D itself; otherwise the working day whose seq is seq(D) + N.
     */
    public static final String DUE_DATE = "CASE WHEN :n = 0 THEN :from ELSE (SELECT cd_due.day FROM calendar_day cd_due"
            + " WHERE cd_due.working AND cd_due.seq = (SELECT cd_from.seq FROM calendar_day cd_from WHERE cd_from.day = :from) + :n)"
            + " END";

    /** Whether (from, due] touches a year without a published schedule. */
    public static final String PROVISIONAL = "EXISTS (SELECT 1 FROM calendar_day cd_p WHERE cd_p.provisional"
            + " AND cd_p.day > :from AND cd_p.day <= :due)";

    private CalendarSql() {}

    /** {@link #DUE_DATE} with the start date and N expressions filled in. */
    public static String dueDate(String fromExpression, String workingDaysExpression) {
        return DUE_DATE.replace(":from", fromExpression).replace(":n", workingDaysExpression);
    }
}
