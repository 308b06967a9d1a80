package org.kaocheng.report.domain;

import java.math.BigDecimal;
import org.kaocheng.platform.BusinessRuleException;

/**
 * The figures of section 二 that the records do not hold: 规章 issued, repealed and in force;
 * 行政规范性文件 repealed and in force (issued is computed from the normative proactive items);
 * decisions on 行政许可, 行政处罚, 行政强制; 行政事业性收费 in 万元 (at most 4 decimals).
 */
public record RegisterFigures(
        int rulesIssued,
        int rulesRepealed,
        int rulesInForce,
        int normativeRepealed,
        int normativeInForce,
        int licensingDecisions,
        int penaltyDecisions,
        int enforcementDecisions,
        BigDecimal feeAmount) {

    /** At most this many decimals of 万元 (one yuan = 0.0001 万元). */
    public static final int FEE_SCALE = 4;

    public static final RegisterFigures ZERO = new RegisterFigures(0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO);

    public RegisterFigures {
        if (rulesIssued < 0
                || rulesRepealed < 0
                || rulesInForce < 0
                || normativeRepealed < 0
                || normativeInForce < 0
                || licensingDecisions < 0
                || penaltyDecisions < 0
                || enforcementDecisions < 0) {
            throw new BusinessRuleException("report.register.negative");
        }
        if (feeAmount == null) {
            throw new BusinessRuleException("report.register.feeRequired");
        }
        if (feeAmount.signum() < 0) {
            throw new BusinessRuleException("report.register.negative");
        }
        if (feeAmount.stripTrailingZeros().scale() > FEE_SCALE) {
            throw new BusinessRuleException("report.register.feeScale", FEE_SCALE);
        }
        feeAmount = feeAmount.setScale(FEE_SCALE, java.math.RoundingMode.UNNECESSARY);
    }
}
