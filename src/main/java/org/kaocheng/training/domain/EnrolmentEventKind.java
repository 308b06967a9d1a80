package org.kaocheng.training.domain;

/** What happened to an enrolment. */
public enum EnrolmentEventKind {
    NOMINATED,
    ENROLLED,
    WAITLISTED,
    PROMOTED,
    CANCELLED,
    REJECTED
}
