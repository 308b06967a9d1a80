package org.kaocheng.calendar.application;

/**
 * Fired inside the transaction after a schedule was published, imported, edited or withdrawn,
 * once {@code calendar_day} holds the new calendar: observers may recompute deadlines (for
 * instance the provisional ones of a year whose schedule has just arrived). Observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to act only once it is committed.
 *
 * @param year the schedule year that changed
 */
public record CalendarChanged(int year) {}
