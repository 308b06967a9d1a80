package org.kaocheng.appraisal.domain.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A leaf's rule with its parameters, as data.
 *
 * @param kind           the rule
 * @param metricCode     the metric it reads (RATE, DEDUCTION, TIERS, VETO; optional for BONUS)
 * @param floor          RATE: a rate below it scores 0 (null: no floor)
 * @param perOccurrence  DEDUCTION: points lost per occurrence; BONUS: points per occurrence
 * @param vetoThreshold  VETO: the value from which the veto applies (null: 1)
 * @param tiers          TIERS: the bands
 * @param lowerIsBetter  TIERS: a band is reached by values at or below its bound (counts, days)
 *                       rather than at or above (rates)
 * @param totalThreshold BONUS: the bonus counts only when the base total reaches it (null: always)
 */
public record RuleSpec(
        RuleKind kind,
        String metricCode,
        BigDecimal floor,
        BigDecimal perOccurrence,
        BigDecimal vetoThreshold,
        List<Tier> tiers,
        boolean lowerIsBetter,
        BigDecimal totalThreshold)
        implements java.io.Serializable {

    public RuleSpec {
        Objects.requireNonNull(kind, "kind");
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }

    public static RuleSpec rate(String metric, BigDecimal floor) {
        return new RuleSpec(RuleKind.RATE, metric, floor, null, null, null, false, null);
    }

    public static RuleSpec deduction(String metric, BigDecimal perOccurrence) {
        return new RuleSpec(RuleKind.DEDUCTION, metric, null, perOccurrence, null, null, false, null);
    }

    public static RuleSpec tiers(String metric, List<Tier> tiers, boolean lowerIsBetter) {
        return new RuleSpec(RuleKind.TIERS, metric, null, null, null, tiers, lowerIsBetter, null);
    }

    public static RuleSpec veto(String metric, BigDecimal threshold) {
        return new RuleSpec(RuleKind.VETO, metric, null, null, threshold, null, false, null);
    }

    public static RuleSpec manual() {
        return new RuleSpec(RuleKind.MANUAL, null, null, null, null, null, false, null);
    }

    public static RuleSpec bonus(String metric, BigDecimal perOccurrence, BigDecimal totalThreshold) {
        return new RuleSpec(RuleKind.BONUS, metric, null, perOccurrence, null, null, false, totalThreshold);
    }

    /** Whether the assessor enters the score (MANUAL, or BONUS without a metric). */
    public boolean isEnteredByAssessor() {
        return kind == RuleKind.MANUAL || (kind == RuleKind.BONUS && metricCode == null);
    }

    public BigDecimal effectiveVetoThreshold() {
        return vetoThreshold == null ? BigDecimal.ONE : vetoThreshold;
    }
}
