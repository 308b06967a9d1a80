package org.kaocheng.selfcheck.domain;

import org.kaocheng.platform.Labelled;

/**
 * Where a unit's self-check, or one of its items, stands: NOT_STARTED → DRAFT → SUBMITTED →
 * (ACCEPTED | RETURNED) → RESUBMITTED → (ACCEPTED | RETURNED) ...
 */
public enum CheckStatus implements Labelled {
    NOT_STARTED,
    DRAFT,
    SUBMITTED,
    RETURNED,
    RESUBMITTED,
    ACCEPTED;

    /** Waiting for the assessor. */
    public boolean awaitsReview() {
        return this == SUBMITTED || this == RESUBMITTED;
    }

    /** Not yet submitted for the first time. */
    public boolean beforeSubmission() {
        return this == NOT_STARTED || this == DRAFT;
    }

    @Override
    public String labelKey() {
        return "selfcheck.status." + name();
    }
}
