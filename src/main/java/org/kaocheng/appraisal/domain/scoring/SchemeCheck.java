package org.kaocheng.appraisal.domain.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a scheme's tree: children's points add up to their parent's (the difference is
 * reported), levels 1–3, a rule on every leaf and only there, the parameters each rule needs,
 * tier bands within the indicator's points, and no node mixing bonus and ordinary leaves.
 * A scheme with problems can be edited and saved but not computed.
 */
public final class SchemeCheck {

    private SchemeCheck() {}

    public static List<SchemeProblem> problems(SchemeSpec scheme) {
        List<SchemeProblem> problems = new ArrayList<>();
        if (scheme.indicators().isEmpty()) {
            problems.add(new SchemeProblem(null, null, "appraisal.check.empty", List.of()));
            return problems;
        }
        var byId = scheme.byId();
        for (IndicatorSpec i : scheme.indicators()) {
            IndicatorSpec parent = i.parentId() == null ? null : byId.get(i.parentId());
            int expectedLevel = parent == null ? 1 : parent.level() + 1;
            if (i.level() != expectedLevel || i.level() > 3) {
                problems.add(problem(i, "appraisal.check.level", i.level(), expectedLevel));
            }
            if (i.points().signum() < 0) {
                problems.add(problem(i, "appraisal.check.negative", i.points()));
            }
            List<IndicatorSpec> children = scheme.children(i.id());
            if (!children.isEmpty()) {
                if (i.rule() != null) {
                    problems.add(problem(i, "appraisal.check.ruleOnNode"));
                }
                BigDecimal sum = children.stream().map(IndicatorSpec::points).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(i.points()) != 0) {
                    problems.add(problem(
                            i, "appraisal.check.sum", plain(i.points()), plain(sum), plain(sum.subtract(i.points()))));
                }
                long bonus = children.stream().filter(scheme::isBonus).count();
                if (bonus > 0 && bonus < children.size()) {
                    problems.add(problem(i, "appraisal.check.mixedBonus"));
                }
            } else {
                checkRule(i, problems);
            }
        }
        return problems;
    }

    private static void checkRule(IndicatorSpec i, List<SchemeProblem> problems) {
        RuleSpec rule = i.rule();
        if (rule == null) {
            problems.add(problem(i, "appraisal.check.noRule"));
            return;
        }
        if (rule.kind().needsMetric()
                && (rule.metricCode() == null || rule.metricCode().isBlank())) {
            problems.add(problem(i, "appraisal.check.noMetric"));
        }
        switch (rule.kind()) {
            case RATE -> {
                if (rule.floor() != null
                        && (rule.floor().signum() < 0 || rule.floor().compareTo(BigDecimal.ONE) > 0)) {
                    problems.add(problem(i, "appraisal.check.floor", plain(rule.floor())));
                }
            }
            case DEDUCTION -> {
                if (rule.perOccurrence() == null || rule.perOccurrence().signum() <= 0) {
                    problems.add(problem(i, "appraisal.check.perOccurrence"));
                }
            }
            case TIERS -> {
                if (rule.tiers().isEmpty()) {
                    problems.add(problem(i, "appraisal.check.noTiers"));
                }
                for (Tier t : rule.tiers()) {
                    if (t.points().signum() < 0 || t.points().compareTo(i.points()) > 0) {
                        problems.add(problem(i, "appraisal.check.tierPoints", plain(t.points()), plain(i.points())));
                    }
                }
            }
            case BONUS -> {
                if (rule.metricCode() != null
                        && (rule.perOccurrence() == null || rule.perOccurrence().signum() <= 0)) {
                    problems.add(problem(i, "appraisal.check.perOccurrence"));
                }
            }
            default -> {
                // VETO needs only its metric; MANUAL nothing
            }
        }
    }

    private static SchemeProblem problem(IndicatorSpec i, String key, Object... args) {
        return new SchemeProblem(i.id(), i.code(), key, List.of(args));
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
