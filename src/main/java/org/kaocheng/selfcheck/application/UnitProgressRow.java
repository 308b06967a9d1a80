package org.kaocheng.selfcheck.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.kaocheng.selfcheck.domain.CheckStatus;

/**
 * Where one unit stands in a campaign. {@code overdue}: not submitted although the deadline (and
 * any reopening) has passed; {@code late}: submitted after the deadline on a reopening.
 */
public record UnitProgressRow(
        Long selfCheckId,
        int selfCheckVersion,
        Long unitId,
        String unitCode,
        String unitName,
        CheckStatus status,
        boolean late,
        boolean overdue,
        int roundNo,
        LocalDateTime firstSubmittedAt,
        LocalDateTime lastSubmittedAt,
        LocalDate reopenedUntil,
        LocalDateTime remindedAt,
        long acceptedItems,
        long returnedItems,
        long totalItems) {

    public boolean isHighlighted() {
        return late || overdue;
    }
}
