package org.kaocheng.training.domain;

import org.kaocheng.platform.Labelled;

/** Life of a session: planned, open for enrolment, enrolment closed, held, cancelled. */
public enum SessionStatus implements Labelled {
    PLANNED,
    OPEN,
    CLOSED,
    HELD,
    CANCELLED;

    @Override
    public String labelKey() {
        return "training.status." + name();
    }
}
