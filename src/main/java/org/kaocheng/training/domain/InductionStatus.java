package org.kaocheng.training.domain;

/** An induction requirement is open until fulfilled, or superseded by a later posting elsewhere. */
public enum InductionStatus {
    OPEN,
    FULFILLED,
    SUPERSEDED
}
