package org.kaocheng.appraisal.domain;

import org.kaocheng.platform.Labelled;

/**
 * DRAFT (assessors only) → UNDER_REVIEW (units see their provisional sheet and may object) →
 * PUBLISHED (locked).
 */
public enum RunStatus implements Labelled {
    DRAFT,
    UNDER_REVIEW,
    PUBLISHED;

    @Override
    public String labelKey() {
        return "appraisal.status." + name();
    }
}
