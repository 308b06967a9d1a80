package org.kaocheng.disclosure.application;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A unit's proactive and interpretation figures for a period. Rates count decided records only
 * (on time, late, overdue); pending ones have not yet won or lost anything.
 */
public record UnitItemCounts(
        Long unitId,
        String unitName,
        long items,
        long itemsOnTime,
        long itemsLate,
        long itemsOverdue,
        long itemsPending,
        long interpretations,
        long interpretationsOnTime,
        long interpretationsLate,
        long interpretationsOverdue,
        long interpretationsPending,
        long missingInterpretations) {

    public BigDecimal getItemOnTimeRate() {
        return rate(itemsOnTime, itemsOnTime + itemsLate + itemsOverdue);
    }

    public BigDecimal getInterpretationOnTimeRate() {
        return rate(interpretationsOnTime, interpretationsOnTime + interpretationsLate + interpretationsOverdue);
    }

    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
