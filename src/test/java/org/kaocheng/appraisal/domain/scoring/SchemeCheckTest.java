package org.kaocheng.appraisal.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaocheng.appraisal.domain.scoring.ScoringEngineTest.bd;
import static org.kaocheng.appraisal.domain.scoring.ScoringEngineTest.leaf;
import static org.kaocheng.appraisal.domain.scoring.ScoringEngineTest.node;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemeCheckTest {

    @Test
    void aConsistentTreeHasNoProblems() {
        SchemeSpec scheme = new SchemeSpec(
                List.of(
                        node(1, null, 1, "10"),
                        leaf(2, 1L, 2, "6", RuleSpec.rate("m", null)),
                        leaf(3, 1L, 2, "4", RuleSpec.manual()),
                        leaf(4, null, 1, "5", RuleSpec.bonus(null, null, bd("90")))),
                ScoringEngineTest.NO_QUOTA);
        assertEquals(List.of(), SchemeCheck.problems(scheme));
    }

    @Test
    void childrenNotAddingUpToTheirParentShowTheDifference() {
        // 6 + 3 = 9 against 10: difference −1
        SchemeSpec scheme = new SchemeSpec(
                List.of(
                        node(1, null, 1, "10"),
                        leaf(2, 1L, 2, "6", RuleSpec.rate("m", null)),
                        leaf(3, 1L, 2, "3", RuleSpec.manual())),
                ScoringEngineTest.NO_QUOTA);
        List<SchemeProblem> problems = SchemeCheck.problems(scheme);
        assertEquals(1, problems.size());
        SchemeProblem p = problems.get(0);
        assertEquals("appraisal.check.sum", p.messageKey());
        assertEquals(List.of("10", "9", "-1"), p.arguments());
        assertEquals("I1", p.code());
    }

    @Test
    void missingRulesMetricsAndBadParametersAreReported() {
        SchemeSpec scheme = new SchemeSpec(
                List.of(
                        leaf(1, null, 1, "10", null),
                        leaf(2, null, 1, "10", RuleSpec.rate(null, bd("1.5"))),
                        leaf(3, null, 1, "10", RuleSpec.tiers("m", List.of(new Tier(bd("1"), bd("12"))), false)),
                        leaf(4, null, 1, "10", RuleSpec.deduction("m", null)),
                        new IndicatorSpec(5L, "I5", "x", 2, null, bd("1"), RuleSpec.manual())),
                ScoringEngineTest.NO_QUOTA);
        List<String> keys = SchemeCheck.problems(scheme).stream()
                .map(p -> p.code() + ":" + p.messageKey())
                .toList();
        assertEquals(
                List.of(
                        "I1:appraisal.check.noRule",
                        "I2:appraisal.check.noMetric",
                        "I2:appraisal.check.floor",
                        "I3:appraisal.check.tierPoints",
                        "I4:appraisal.check.perOccurrence",
                        "I5:appraisal.check.level"),
                keys);
    }

    @Test
    void aNodeMayNotMixBonusAndOrdinaryLeavesNorCarryARule() {
        SchemeSpec scheme = new SchemeSpec(
                List.of(
                        new IndicatorSpec(1L, "I1", "x", 1, null, bd("10"), RuleSpec.manual()),
                        leaf(2, 1L, 2, "5", RuleSpec.manual()),
                        leaf(3, 1L, 2, "5", RuleSpec.bonus(null, null, null))),
                ScoringEngineTest.NO_QUOTA);
        List<String> keys = SchemeCheck.problems(scheme).stream()
                .map(SchemeProblem::messageKey)
                .toList();
        assertTrue(keys.contains("appraisal.check.ruleOnNode"));
        assertTrue(keys.contains("appraisal.check.mixedBonus"));
    }

    @Test
    void tiersParseAndFormatRoundTrip() {
        List<Tier> tiers = Tier.parse("0.95:10；0.9:8;0.8：5");
        assertEquals(3, tiers.size());
        assertEquals("0.95:10;0.9:8;0.8:5", Tier.format(tiers));
        assertEquals(tiers, Tier.parse("95%:10;90％:8;80 %:5"), "bounds in per cent, as sheets write rates");
        assertEquals("95%:10;90%:8;80%:5", Tier.formatPercent(tiers));
        assertEquals(tiers, Tier.parse(Tier.formatPercent(tiers)));
    }
}
