package org.kaocheng.report.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.kaocheng.report.domain.RegisterFigures;

/**
 * Section 二: the register's figures (summed over the units for the district) and the one figure
 * the records know, 行政规范性文件 本年制发件数 = the unit's distinct normative documents (by
 * document number, else title) formed in the year among its proactive items. That figure is
 * computed, never typed in: a wrong figure is corrected at its source, the item's flag.
 */
public record ProactiveFigures(RegisterFigures register, long normativeIssued, long registersFilled)
        implements Serializable {

    public int getRulesIssued() {
        return register.rulesIssued();
    }

    public int getRulesRepealed() {
        return register.rulesRepealed();
    }

    public int getRulesInForce() {
        return register.rulesInForce();
    }

    public long getNormativeIssued() {
        return normativeIssued;
    }

    public int getNormativeRepealed() {
        return register.normativeRepealed();
    }

    public int getNormativeInForce() {
        return register.normativeInForce();
    }

    public int getLicensingDecisions() {
        return register.licensingDecisions();
    }

    public int getPenaltyDecisions() {
        return register.penaltyDecisions();
    }

    public int getEnforcementDecisions() {
        return register.enforcementDecisions();
    }

    /** 万元 with two to four decimals, as the official tables print amounts. */
    public String getFeeText() {
        return fee(register.feeAmount());
    }

    public static String fee(BigDecimal amount) {
        BigDecimal a = amount.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return a.scale() < 2 ? a.setScale(2).toPlainString() : a.toPlainString();
    }
}
