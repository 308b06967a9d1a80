package org.kaocheng.training.domain;

/** How an enrolment came about. */
public enum EnrolmentSource {
    COORDINATOR,
    BULK,
    NOMINATION,
    IMPORT,
    INDUCTION
}
