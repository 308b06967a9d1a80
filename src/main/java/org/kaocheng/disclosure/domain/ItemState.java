package org.kaocheng.disclosure.domain;

/** Timeliness of a proactive item or an interpretation. */
public enum ItemState {
    /** Published no later than the due date. */
    ON_TIME,
    /** Published after the due date. */
    LATE,
    /** Not published and the due date has passed. */
    OVERDUE,
    /** Not published yet, still within the period (or the period has not started). */
    PENDING
}
