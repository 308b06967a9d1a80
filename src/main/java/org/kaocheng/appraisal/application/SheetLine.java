package org.kaocheng.appraisal.application;

import java.io.Serializable;
import java.math.BigDecimal;
import org.kaocheng.appraisal.domain.scoring.RuleKind;
import org.kaocheng.appraisal.domain.scoring.ScoreNote;

/**
 * One indicator of a unit's score sheet with its explanation: the metric value, the rule, the
 * arithmetic, and the assessor's reason where a score was entered or corrected.
 */
public record SheetLine(
        Long indicatorId,
        String code,
        String name,
        int level,
        boolean leaf,
        BigDecimal points,
        BigDecimal score,
        BigDecimal lost,
        BigDecimal metricValue,
        String metricCode,
        RuleKind ruleKind,
        org.kaocheng.appraisal.domain.scoring.RuleSpec rule,
        boolean veto,
        ScoreNote note,
        String formula,
        String adjustmentReason,
        String adjustedBy,
        Integer adjustmentVersion)
        implements Serializable {

    public boolean hasLostPoints() {
        return lost != null && lost.signum() > 0;
    }
}
