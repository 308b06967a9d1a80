package org.kaocheng.appraisal.domain.scoring;

/** Where an indicator's score comes from; shown next to it ({@code appraisal.note.<NAME>}). */
public enum ScoreNote {
    /** Computed by the rule from the metric value. */
    COMPUTED,
    /**
     * The metric has no source yet (its capability is not installed): full points, no veto,
     * no bonus, and the note says so, so a unit is never punished for data nobody records.
     */
    NO_SOURCE,
    /** The source has no value for the unit (e.g. a rate with nothing to count): as NO_SOURCE. */
    NO_VALUE,
    /** Entered by an assessor with a reason. */
    MANUAL,
    /** A manual indicator not yet scored: full points until an assessor enters a score. */
    MANUAL_PENDING,
    /** An automatic score corrected by an assessor with a reason. */
    CORRECTED,
    /** A bonus not counted because the base total is below the scheme's threshold. */
    BELOW_BONUS_THRESHOLD,
    /** The sum of the children's scores. */
    SUM
}
