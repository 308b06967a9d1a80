package org.kaocheng.appraisal.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The scoring engine against figures worked out by hand. */
class ScoringEngineTest {

    static final GradePolicy NO_QUOTA = new GradePolicy(bd("90"), bd("80"), bd("60"), null);

    static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }

    static IndicatorSpec leaf(long id, Long parent, int level, String points, RuleSpec rule) {
        return new IndicatorSpec(id, "I" + id, "指标" + id, level, parent, bd(points), rule);
    }

    static IndicatorSpec node(long id, Long parent, int level, String points) {
        return new IndicatorSpec(id, "I" + id, "指标" + id, level, parent, bd(points), null);
    }

    static UnitInput unit(long id, String code, Long group) {
        return new UnitInput(id, code, "单位" + code, group);
    }

    /** A one-leaf scheme scoring one unit with the given metric value (null: none). */
    static IndicatorScore single(RuleSpec rule, String points, String value) {
        SchemeSpec scheme = new SchemeSpec(List.of(leaf(1, null, 1, points, rule)), NO_QUOTA);
        Map<Long, BigDecimal> values = value == null ? Map.of() : Map.of(10L, bd(value));
        MetricValues metrics = new MetricValues(Set.of("m"), Map.of("m", values));
        return ScoringEngine.score(scheme, List.of(unit(10, "U10", 1L)), metrics, Map.of())
                .get(0)
                .score(1L);
    }

    @Nested
    class Rate {
        @Test
        void rateTimesPointsRoundedHalfUp() {
            // 0.955 × 10 = 9.55
            IndicatorScore s = single(RuleSpec.rate("m", null), "10", "0.955");
            assertEquals(bd("9.55"), s.score());
            assertEquals(bd("0.45"), s.lost());
            assertEquals(bd("0.955"), s.metricValue());
            assertEquals("95.5% × 10 = 9.55", s.formula(), "a rate is written as per cent");
            assertEquals(ScoreNote.COMPUTED, s.note());
        }

        @Test
        void rateRoundsToTwoDecimals() {
            // 0.3333 × 10 = 3.333 → 3.33; 0.6667 × 15 = 10.0005 → 10.00
            assertEquals(
                    bd("3.33"), single(RuleSpec.rate("m", null), "10", "0.3333").score());
            assertEquals(
                    bd("10.00"),
                    single(RuleSpec.rate("m", null), "15", "0.6667").score());
        }

        @Test
        void rateBelowTheFloorScoresZero() {
            // 0.55 < floor 0.6 → 0, all 10 points lost
            IndicatorScore s = single(RuleSpec.rate("m", bd("0.6")), "10", "0.55");
            assertEquals(bd("0.00"), s.score());
            assertEquals(bd("10.00"), s.lost());
            assertEquals("55% < 60% → 0", s.formula());
        }

        @Test
        void rateAtTheFloorScoresProportionally() {
            // 0.6 is not below 0.6: 0.6 × 10 = 6
            assertEquals(
                    bd("6.00"),
                    single(RuleSpec.rate("m", bd("0.6")), "10", "0.6").score());
        }

        @Test
        void rateAboveOneCountsAsOne() {
            assertEquals(
                    bd("10.00"), single(RuleSpec.rate("m", null), "10", "1.2").score());
        }
    }

    @Nested
    class Deduction {
        @Test
        void overdueApplicationCostsOnePointEach() {
            // 10 - 3 × 1 = 7
            IndicatorScore s = single(RuleSpec.deduction("m", bd("1")), "10", "3");
            assertEquals(bd("7.00"), s.score());
            assertEquals(bd("3.00"), s.lost());
            assertEquals("10 - 3 × 1 = 7.00", s.formula());
        }

        @Test
        void deductionIsCappedAtTheIndicatorsPoints() {
            // 12 × 1 = 12 > 10: score 0, lost 10 (not 12)
            IndicatorScore s = single(RuleSpec.deduction("m", bd("1")), "10", "12");
            assertEquals(bd("0.00"), s.score());
            assertEquals(bd("10.00"), s.lost());
            assertEquals("10 - min(10, 12 × 1) = 0.00", s.formula());
        }

        @Test
        void fractionalDeductionPerOccurrence() {
            // 5 - 7 × 0.5 = 1.5
            assertEquals(
                    bd("1.50"),
                    single(RuleSpec.deduction("m", bd("0.5")), "5", "7").score());
        }

        @Test
        void noOccurrenceKeepsFullPoints() {
            assertEquals(
                    bd("5.00"),
                    single(RuleSpec.deduction("m", bd("0.5")), "5", "0").score());
        }
    }

    @Nested
    class Tiers {
        final List<Tier> rateBands =
                List.of(new Tier(bd("0.9"), bd("8")), new Tier(bd("0.95"), bd("10")), new Tier(bd("0.8"), bd("5")));

        @Test
        void highestBandReachedWins() {
            // 0.96 ≥ 0.95 → 10 (bands given unsorted)
            assertEquals(
                    bd("10.00"),
                    single(RuleSpec.tiers("m", rateBands, false), "10", "0.96").score());
            // 0.92 ≥ 0.9 → 8
            IndicatorScore s = single(RuleSpec.tiers("m", rateBands, false), "10", "0.92");
            assertEquals(bd("8.00"), s.score());
            assertEquals("0.92 ≥ 0.9 → 8.00", s.formula());
            IndicatorScore onRate = ScoringEngine.score(
                            new SchemeSpec(
                                    List.of(leaf(1, null, 1, "10", RuleSpec.tiers("m", rateBands, false))), NO_QUOTA),
                            List.of(unit(10, "U10", 1L)),
                            new MetricValues(Set.of("m"), Map.of("m", Map.of(10L, bd("0.92"))), Set.of("m")),
                            Map.of())
                    .get(0)
                    .score(1L);
            assertEquals("92% ≥ 90% → 8.00", onRate.formula(), "bands of a rate metric are written as per cent");
            // exactly on a bound reaches it
            assertEquals(
                    bd("5.00"),
                    single(RuleSpec.tiers("m", rateBands, false), "10", "0.8").score());
        }

        @Test
        void belowEveryBandScoresZero() {
            IndicatorScore s = single(RuleSpec.tiers("m", rateBands, false), "10", "0.79");
            assertEquals(bd("0.00"), s.score());
            assertEquals(bd("10.00"), s.lost());
        }

        @Test
        void lowerIsBetterForCounts() {
            // 0 → 4, ≤ 2 → 2, ≤ 5 → 1, more → 0
            List<Tier> bands =
                    List.of(new Tier(bd("0"), bd("4")), new Tier(bd("2"), bd("2")), new Tier(bd("5"), bd("1")));
            assertEquals(
                    bd("4.00"),
                    single(RuleSpec.tiers("m", bands, true), "4", "0").score());
            IndicatorScore two = single(RuleSpec.tiers("m", bands, true), "4", "2");
            assertEquals(bd("2.00"), two.score());
            assertEquals("2 ≤ 2 → 2.00", two.formula());
            assertEquals(
                    bd("1.00"),
                    single(RuleSpec.tiers("m", bands, true), "4", "3").score());
            assertEquals(
                    bd("0.00"),
                    single(RuleSpec.tiers("m", bands, true), "4", "6").score());
        }
    }

    @Nested
    class Veto {
        @Test
        void vetoAppliesFromTheThreshold() {
            IndicatorScore s = single(RuleSpec.veto("m", null), "5", "1");
            assertTrue(s.veto());
            assertEquals(bd("0.00"), s.score());
            assertEquals("1 ≥ 1 → 0.00", s.formula());
        }

        @Test
        void noVetoBelowTheThreshold() {
            IndicatorScore s = single(RuleSpec.veto("m", bd("2")), "5", "1");
            assertFalse(s.veto());
            assertEquals(bd("5.00"), s.score());
            assertEquals("1 < 2 → 5.00", s.formula());
        }

        @Test
        void aVetoedUnitFailsWhateverItsTotal() {
            // 95 points of rate at 100 % plus a 5-point veto leaf that applies: total 95, yet 不合格
            SchemeSpec scheme = new SchemeSpec(
                    List.of(
                            leaf(1, null, 1, "95", RuleSpec.rate("rate", null)),
                            leaf(2, null, 1, "5", RuleSpec.veto("veto", null))),
                    NO_QUOTA);
            MetricValues metrics = new MetricValues(
                    Set.of("rate", "veto"), Map.of("rate", Map.of(10L, bd("1")), "veto", Map.of(10L, bd("1"))));
            UnitScore u = ScoringEngine.score(scheme, List.of(unit(10, "U", 1L)), metrics, Map.of())
                    .get(0);
            assertEquals(bd("95.00"), u.total());
            assertEquals(1, u.vetoCount());
            assertEquals(Grade.FAIL, u.grade());
        }

        @Test
        void aCorrectionLiftsTheVeto() {
            SchemeSpec scheme = new SchemeSpec(List.of(leaf(1, null, 1, "0", RuleSpec.veto("veto", null))), NO_QUOTA);
            MetricValues metrics = new MetricValues(Set.of("veto"), Map.of("veto", Map.of(10L, bd("3"))));
            Map<Long, Map<Long, Entry>> entries = Map.of(10L, Map.of(1L, new Entry(bd("0"), "账号已按期更新,见截图")));
            UnitScore u = ScoringEngine.score(scheme, List.of(unit(10, "U", 1L)), metrics, entries)
                    .get(0);
            assertEquals(0, u.vetoCount());
            assertEquals(ScoreNote.CORRECTED, u.score(1L).note());
            assertEquals(bd("3"), u.score(1L).metricValue());
        }
    }

    @Nested
    class Manual {
        @Test
        void assessorsEntryIsTheScore() {
            SchemeSpec scheme = new SchemeSpec(List.of(leaf(1, null, 1, "10", RuleSpec.manual())), NO_QUOTA);
            Map<Long, Map<Long, Entry>> entries = Map.of(10L, Map.of(1L, new Entry(bd("7.5"), "会议记录不全")));
            IndicatorScore s = ScoringEngine.score(scheme, List.of(unit(10, "U", 1L)), emptyMetrics(), entries)
                    .get(0)
                    .score(1L);
            assertEquals(bd("7.50"), s.score());
            assertEquals(bd("2.50"), s.lost());
            assertEquals(ScoreNote.MANUAL, s.note());
        }

        @Test
        void aManualIndicatorNotYetScoredKeepsFullPointsAndSaysSo() {
            IndicatorScore s = single(RuleSpec.manual(), "10", null);
            assertEquals(bd("10.00"), s.score());
            assertEquals(ScoreNote.MANUAL_PENDING, s.note());
        }

        @Test
        void anEntryAbovePointsIsClampedToThePoints() {
            // what-if previews lower points under existing entries: 8 entered, points now 6 → 6
            SchemeSpec scheme = new SchemeSpec(List.of(leaf(1, null, 1, "6", RuleSpec.manual())), NO_QUOTA);
            Map<Long, Map<Long, Entry>> entries = Map.of(10L, Map.of(1L, new Entry(bd("8"), "r")));
            assertEquals(
                    bd("6.00"),
                    ScoringEngine.score(scheme, List.of(unit(10, "U", 1L)), emptyMetrics(), entries)
                            .get(0)
                            .score(1L)
                            .score());
        }

        @Test
        void aCorrectionReplacesAnAutomaticScoreAndShowsBoth() {
            SchemeSpec scheme =
                    new SchemeSpec(List.of(leaf(1, null, 1, "10", RuleSpec.deduction("m", bd("1")))), NO_QUOTA);
            MetricValues metrics = new MetricValues(Set.of("m"), Map.of("m", Map.of(10L, bd("4"))));
            Map<Long, Map<Long, Entry>> entries = Map.of(10L, Map.of(1L, new Entry(bd("9"), "3 件系第三方征求意见期间")));
            IndicatorScore s = ScoringEngine.score(scheme, List.of(unit(10, "U", 1L)), metrics, entries)
                    .get(0)
                    .score(1L);
            assertEquals(bd("9.00"), s.score());
            assertEquals(ScoreNote.CORRECTED, s.note());
            assertEquals("6.00 → 9.00", s.formula());
        }
    }

    @Nested
    class Bonus {
        SchemeSpec scheme(RuleSpec bonusRule) {
            return new SchemeSpec(
                    List.of(
                            leaf(1, null, 1, "100", RuleSpec.rate("rate", null)),
                            node(2, null, 1, "5"),
                            leaf(3, 2L, 2, "3", bonusRule),
                            leaf(4, 2L, 2, "2", RuleSpec.bonus(null, null, null))),
                    NO_QUOTA);
        }

        UnitScore score(RuleSpec bonusRule, String rate, String bonusValue, Entry manualBonus) {
            MetricValues metrics = new MetricValues(
                    Set.of("rate", "b"), Map.of("rate", Map.of(10L, bd(rate)), "b", Map.of(10L, bd(bonusValue))));
            Map<Long, Map<Long, Entry>> entries = manualBonus == null ? Map.of() : Map.of(10L, Map.of(4L, manualBonus));
            return ScoringEngine.score(scheme(bonusRule), List.of(unit(10, "U", 1L)), metrics, entries)
                    .get(0);
        }

        @Test
        void bonusAddsPerOccurrence() {
            // base 0.9 × 100 = 90; bonus 2 × 1 = 2; total 92
            UnitScore u = score(RuleSpec.bonus("b", bd("1"), null), "0.9", "2", null);
            assertEquals(bd("90.00"), u.baseTotal());
            assertEquals(bd("2.00"), u.bonusTotal());
            assertEquals(bd("92.00"), u.total());
            assertEquals(bd("0.00"), u.score(3L).lost(), "a bonus not earned is not a loss");
            assertEquals(ScoreNote.MANUAL_PENDING, u.score(4L).note());
            assertEquals(bd("0.00"), u.score(4L).score(), "an unscored manual bonus adds nothing");
        }

        @Test
        void bonusIsCappedAtItsPoints() {
            // 5 × 1 = 5 > 3 → 3; manual bonus 2 (its cap); bonus section 5; total 95
            UnitScore u = score(RuleSpec.bonus("b", bd("1"), null), "0.9", "5", new Entry(bd("2"), "获市级表彰"));
            assertEquals(bd("3.00"), u.score(3L).score());
            assertEquals("min(3, 5 × 1) = 3.00", u.score(3L).formula());
            assertEquals(bd("5.00"), u.bonusTotal());
            assertEquals(bd("95.00"), u.total());
        }

        @Test
        void bonusOnlyAboveTheTotalThreshold() {
            // threshold 85: base 0.84 × 100 = 84 < 85 → no bonus
            UnitScore below = score(RuleSpec.bonus("b", bd("1"), bd("85")), "0.84", "2", null);
            assertEquals(bd("0.00"), below.score(3L).score());
            assertEquals(ScoreNote.BELOW_BONUS_THRESHOLD, below.score(3L).note());
            assertEquals("84.00 < 85 → 0", below.score(3L).formula());
            assertEquals(bd("84.00"), below.total());
            // base exactly 85 reaches it: 85 + 2 = 87
            UnitScore at = score(RuleSpec.bonus("b", bd("1"), bd("85")), "0.85", "2", null);
            assertEquals(bd("87.00"), at.total());
        }
    }

    @Nested
    class NoData {
        @Test
        void aMetricWithoutASourceScoresFullPointsWithANote() {
            SchemeSpec scheme = new SchemeSpec(
                    List.of(
                            leaf(1, null, 1, "10", RuleSpec.deduction("absent", bd("1"))),
                            leaf(2, null, 1, "0", RuleSpec.veto("absent", null))),
                    NO_QUOTA);
            UnitScore u = ScoringEngine.score(scheme, List.of(unit(10, "U", 1L)), emptyMetrics(), Map.of())
                    .get(0);
            assertEquals(bd("10.00"), u.score(1L).score());
            assertEquals(ScoreNote.NO_SOURCE, u.score(1L).note());
            assertEquals("— → 10.00", u.score(1L).formula());
            assertFalse(u.score(2L).veto());
            assertEquals(bd("10.00"), u.total());
        }

        @Test
        void aUnitWithoutAValueScoresFullPointsWithItsOwnNote() {
            IndicatorScore s = single(RuleSpec.rate("m", bd("0.6")), "10", null);
            assertEquals(bd("10.00"), s.score());
            assertEquals(ScoreNote.NO_VALUE, s.note());
        }

        @Test
        void noDataEarnsNoBonus() {
            SchemeSpec scheme =
                    new SchemeSpec(List.of(leaf(1, null, 1, "5", RuleSpec.bonus("absent", bd("1"), null))), NO_QUOTA);
            UnitScore u = ScoringEngine.score(scheme, List.of(unit(10, "U", 1L)), emptyMetrics(), Map.of())
                    .get(0);
            assertEquals(bd("0.00"), u.total());
        }
    }

    @Nested
    class Tree {
        @Test
        void nodesSumTheirChildrenAndTotalsSplitBaseAndBonus() {
            // 1 (60) = 1.1 (40, rate 0.5 → 20) + 1.2 (20 = 1.2.1 (10, 2 × 2 → 6) + 1.2.2 (10, manual 9))
            // 2 (40, rate 1 → 40); 3 bonus (5, 1 × 2 → 2). base 20 + 15 + 40 = 75, bonus 2, total 77
            SchemeSpec scheme = new SchemeSpec(
                    List.of(
                            node(1, null, 1, "60"),
                            leaf(11, 1L, 2, "40", RuleSpec.rate("r", null)),
                            node(12, 1L, 2, "20"),
                            leaf(121, 12L, 3, "10", RuleSpec.deduction("d", bd("2"))),
                            leaf(122, 12L, 3, "10", RuleSpec.manual()),
                            leaf(2, null, 1, "40", RuleSpec.rate("r2", null)),
                            leaf(3, null, 1, "5", RuleSpec.bonus("b", bd("2"), null))),
                    NO_QUOTA);
            MetricValues metrics = new MetricValues(
                    Set.of("r", "d", "r2", "b"),
                    Map.of(
                            "r",
                            Map.of(10L, bd("0.5")),
                            "d",
                            Map.of(10L, bd("2")),
                            "r2",
                            Map.of(10L, bd("1")),
                            "b",
                            Map.of(10L, bd("1"))));
            Map<Long, Map<Long, Entry>> entries = Map.of(10L, Map.of(122L, new Entry(bd("9"), "r")));
            UnitScore u = ScoringEngine.score(scheme, List.of(unit(10, "U", 1L)), metrics, entries)
                    .get(0);
            assertEquals(bd("15.00"), u.score(12L).score());
            assertEquals("6.00 + 9.00 = 15.00", u.score(12L).formula());
            assertEquals(bd("35.00"), u.score(1L).score());
            assertEquals(bd("25.00"), u.score(1L).lost(), "20 + 4 + 1");
            assertEquals(ScoreNote.SUM, u.score(1L).note());
            assertEquals(bd("75.00"), u.baseTotal());
            assertEquals(bd("2.00"), u.bonusTotal());
            assertEquals(bd("77.00"), u.total());
            assertEquals(List.of(bd("35.00"), bd("40.00"), bd("2.00")), u.levelOneScores());
            assertEquals(
                    List.of(1L, 11L, 12L, 121L, 122L, 2L, 3L),
                    new ArrayList<>(u.indicators().keySet()),
                    "sheet in tree order");
            assertEquals(Grade.PASS, u.grade(), "60 ≤ 77 < 80: 合格");
        }
    }

    @Nested
    class Ranking {
        /** Two level-1 indicators, both manual, so totals are set directly. */
        SchemeSpec scheme(GradePolicy policy) {
            return new SchemeSpec(
                    List.of(
                            leaf(1, null, 1, "50", RuleSpec.manual()),
                            leaf(2, null, 1, "50", RuleSpec.manual()),
                            leaf(3, null, 1, "0", RuleSpec.veto("v", null))),
                    policy);
        }

        Map<Long, Map<Long, Entry>> entries = new HashMap<>();
        List<UnitInput> units = new ArrayList<>();
        Map<Long, BigDecimal> vetoes = new HashMap<>();

        void add(long id, String code, Long group, String first, String second) {
            units.add(unit(id, code, group));
            entries.put(id, Map.of(1L, new Entry(bd(first), "r"), 2L, new Entry(bd(second), "r")));
        }

        List<UnitScore> run(GradePolicy policy) {
            MetricValues metrics = new MetricValues(Set.of("v"), Map.of("v", vetoes));
            return ScoringEngine.score(scheme(policy), units, metrics, entries);
        }

        @Test
        void equalTotalsShareARankAndTheNextRankIsSkipped() {
            add(1, "A", 1L, "50", "45"); // 95
            add(2, "B", 1L, "45", "45"); // 90
            add(3, "C", 1L, "40", "50"); // 90
            add(4, "D", 1L, "40", "40"); // 80
            List<UnitScore> r = run(NO_QUOTA);
            assertEquals(
                    List.of("A", "B", "C", "D"),
                    r.stream().map(u -> u.unit().unitCode()).toList());
            assertEquals(List.of(1, 2, 2, 4), r.stream().map(UnitScore::rank).toList());
            assertEquals(
                    List.of(1, 2, 3, 4), r.stream().map(UnitScore::position).toList());
        }

        @Test
        void tieBreakFewerVetoesThenLevelOneScoresInSchemeOrderThenCode() {
            add(1, "Z", 1L, "40", "50"); // 90, level-1 (40, 50)
            add(2, "Y", 1L, "45", "45"); // 90, level-1 (45, 45): higher first score than Z
            add(3, "X", 1L, "50", "40"); // 90, (50, 40) but vetoed
            add(4, "W", 1L, "45", "45"); // 90, same as Y: code W before Y
            vetoes.put(3L, bd("1"));
            List<UnitScore> r = run(NO_QUOTA);
            assertEquals(
                    List.of("W", "Y", "Z", "X"),
                    r.stream().map(u -> u.unit().unitCode()).toList());
            assertEquals(List.of(1, 1, 1, 1), r.stream().map(UnitScore::rank).toList());
            assertEquals(Grade.FAIL, r.get(3).grade());
        }

        @Test
        void unitsAreRankedWithinTheirGroupNeverAcross() {
            add(1, "A", 1L, "40", "40"); // 80, group 1
            add(2, "B", 2L, "30", "30"); // 60, group 2
            add(3, "C", 1L, "45", "45"); // 90, group 1
            add(4, "D", 2L, "50", "50"); // 100, group 2
            List<UnitScore> r = run(NO_QUOTA);
            assertEquals(
                    List.of("C", "A", "D", "B"),
                    r.stream().map(u -> u.unit().unitCode()).toList());
            assertEquals(List.of(1, 2, 1, 2), r.stream().map(UnitScore::rank).toList());
        }

        @Test
        void gradesByThresholdsAtOrAbove() {
            add(1, "A", 1L, "45", "45"); // 90 → 优秀
            add(2, "B", 1L, "45", "44.99"); // 89.99 → 良好
            add(3, "C", 1L, "40", "40"); // 80 → 良好
            add(4, "D", 1L, "30", "30"); // 60 → 合格
            add(5, "E", 1L, "30", "29.99"); // 59.99 → 不合格
            List<UnitScore> r = run(NO_QUOTA);
            assertEquals(
                    List.of(Grade.EXCELLENT, Grade.GOOD, Grade.GOOD, Grade.PASS, Grade.FAIL),
                    r.stream().map(UnitScore::grade).toList());
        }

        @Test
        void excellentQuotaPerGroupRoundedDown() {
            // 30 % of 7 units = 2.1 → at most 2 优秀; 4 units reach 90
            GradePolicy quota = new GradePolicy(bd("90"), bd("80"), bd("60"), bd("30"));
            add(1, "A", 1L, "50", "50"); // 100
            add(2, "B", 1L, "48", "48"); // 96
            add(3, "C", 1L, "47", "47"); // 94
            add(4, "D", 1L, "45", "45"); // 90
            add(5, "E", 1L, "40", "40"); // 80
            add(6, "F", 1L, "35", "35"); // 70
            add(7, "G", 1L, "20", "20"); // 40
            List<UnitScore> r = run(quota);
            assertEquals(
                    List.of(
                            Grade.EXCELLENT,
                            Grade.EXCELLENT,
                            Grade.GOOD,
                            Grade.GOOD,
                            Grade.GOOD,
                            Grade.PASS,
                            Grade.FAIL),
                    r.stream().map(UnitScore::grade).toList());
        }

        @Test
        void quotaBoundaryBetweenEqualTotalsFollowsTheTieBreak() {
            // 30 % of 4 = 1.2 → 1 优秀; A and B both 95: B has the higher first level-1 score
            GradePolicy quota = new GradePolicy(bd("90"), bd("80"), bd("60"), bd("30"));
            add(1, "A", 1L, "45", "50");
            add(2, "B", 1L, "50", "45");
            add(3, "C", 1L, "40", "40");
            add(4, "D", 1L, "40", "40");
            List<UnitScore> r = run(quota);
            assertEquals("B", r.get(0).unit().unitCode());
            assertEquals(List.of(1, 1, 3, 3), r.stream().map(UnitScore::rank).toList());
            assertEquals(
                    List.of(Grade.EXCELLENT, Grade.GOOD, Grade.GOOD, Grade.GOOD),
                    r.stream().map(UnitScore::grade).toList());
        }

        @Test
        void aVetoedUnitDoesNotUseAnExcellentPlace() {
            // quota 50 % of 2 = 1: A (100) is vetoed → 不合格, so B (95) is 优秀
            GradePolicy quota = new GradePolicy(bd("90"), bd("80"), bd("60"), bd("50"));
            add(1, "A", 1L, "50", "50");
            add(2, "B", 1L, "50", "45");
            vetoes.put(1L, bd("2"));
            List<UnitScore> r = run(quota);
            assertEquals(
                    List.of(Grade.FAIL, Grade.EXCELLENT),
                    r.stream().map(UnitScore::grade).toList());
            assertEquals(List.of(1, 2), r.stream().map(UnitScore::rank).toList(), "the veto grades, it does not rank");
        }

        @Test
        void aSmallGroupMayHaveNoExcellentAtAll() {
            // 30 % of 3 = 0.9 → 0
            GradePolicy quota = new GradePolicy(bd("90"), bd("80"), bd("60"), bd("30"));
            add(1, "A", 1L, "50", "50");
            add(2, "B", 1L, "50", "50");
            add(3, "C", 1L, "50", "50");
            assertEquals(
                    List.of(Grade.GOOD, Grade.GOOD, Grade.GOOD),
                    run(quota).stream().map(UnitScore::grade).toList());
        }
    }

    @Test
    void whatIfPointsChangeMovesRanks() {
        // A: rate 1.0 on I1, 0.5 on I2; B: 0.6 on I1, 1.0 on I2. Points 50/50: A 75, B 80.
        // What if I1 weighs 70 and I2 30: A 70 + 15 = 85, B 42 + 30 = 72.
        SchemeSpec scheme = new SchemeSpec(
                List.of(
                        leaf(1, null, 1, "50", RuleSpec.rate("r1", null)),
                        leaf(2, null, 1, "50", RuleSpec.rate("r2", null))),
                NO_QUOTA);
        MetricValues metrics = new MetricValues(
                Set.of("r1", "r2"),
                Map.of("r1", Map.of(1L, bd("1"), 2L, bd("0.6")), "r2", Map.of(1L, bd("0.5"), 2L, bd("1"))));
        List<UnitInput> units = List.of(unit(1, "A", 1L), unit(2, "B", 1L));
        List<UnitScore> now = ScoringEngine.score(scheme, units, metrics, Map.of());
        assertEquals("B", now.get(0).unit().unitCode());
        List<UnitScore> preview =
                ScoringEngine.score(scheme.withPoints(Map.of(1L, bd("70"), 2L, bd("30"))), units, metrics, Map.of());
        assertEquals("A", preview.get(0).unit().unitCode());
        assertEquals(bd("85.00"), preview.get(0).total());
        assertEquals(bd("72.00"), preview.get(1).total());
    }

    static MetricValues emptyMetrics() {
        return new MetricValues(Set.of(), Map.of());
    }
}
