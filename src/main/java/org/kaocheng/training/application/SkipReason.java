package org.kaocheng.training.application;

/** Why a person is not enrolled by a bulk enrolment or an import. */
public enum SkipReason {
    /** Already nominated, enrolled or waitlisted in this session. */
    ALREADY_ENROLLED,
    /** Already completed this course in the session's year. */
    COMPLETED_THIS_YEAR,
    /** Departed: holds no open posting. */
    NO_OPEN_POSTING,
    /** Enrolled in another session whose times overlap this one's. */
    TIME_CLASH
}
