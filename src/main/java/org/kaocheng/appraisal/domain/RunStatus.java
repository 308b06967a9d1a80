package org.kaocheng.appraisal.domain;

/**
 * DRAFT (assessors only) → UNDER_REVIEW (units see their provisional sheet and may object) →
 * PUBLISHED (locked).
 */
public enum RunStatus {
    DRAFT,
    UNDER_REVIEW,
    PUBLISHED
}
