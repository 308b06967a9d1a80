package org.kaocheng.staff.domain;

import java.time.LocalDate;
import java.util.Collection;
import org.kaocheng.platform.BusinessRuleException;

/** Rules that span several postings of one person. */
public final class PostingRules {

    private PostingRules() {}

    /**
     * A person cannot hold the same post type twice at once in the same unit: the new period
     * [start, end) must not overlap any of the given postings (same person, unit and type).
     */
    public static void requireNoOverlap(Collection<Posting> sameTypeInUnit, LocalDate start, LocalDate end) {
        if (end != null && end.isBefore(start)) {
            throw new BusinessRuleException("posting.endBeforeStart", end, start);
        }
        for (Posting existing : sameTypeInUnit) {
            if (existing.overlaps(start, end)) {
                throw new BusinessRuleException(
                        "posting.overlap",
                        existing.getStartDate(),
                        existing.getEndDate() == null ? "" : existing.getEndDate());
            }
        }
    }

    /** A change cannot take effect before a posting it ends has started. */
    public static void requireNotBeforeStart(Collection<Posting> open, LocalDate effective) {
        for (Posting p : open) {
            if (effective.isBefore(p.getStartDate())) {
                throw new BusinessRuleException("posting.endBeforeStart", effective, p.getStartDate());
            }
        }
    }
}
