package org.kaocheng.appraisal.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.kaocheng.appraisal.domain.scoring.ScoringEngineTest.bd;
import static org.kaocheng.appraisal.domain.scoring.ScoringEngineTest.leaf;
import static org.kaocheng.appraisal.domain.scoring.ScoringEngineTest.node;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fingerprint a run keeps of the scheme it was computed with. */
class SchemeSpecTest {

    private static SchemeSpec scheme(String leafPoints, RuleSpec rule, String excellentMin, String name) {
        return new SchemeSpec(
                List.of(
                        node(1, null, 1, "10"),
                        new IndicatorSpec(2L, "1.1", name, 2, 1L, bd(leafPoints), rule),
                        leaf(3, 1L, 2, "4", RuleSpec.manual())),
                new GradePolicy(bd(excellentMin), bd("80"), bd("60"), bd("30")));
    }

    @Test
    void theFingerprintFollowsWhatDecidesScoresAndRanksOnly() {
        String base = scheme("6", RuleSpec.rate("m", bd("0.6")), "90", "按时率").fingerprint();
        assertEquals(64, base.length(), "SHA-256 in hex");

        assertEquals(
                base,
                scheme("6.00", RuleSpec.rate("m", bd("0.60")), "90.0", "按时率").fingerprint(),
                "numbers compare by value");
        assertEquals(
                base, scheme("6", RuleSpec.rate("m", bd("0.6")), "90", "另一个名称").fingerprint(), "names only label");

        Map<String, SchemeSpec> changes = new LinkedHashMap<>();
        changes.put("points", scheme("5", RuleSpec.rate("m", bd("0.6")), "90", "按时率"));
        changes.put("floor", scheme("6", RuleSpec.rate("m", bd("0.5")), "90", "按时率"));
        changes.put("metric", scheme("6", RuleSpec.rate("n", bd("0.6")), "90", "按时率"));
        changes.put("rule", scheme("6", RuleSpec.deduction("m", bd("1")), "90", "按时率"));
        changes.put("grading", scheme("6", RuleSpec.rate("m", bd("0.6")), "85", "按时率"));
        changes.forEach((what, changed) -> assertNotEquals(base, changed.fingerprint(), what));
        SchemeSpec reordered = new SchemeSpec(
                List.of(
                        node(1, null, 1, "10"),
                        leaf(3, 1L, 2, "4", RuleSpec.manual()),
                        new IndicatorSpec(2L, "1.1", "按时率", 2, 1L, bd("6"), RuleSpec.rate("m", bd("0.6")))),
                new GradePolicy(bd("90"), bd("80"), bd("60"), bd("30")));
        assertNotEquals(base, reordered.fingerprint(), "scheme order breaks ties");
    }
}
