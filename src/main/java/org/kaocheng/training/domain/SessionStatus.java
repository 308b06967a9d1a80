package org.kaocheng.training.domain;

/** Life of a session: planned, open for enrolment, enrolment closed, held, cancelled. */
public enum SessionStatus {
    PLANNED,
    OPEN,
    CLOSED,
    HELD,
    CANCELLED
}
