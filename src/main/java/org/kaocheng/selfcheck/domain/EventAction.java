package org.kaocheng.selfcheck.domain;

/** What happened in a round of a self-check. */
public enum EventAction {
    SUBMITTED,
    RESUBMITTED,
    ACCEPTED,
    RETURNED,
    REOPENED,
    REMINDED
}
