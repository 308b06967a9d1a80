package org.kaocheng.disclosure.domain;

import java.time.LocalDate;
import java.util.List;
import org.kaocheng.calendar.application.DueDate;
import org.kaocheng.calendar.application.WorkingDayCalendar;

/**
 * The statutory clock of an application (Art. 30–33), computed from its dated events. The same
 * arithmetic runs in SQL for lists ({@code DisclosureSql.APPLICATIONS}); tests prove they agree.
 *
 * <ul>
 * <li>The answer period runs {@code answerDays} working days (20) from the date of receipt, day
 * zero; after a correction (补正) it starts again from the receipt of the corrected application,
 * and no clock runs while the correction is awaited.</li>
 * <li>A correction must be requested within {@code correctionDays} working days (7) of receipt;
 * a later request is flagged, not refused.</li>
 * <li>Third-party consultations and fee payments started after the clock started stop it: the
 * working days in (start, end] are added to the deadline. While one is running (no end and no
 * answer yet) the application is PAUSED; an answer ends a running pause.</li>
 * <li>Approved extensions add their working days (at most 20 in all, enforced on entry).</li>
 * </ul>
 */
public final class ApplicationTimeline {

    private ApplicationTimeline() {}

    /** The periods of the law, in working days (settings). */
    public record Rules(int answerDays, int correctionDays, int dueSoonDays) {

        public static final Rules STATUTORY = new Rules(20, 7, 5);
    }

    /** A stopped clock: consultation or fee, from start to end (null while running). */
    public record Pause(LocalDate start, LocalDate end) {}

    /** What the application's record says. */
    public record Facts(
            LocalDate receivedOn,
            LocalDate correctionRequestedOn,
            LocalDate correctedOn,
            List<Pause> pauses,
            int extensionDays,
            LocalDate answeredOn,
            AnswerOutcome outcome) {

        public Facts {
            pauses = pauses == null ? List.of() : List.copyOf(pauses);
        }
    }

    /**
     * @param startOn            day zero of the answer period (receipt, or the corrected application);
     *                           null while a correction is awaited
     * @param due                the deadline; null while no clock runs
     * @param correctionDeadline the last day to request a correction
     * @param pausedDays         working days not counted
     * @param lateBy             working days past the deadline, when answered late or overdue
     */
    public record Result(
            ApplicationState state,
            LocalDate startOn,
            LocalDate due,
            boolean provisional,
            LocalDate correctionDeadline,
            boolean correctionLate,
            int pausedDays,
            int lateBy) {}

    public static Result compute(Facts f, Rules rules, LocalDate today, WorkingDayCalendar calendar) {
        LocalDate correctionDeadline =
                calendar.addWorkingDays(f.receivedOn(), rules.correctionDays()).date();
        boolean correctionLate =
                f.correctionRequestedOn() != null && f.correctionRequestedOn().isAfter(correctionDeadline);
        LocalDate startOn = f.correctionRequestedOn() == null ? f.receivedOn() : f.correctedOn();
        if (f.outcome() == AnswerOutcome.OTHER_NO_CORRECTION && f.answeredOn() != null) {
            return new Result(
                    ApplicationState.GIVEN_UP, startOn, null, false, correctionDeadline, correctionLate, 0, 0);
        }
        if (startOn == null) {
            ApplicationState state =
                    f.answeredOn() != null ? ApplicationState.ANSWERED_ON_TIME : ApplicationState.AWAITING_CORRECTION;
            return new Result(state, null, null, false, correctionDeadline, correctionLate, 0, 0);
        }
        int paused = 0;
        boolean running = false;
        for (Pause p : f.pauses()) {
            if (p.start().isBefore(startOn)) {
                continue;
            }
            LocalDate end = p.end() != null ? p.end() : f.answeredOn();
            if (end == null) {
                running = true;
                end = today;
            }
            paused += calendar.workingDaysBetween(p.start(), end);
        }
        if (running) {
            return new Result(
                    ApplicationState.PAUSED, startOn, null, false, correctionDeadline, correctionLate, paused, 0);
        }
        DueDate dueDate = calendar.addWorkingDays(startOn, rules.answerDays() + f.extensionDays() + paused);
        LocalDate due = dueDate.date();
        boolean provisional = dueDate.provisional() || calendar.isProvisional(startOn) || calendar.isProvisional(due);
        ApplicationState state;
        int lateBy = 0;
        if (f.answeredOn() != null) {
            if (f.answeredOn().isAfter(due)) {
                state = ApplicationState.ANSWERED_LATE;
                lateBy = Timeliness.workingDaysLate(due, f.answeredOn(), calendar);
            } else {
                state = ApplicationState.ANSWERED_ON_TIME;
            }
        } else if (today.isAfter(due)) {
            state = ApplicationState.OVERDUE;
            lateBy = Timeliness.workingDaysLate(due, today, calendar);
        } else if (calendar.workingDaysBetween(today, due) <= rules.dueSoonDays()) {
            state = ApplicationState.DUE_SOON;
        } else {
            state = ApplicationState.OPEN;
        }
        return new Result(state, startOn, due, provisional, correctionDeadline, correctionLate, paused, lateBy);
    }

    /**
     * Whether the application is still being handled at the end of the day: received and not
     * yet closed. Open on 31 December = carried over into the next year (结转下年度).
     */
    public static boolean openAtEndOf(LocalDate day, LocalDate receivedOn, LocalDate answeredOn) {
        return !receivedOn.isAfter(day) && (answeredOn == null || answeredOn.isAfter(day));
    }
}
