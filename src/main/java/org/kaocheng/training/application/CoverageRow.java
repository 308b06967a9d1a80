package org.kaocheng.training.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Training coverage (培训覆盖率) of one unit in a period: its active disclosure staff at the end of
 * the period, how many of them completed at least the required hours in the period, and how many
 * induction requirements fell due in the period without being fulfilled in time.
 */
public record CoverageRow(
        Long unitId, String unitCode, String unitName, int activeStaff, int trainedStaff, int overdueInductions)
        implements Serializable {

    /** Trained / active as a fraction with 4 decimals; null for a unit without active staff. */
    public BigDecimal getCoverageRate() {
        return rate(trainedStaff, activeStaff);
    }

    public static BigDecimal rate(int trained, int active) {
        if (active <= 0) {
            return null;
        }
        return BigDecimal.valueOf(trained).divide(BigDecimal.valueOf(active), 4, RoundingMode.HALF_UP);
    }

    /** The rate in per cent with one decimal, for tables and charts. */
    public BigDecimal getCoveragePercent() {
        BigDecimal rate = getCoverageRate();
        return rate == null ? null : rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }

    public int getUntrainedStaff() {
        return activeStaff - trainedStaff;
    }
}
