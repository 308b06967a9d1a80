package org.kaocheng.disclosure.domain;

/** The annual report's groups of answers (办理结果). */
public enum OutcomeCategory {
    GRANTED,
    PARTLY_GRANTED,
    REFUSED,
    UNAVAILABLE,
    NOT_PROCESSED,
    OTHER
}
