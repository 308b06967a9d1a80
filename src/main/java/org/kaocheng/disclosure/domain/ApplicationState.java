package org.kaocheng.disclosure.domain;

/** Where an application stands on a day. */
public enum ApplicationState {
    /** Running, more than the reminder period left. */
    OPEN,
    /** Running, due within the reminder period (5 working days by default). */
    DUE_SOON,
    /** Not answered and the due date has passed. */
    OVERDUE,
    /** A correction was requested and the corrected application has not arrived: no clock runs. */
    AWAITING_CORRECTION,
    /** A third-party consultation or a fee payment is running: the clock stands still. */
    PAUSED,
    ANSWERED_ON_TIME,
    ANSWERED_LATE,
    /** Closed because the applicant did not correct the application in time (逾期不补正). */
    GIVEN_UP;

    public boolean isOpen() {
        return this == OPEN || this == DUE_SOON || this == OVERDUE || this == AWAITING_CORRECTION || this == PAUSED;
    }
}
