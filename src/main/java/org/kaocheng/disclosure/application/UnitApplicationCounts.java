package org.kaocheng.disclosure.application;

import java.math.BigDecimal;

/**
 * A unit's application figures: received in the period and how they stand today, plus the
 * applications carried in from before the period (上年结转) and carried out of it (结转下年度),
 * and those answered (办结) in the period, of which carried in. Received + carried in = answered
 * + carried out. The on-time rate counts answered applications and overdue open ones.
 */
public record UnitApplicationCounts(
        Long unitId,
        String unitName,
        long received,
        long answeredOnTime,
        long answeredLate,
        long overdue,
        long dueSoon,
        long open,
        long givenUp,
        long carriedIn,
        long carriedOut,
        long answered,
        long answeredCarriedIn)
        implements java.io.Serializable {

    public BigDecimal getOnTimeRate() {
        return UnitItemCounts.rate(answeredOnTime, answeredOnTime + answeredLate + overdue);
    }
}
