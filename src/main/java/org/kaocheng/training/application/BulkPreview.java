package org.kaocheng.training.application;

import java.io.Serializable;
import java.util.List;

/** Who a bulk enrolment enrols, puts on the waitlist and skips (and why). */
public record BulkPreview(List<BulkCandidate> rows) implements Serializable {

    public BulkPreview {
        rows = List.copyOf(rows);
    }

    public long count(BulkCandidate.Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    public long getEnrolCount() {
        return count(BulkCandidate.Outcome.ENROL);
    }

    public long getWaitlistCount() {
        return count(BulkCandidate.Outcome.WAITLIST);
    }

    public long getSkipCount() {
        return count(BulkCandidate.Outcome.SKIP);
    }
}
