package org.kaocheng.appraisal.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.kaocheng.appraisal.domain.AppraisalRun;
import org.kaocheng.appraisal.domain.RunStatus;

/** A run as pages show it. */
public record RunInfo(
        Long id,
        int version,
        Long schemeId,
        String schemeName,
        LocalDate periodFrom,
        LocalDate periodTo,
        int revision,
        Long previousRunId,
        String revisionReason,
        RunStatus status,
        boolean superseded,
        LocalDateTime computedAt,
        String computedBy,
        LocalDate objectionDeadline,
        LocalDateTime publishedAt,
        String publishedBy)
        implements Serializable {

    static RunInfo of(AppraisalRun r) {
        return new RunInfo(
                r.getId(),
                r.getVersion(),
                r.getScheme().getId(),
                r.getScheme().getName(),
                r.getPeriodFrom(),
                r.getPeriodTo(),
                r.getRevision(),
                r.getPrevious() == null ? null : r.getPrevious().getId(),
                r.getRevisionReason(),
                r.getStatus(),
                r.isSuperseded(),
                r.getComputedAt(),
                r.getComputedBy(),
                r.getObjectionDeadline(),
                r.getPublishedAt(),
                r.getPublishedBy());
    }

    public boolean isDraft() {
        return status == RunStatus.DRAFT;
    }

    public boolean isUnderReview() {
        return status == RunStatus.UNDER_REVIEW;
    }

    public boolean isPublished() {
        return status == RunStatus.PUBLISHED;
    }
}
