package org.kaocheng.disclosure.application;

import java.math.BigDecimal;

/** One month of the year's trend: decided and on-time items and applications. */
public record MonthTrend(
        int month, long itemsDecided, long itemsOnTime, long applicationsDecided, long applicationsOnTime) {

    public BigDecimal getItemOnTimeRate() {
        return UnitItemCounts.rate(itemsOnTime, itemsDecided);
    }

    public BigDecimal getApplicationOnTimeRate() {
        return UnitItemCounts.rate(applicationsOnTime, applicationsDecided);
    }
}
