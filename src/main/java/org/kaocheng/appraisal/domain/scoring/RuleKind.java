package org.kaocheng.appraisal.domain.scoring;

/** How a leaf indicator turns its metric value (or an assessor's entry) into points. */
public enum RuleKind {
    /** rate × points; below the optional floor the score is 0. */
    RATE,
    /** points − occurrences × deduction per occurrence, never below 0. */
    DEDUCTION,
    /** the points of the first band the value reaches. */
    TIERS,
    /** single veto (单项否决): the unit is graded 不合格 when the value reaches the threshold. */
    VETO,
    /** the assessor enters a score within [0, points] with a written reason. */
    MANUAL,
    /** bonus points, capped at the indicator's points, optionally only above a total threshold. */
    BONUS;

    /** Whether the rule reads a metric (BONUS may, MANUAL never). */
    public boolean needsMetric() {
        return this == RATE || this == DEDUCTION || this == TIERS || this == VETO;
    }
}
