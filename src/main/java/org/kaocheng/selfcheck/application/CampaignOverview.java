package org.kaocheng.selfcheck.application;

import java.util.Map;
import org.kaocheng.selfcheck.domain.CheckStatus;

/**
 * A campaign in figures, counted by the database: units per status, how many of them were
 * submitted late, and how many are overdue (not submitted, deadline passed).
 */
public record CampaignOverview(Map<CheckStatus, Long> byStatus, long late, long overdue, long total) {

    public long count(CheckStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    /** For EL: count by status name. */
    public long countOf(String status) {
        return count(CheckStatus.valueOf(status));
    }
}
