package org.kaocheng.appraisal.domain.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Grade thresholds (a total at or above the threshold reaches the grade) and the quota on
 * 优秀: at most {@code excellentQuotaPercent} per cent of a ranking group, rounded down
 * (null: no quota).
 */
public record GradePolicy(
        BigDecimal excellentMin, BigDecimal goodMin, BigDecimal passMin, BigDecimal excellentQuotaPercent) {

    public GradePolicy {
        Objects.requireNonNull(excellentMin, "excellentMin");
        Objects.requireNonNull(goodMin, "goodMin");
        Objects.requireNonNull(passMin, "passMin");
    }

    /** How many units of a group of the given size may be graded 优秀. */
    public int excellentQuota(int groupSize) {
        if (excellentQuotaPercent == null) {
            return groupSize;
        }
        return excellentQuotaPercent
                .multiply(BigDecimal.valueOf(groupSize))
                .divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.FLOOR)
                .intValue();
    }
}
