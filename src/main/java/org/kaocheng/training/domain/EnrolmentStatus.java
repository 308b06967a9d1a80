package org.kaocheng.training.domain;

import org.kaocheng.platform.Labelled;

/** Where a person stands for a session. */
public enum EnrolmentStatus implements Labelled {
    /** Proposed by their unit; a coordinator confirms (then ENROLLED or WAITLISTED) or rejects. */
    NOMINATED,
    /** Holds a seat. */
    ENROLLED,
    /** Waits for a seat, in the order of the request. */
    WAITLISTED,
    CANCELLED,
    REJECTED;

    /** Whether the enrolment still counts as the person's interest in the session. */
    public boolean isActive() {
        return this == NOMINATED || this == ENROLLED || this == WAITLISTED;
    }

    @Override
    public String labelKey() {
        return "training.enrolment." + name();
    }
}
