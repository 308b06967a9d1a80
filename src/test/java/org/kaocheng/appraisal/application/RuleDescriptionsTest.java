package org.kaocheng.appraisal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kaocheng.appraisal.domain.scoring.RuleSpec;
import org.kaocheng.appraisal.domain.scoring.Tier;

/** Rules and metric values in words, as the score sheet and its PDF write them. */
class RuleDescriptionsTest {

    private final RuleDescriptions words = RuleDescriptions.of(MetricCatalog.of(List.of(new FixedMetricSource())));

    private static Tier tier(String bound, String points) {
        return new Tier(new BigDecimal(bound), new BigDecimal(points));
    }

    @Test
    void bandsAreListedBestFirstWithARatesBoundsAsPerCent() {
        RuleSpec onRate =
                RuleSpec.tiers("test.rate", List.of(tier("0.9", "8"), tier("1", "10"), tier("0.95", "9")), false);
        assertEquals("分档：达到 100% 得 10 分；达到 95% 得 9 分；达到 90% 得 8 分", words.rule(onRate, Locale.SIMPLIFIED_CHINESE));
        assertEquals(
                "bands: 100% or more: 10 points; 95% or more: 9 points; 90% or more: 8 points",
                words.rule(onRate, Locale.ENGLISH));
        RuleSpec onCount = RuleSpec.tiers("test.count", List.of(tier("2", "3"), tier("0", "5")), true);
        assertEquals("分档：不超过 0 得 5 分；不超过 2 得 3 分", words.rule(onCount, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aRatesValueAndFloorArePerCentACountStaysACount() {
        assertEquals("91.67%", words.value("test.rate", new BigDecimal("0.9167")));
        assertEquals("87.5%", words.value("test.rate", new BigDecimal("0.8750")));
        assertEquals("3", words.value("test.count", new BigDecimal("3.0000")));
        assertEquals("—", words.value("test.rate", null));
        assertEquals(
                "比率 × 分值；低于 60% 得 0 分",
                words.rule(RuleSpec.rate("test.rate", new BigDecimal("0.6")), Locale.SIMPLIFIED_CHINESE));
    }
}
