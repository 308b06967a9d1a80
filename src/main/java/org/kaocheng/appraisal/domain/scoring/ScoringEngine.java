package org.kaocheng.appraisal.domain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Scores, ranks and grades units under a scheme, in plain Java (no database): the metric
 * values and the assessors' entries are given, the result holds every unit's sheet.
 *
 * <p><b>Rules.</b> Leaf scores are rounded to 2 decimals (half up); a node scores the sum of
 * its children. RATE: rate × points, 0 below the floor (rates are clamped to [0, 1]).
 * DEDUCTION: points - occurrences × deduction, at least 0. TIERS: the points of the highest
 * band reached (value ≥ bound, or ≤ bound when lower is better), 0 when none is. VETO: full
 * points, or 0 and a veto when the value reaches the threshold (default 1). MANUAL: the
 * assessor's entry; until there is one, full points with the note MANUAL_PENDING. BONUS:
 * occurrences × points per occurrence (or the assessor's entry when the bonus has no metric),
 * capped at the indicator's points, and 0 when the base total (the non-bonus level-1
 * indicators) is below the bonus threshold.
 *
 * <p><b>No data.</b> A metric without a source, or a unit without a value, scores full
 * points (no veto, no bonus) with the note NO_SOURCE / NO_VALUE: the deduction-based local
 * schemes only deduct for recorded failures, and excluding the indicator instead would give
 * units different maxima and make totals incomparable within a group.
 *
 * <p><b>Corrections.</b> An assessor's entry on an automatic leaf replaces its score (clamped
 * to [0, points]); on a VETO leaf it also lifts the veto.
 *
 * <p><b>Ranking.</b> Within a ranking group by total, highest first; equal totals share a
 * rank and the next rank is skipped (1, 2, 2, 4). Within a shared rank the order shown, and
 * the order in which the 优秀 quota is given, is the tie-break: fewer vetoes, then the
 * level-1 scores in scheme order (the higher first score wins, then the second...), then
 * the unit code.
 *
 * <p><b>Grades.</b> A veto means 不合格. Otherwise 优秀 / 良好 / 合格 at or above their
 * thresholds, else 不合格; at most floor(quota % × group size) units of a group are 优秀, in
 * tie-break order: the others reaching the 优秀 threshold are 良好.
 */
public final class ScoringEngine {

    private ScoringEngine() {}

    /** Every unit's sheet, ranked and graded, sorted by group id (nulls last), then position. */
    public static List<UnitScore> score(
            SchemeSpec scheme, List<UnitInput> units, MetricValues metrics, Map<Long, Map<Long, Entry>> entries) {
        List<UnitScore> sheets = new ArrayList<>(units.size());
        for (UnitInput unit : units) {
            sheets.add(sheet(scheme, unit, metrics, entries.getOrDefault(unit.unitId(), Map.of())));
        }
        return rank(scheme.grading(), sheets);
    }

    /** One unit's sheet, unranked (rank 0, grade from thresholds only). */
    static UnitScore sheet(SchemeSpec scheme, UnitInput unit, MetricValues metrics, Map<Long, Entry> entries) {
        Map<Long, IndicatorScore> scores = new LinkedHashMap<>();
        // ordinary leaves first: the bonus threshold needs the base total
        for (IndicatorSpec i : scheme.indicators()) {
            if (scheme.isLeaf(i) && !scheme.isBonus(i)) {
                scores.put(i.id(), leaf(i, unit, metrics, entries.get(i.id()), null));
            }
        }
        BigDecimal baseTotal = BigDecimal.ZERO;
        for (IndicatorSpec top : scheme.levelOne()) {
            if (!scheme.isBonus(top)) {
                baseTotal = baseTotal.add(sum(scheme, top, scores));
            }
        }
        for (IndicatorSpec i : scheme.indicators()) {
            if (scheme.isLeaf(i) && scheme.isBonus(i)) {
                scores.put(i.id(), leaf(i, unit, metrics, entries.get(i.id()), baseTotal));
            }
        }
        BigDecimal bonusTotal = BigDecimal.ZERO;
        List<BigDecimal> levelOne = new ArrayList<>();
        for (IndicatorSpec top : scheme.levelOne()) {
            BigDecimal s = sum(scheme, top, scores);
            levelOne.add(s);
            if (scheme.isBonus(top)) {
                bonusTotal = bonusTotal.add(s);
            }
        }
        // nodes, bottom-up so that a parent finds its children summed
        List<IndicatorSpec> reversed = new ArrayList<>(scheme.indicators());
        java.util.Collections.reverse(reversed);
        for (IndicatorSpec i : reversed) {
            if (!scheme.isLeaf(i)) {
                List<BigDecimal> parts = new ArrayList<>();
                BigDecimal s = BigDecimal.ZERO;
                BigDecimal lost = BigDecimal.ZERO;
                boolean veto = false;
                for (IndicatorSpec c : scheme.children(i.id())) {
                    IndicatorScore cs = scores.get(c.id());
                    parts.add(cs.score());
                    s = s.add(cs.score());
                    lost = lost.add(cs.lost());
                    veto |= cs.veto();
                }
                String formula = String.join(
                                " + ", parts.stream().map(ScoringEngine::fmt).toList()) + " = " + fmt(s);
                scores.put(i.id(), new IndicatorScore(i.id(), i.points(), s, lost, null, veto, ScoreNote.SUM, formula));
            }
        }
        Map<Long, IndicatorScore> ordered = new LinkedHashMap<>();
        int vetoes = 0;
        for (IndicatorSpec i : scheme.indicators()) {
            IndicatorScore s = scores.get(i.id());
            ordered.put(i.id(), s);
            if (scheme.isLeaf(i) && s.veto()) {
                vetoes++;
            }
        }
        BigDecimal total = baseTotal.add(bonusTotal);
        return new UnitScore(
                unit,
                ordered,
                baseTotal,
                bonusTotal,
                total,
                vetoes,
                levelOne,
                0,
                0,
                thresholdGrade(scheme.grading(), total, vetoes));
    }

    private static BigDecimal sum(SchemeSpec scheme, IndicatorSpec node, Map<Long, IndicatorScore> leafScores) {
        List<IndicatorSpec> children = scheme.children(node.id());
        if (children.isEmpty()) {
            return leafScores.get(node.id()).score();
        }
        BigDecimal s = BigDecimal.ZERO;
        for (IndicatorSpec c : children) {
            s = s.add(sum(scheme, c, leafScores));
        }
        return s;
    }

    private static IndicatorScore leaf(
            IndicatorSpec i, UnitInput unit, MetricValues metrics, Entry entry, BigDecimal baseTotal) {
        RuleSpec rule = i.rule();
        BigDecimal points = i.points();
        boolean bonus = rule.kind() == RuleKind.BONUS;
        String metric = rule.metricCode();
        BigDecimal value = metric == null ? null : metrics.value(metric, unit.unitId());

        if (bonus && rule.totalThreshold() != null && baseTotal.compareTo(rule.totalThreshold()) < 0) {
            return result(
                    i,
                    BigDecimal.ZERO,
                    value,
                    false,
                    ScoreNote.BELOW_BONUS_THRESHOLD,
                    fmt(baseTotal) + " < " + plain(rule.totalThreshold()) + " → 0");
        }
        if (rule.isEnteredByAssessor()) {
            if (entry == null) {
                BigDecimal s = bonus ? BigDecimal.ZERO : points;
                return result(i, s, null, false, ScoreNote.MANUAL_PENDING, "— → " + fmt(s));
            }
            BigDecimal s = clamp(entry.score(), points);
            return result(i, s, null, false, ScoreNote.MANUAL, fmt(s));
        }
        IndicatorScore computed = computed(i, rule, metrics, metric, value, points, bonus);
        if (entry == null) {
            return computed;
        }
        BigDecimal s = clamp(entry.score(), points);
        return result(i, s, computed.metricValue(), false, ScoreNote.CORRECTED, fmt(computed.score()) + " → " + fmt(s));
    }

    private static IndicatorScore computed(
            IndicatorSpec i,
            RuleSpec rule,
            MetricValues metrics,
            String metric,
            BigDecimal value,
            BigDecimal points,
            boolean bonus) {
        if (!metrics.isAvailable(metric) || value == null) {
            ScoreNote note = metrics.isAvailable(metric) ? ScoreNote.NO_VALUE : ScoreNote.NO_SOURCE;
            BigDecimal s = bonus ? BigDecimal.ZERO : points;
            return result(i, s, null, false, note, "— → " + fmt(s));
        }
        boolean ofRate = metrics.isRate(metric);
        return switch (rule.kind()) {
            case RATE -> {
                BigDecimal rate = value.max(BigDecimal.ZERO).min(BigDecimal.ONE);
                if (rule.floor() != null && rate.compareTo(rule.floor()) < 0) {
                    yield result(
                            i,
                            BigDecimal.ZERO,
                            value,
                            false,
                            ScoreNote.COMPUTED,
                            percent(rate) + " < " + percent(rule.floor()) + " → 0");
                }
                BigDecimal s = round(rate.multiply(points));
                yield result(
                        i, s, value, false, ScoreNote.COMPUTED, percent(rate) + " × " + plain(points) + " = " + fmt(s));
            }
            case DEDUCTION -> {
                BigDecimal deducted = value.max(BigDecimal.ZERO).multiply(rule.perOccurrence());
                BigDecimal s = round(points.subtract(deducted).max(BigDecimal.ZERO));
                String arithmetic = deducted.compareTo(points) > 0
                        ? plain(points) + " - min(" + plain(points) + ", " + plain(value) + " × "
                                + plain(rule.perOccurrence()) + ") = " + fmt(s)
                        : plain(points) + " - " + plain(value) + " × " + plain(rule.perOccurrence()) + " = " + fmt(s);
                yield result(i, s, value, false, ScoreNote.COMPUTED, arithmetic);
            }
            case TIERS -> tiers(i, rule, value, points, ofRate);
            case VETO -> {
                BigDecimal threshold = rule.effectiveVetoThreshold();
                boolean veto = value.compareTo(threshold) >= 0;
                BigDecimal s = veto ? BigDecimal.ZERO : points;
                yield result(
                        i,
                        s,
                        value,
                        veto,
                        ScoreNote.COMPUTED,
                        shown(value, ofRate) + (veto ? " ≥ " : " < ") + shown(threshold, ofRate) + " → " + fmt(s));
            }
            case BONUS -> {
                BigDecimal earned = value.max(BigDecimal.ZERO).multiply(rule.perOccurrence());
                BigDecimal s = round(earned.min(points));
                String arithmetic = earned.compareTo(points) > 0
                        ? "min(" + plain(points) + ", " + plain(value) + " × " + plain(rule.perOccurrence()) + ") = "
                                + fmt(s)
                        : plain(value) + " × " + plain(rule.perOccurrence()) + " = " + fmt(s);
                yield result(i, s, value, false, ScoreNote.COMPUTED, arithmetic);
            }
            case MANUAL -> throw new IllegalStateException("manual indicators have no metric");
        };
    }

    private static IndicatorScore tiers(
            IndicatorSpec i, RuleSpec rule, BigDecimal value, BigDecimal points, boolean rate) {
        List<Tier> bands = new ArrayList<>(rule.tiers());
        Comparator<Tier> byBound = Comparator.comparing(Tier::bound);
        // the best band first: highest bound when higher is better, lowest when lower is better
        bands.sort(rule.lowerIsBetter() ? byBound : byBound.reversed());
        for (Tier t : bands) {
            boolean reached = rule.lowerIsBetter() ? value.compareTo(t.bound()) <= 0 : value.compareTo(t.bound()) >= 0;
            if (reached) {
                BigDecimal s = round(t.points().min(points));
                return result(
                        i,
                        s,
                        value,
                        false,
                        ScoreNote.COMPUTED,
                        shown(value, rate) + (rule.lowerIsBetter() ? " ≤ " : " ≥ ") + shown(t.bound(), rate) + " → "
                                + fmt(s));
            }
        }
        return result(i, BigDecimal.ZERO.setScale(2), value, false, ScoreNote.COMPUTED, shown(value, rate) + " → 0.00");
    }

    private static IndicatorScore result(
            IndicatorSpec i, BigDecimal score, BigDecimal value, boolean veto, ScoreNote note, String formula) {
        BigDecimal s = round(score);
        boolean bonus = i.rule() != null && i.rule().kind() == RuleKind.BONUS;
        BigDecimal lost = bonus
                ? BigDecimal.ZERO.setScale(2)
                : round(i.points().subtract(s).max(BigDecimal.ZERO));
        return new IndicatorScore(i.id(), i.points(), s, lost, value, veto, note, formula);
    }

    private static Grade thresholdGrade(GradePolicy policy, BigDecimal total, int vetoes) {
        if (vetoes > 0) {
            return Grade.FAIL;
        }
        if (total.compareTo(policy.excellentMin()) >= 0) {
            return Grade.EXCELLENT;
        }
        if (total.compareTo(policy.goodMin()) >= 0) {
            return Grade.GOOD;
        }
        if (total.compareTo(policy.passMin()) >= 0) {
            return Grade.PASS;
        }
        return Grade.FAIL;
    }

    /** The tie-break order within a group (documented above and shown to users). */
    public static final Comparator<UnitScore> ORDER = (a, b) -> {
        int c = b.total().compareTo(a.total());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.vetoCount(), b.vetoCount());
        if (c != 0) {
            return c;
        }
        for (int k = 0;
                k < Math.min(a.levelOneScores().size(), b.levelOneScores().size());
                k++) {
            c = b.levelOneScores().get(k).compareTo(a.levelOneScores().get(k));
            if (c != 0) {
                return c;
            }
        }
        return Objects.compare(
                a.unit().unitCode(), b.unit().unitCode(), Comparator.nullsLast(Comparator.naturalOrder()));
    };

    static List<UnitScore> rank(GradePolicy policy, List<UnitScore> sheets) {
        Map<Long, List<UnitScore>> groups = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (UnitScore s : sheets) {
            groups.computeIfAbsent(s.unit().groupId(), k -> new ArrayList<>()).add(s);
        }
        List<UnitScore> result = new ArrayList<>(sheets.size());
        for (List<UnitScore> group : groups.values()) {
            group.sort(ORDER);
            int quota = policy.excellentQuota(group.size());
            int excellent = 0;
            int rank = 0;
            BigDecimal previousTotal = null;
            for (int p = 0; p < group.size(); p++) {
                UnitScore s = group.get(p);
                if (previousTotal == null || s.total().compareTo(previousTotal) != 0) {
                    rank = p + 1;
                    previousTotal = s.total();
                }
                Grade grade = s.grade();
                if (grade == Grade.EXCELLENT) {
                    if (excellent < quota) {
                        excellent++;
                    } else {
                        grade = Grade.GOOD;
                    }
                }
                result.add(s.ranked(rank, p + 1, grade));
            }
        }
        return result;
    }

    private static BigDecimal clamp(BigDecimal score, BigDecimal points) {
        return score.max(BigDecimal.ZERO).min(points);
    }

    static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    static String fmt(BigDecimal value) {
        return round(value).toPlainString();
    }

    /** A rate as per cent, at most two decimals: 0.9167 → 91.67%, 0.875 → 87.5%, 1 → 100%. */
    public static String percent(BigDecimal rate) {
        return plain(rate.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP)) + "%";
    }

    /** A metric value or a bound as the arithmetic and the sheets write it: per cent for a rate. */
    public static String shown(BigDecimal value, boolean rate) {
        return rate ? percent(value) : plain(value);
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }
}
