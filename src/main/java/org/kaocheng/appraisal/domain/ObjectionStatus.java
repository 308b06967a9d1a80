package org.kaocheng.appraisal.domain;

/** An objection waits for an answer, then is accepted (the score is corrected) or rejected. */
public enum ObjectionStatus {
    OPEN,
    ACCEPTED,
    REJECTED
}
