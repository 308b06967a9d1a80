package org.kaocheng.training.application;

import java.io.Serializable;

/**
 * One person of a bulk enrolment preview: enrolled, waitlisted (no seat left) or skipped, with
 * the reason.
 */
public record BulkCandidate(
        Long staffId, String staffName, Long unitId, String unitName, Outcome outcome, SkipReason reason)
        implements Serializable {

    public enum Outcome {
        ENROL,
        WAITLIST,
        SKIP
    }
}
