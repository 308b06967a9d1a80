package org.kaocheng.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.appraisal.metric.MetricDefinition;
import org.kaocheng.appraisal.metric.MetricRecord;
import org.kaocheng.disclosure.application.DisclosureMetricSource;
import org.kaocheng.disclosure.application.DisclosureSettings;
import org.kaocheng.disclosure.application.MonthTrend;
import org.kaocheng.disclosure.application.TimelinessQueries;
import org.kaocheng.disclosure.domain.AnswerOutcome;
import org.kaocheng.disclosure.domain.InfoApplication;
import org.kaocheng.disclosure.domain.MediaPlatform;
import org.kaocheng.disclosure.domain.NewMediaAccount;
import org.kaocheng.disclosure.domain.UpdateSource;
import org.kaocheng.staff.StaffFixtures;
import org.kaocheng.testsupport.RecordDetails;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;

/** The appraisal metrics for all units at once and the records behind one unit's value, on both databases. */
class DisclosureMetricSourceTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void valuesForAllUnitsAndTheRecordsBehindThem(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            Long[] ids = TestDatabase.inTransaction(em, e -> {
                CalendarFixture.CHINA_2024_2026.insert(e);
                RankingGroup g = StaffFixtures.group(e, "G");
                Unit a = StaffFixtures.unit(e, "A", "甲局", g);
                Unit b = StaffFixtures.unit(e, "B", "乙镇", g);
                // A: formed Mon 2024-02-05, due 03-08: one on time, one late (03-11), one never published (overdue)
                ProactiveSqlAgreementTest.item(e, a, "按时", "2024-02-05", "2024-03-08", false);
                ProactiveSqlAgreementTest.item(e, a, "逾期", "2024-02-05", "2024-03-11", false);
                ProactiveSqlAgreementTest.item(e, a, "未发布", "2024-02-05", null, false);
                ProactiveSqlAgreementTest.item(e, a, "无解读文件", "2024-02-05", "2024-02-06", true);
                // B: one on time
                ProactiveSqlAgreementTest.item(e, b, "乙按时", "2024-02-05", "2024-02-05", false);
                // A: received Mon 2024-03-04, due 04-01; answered 04-02: late. B: received 03-04, never answered.
                InfoApplication late = ApplicationSqlAgreementTest.application(a, "2024-03-04", "张三", "甲");
                late.answer(d("2024-04-02"), AnswerOutcome.GRANTED);
                e.persist(late);
                e.persist(ApplicationSqlAgreementTest.application(b, "2024-03-04", "李四", "乙"));
                // B: a WeChat account silent since 2024-06-01: on 2024-12-31 both veto and zombie
                NewMediaAccount silent = new NewMediaAccount(b, MediaPlatform.WECHAT, "乙镇发布", d("2023-01-01"));
                silent.recordUpdate(d("2024-06-01"), UpdateSource.POST);
                e.persist(silent);
                e.flush();
                return new Long[] {a.getId(), b.getId()};
            });
            DisclosureMetricSource source = new DisclosureMetricSource();
            ServiceWiring.set(source, "em", em);
            ServiceWiring.set(
                    source,
                    "clock",
                    java.time.Clock.fixed(
                            d("2025-01-15")
                                    .atStartOfDay(java.time.ZoneOffset.UTC)
                                    .toInstant(),
                            java.time.ZoneOffset.UTC));
            LocalDate from = d("2024-01-01");
            LocalDate to = d("2024-12-31");
            assertEquals(8, source.metrics().size());
            assertEquals(
                    8,
                    source.metrics().stream()
                            .map(MetricDefinition::code)
                            .distinct()
                            .count());

            Map<Long, BigDecimal> proactive = source.values(DisclosureMetricSource.PROACTIVE_ON_TIME_RATE, from, to);
            assertEquals(new BigDecimal("0.5000"), proactive.get(ids[0]), "A: 按时 and 无解读文件 of 4 decided");
            assertEquals(new BigDecimal("1.0000"), proactive.get(ids[1]));
            assertEquals(
                    BigDecimal.ONE,
                    source.values(DisclosureMetricSource.PROACTIVE_OVERDUE, from, to)
                            .get(ids[0]));
            assertEquals(
                    BigDecimal.ZERO,
                    source.values(DisclosureMetricSource.PROACTIVE_OVERDUE, from, to)
                            .get(ids[1]));
            assertEquals(
                    BigDecimal.ONE,
                    source.values(DisclosureMetricSource.INTERPRETATION_MISSING, from, to)
                            .get(ids[0]));
            assertFalse(
                    source.values(DisclosureMetricSource.INTERPRETATION_ON_TIME_RATE, from, to)
                            .containsKey(ids[0]),
                    "no interpretation: no rate");
            assertEquals(
                    new BigDecimal("0.0000"),
                    source.values(DisclosureMetricSource.APPLICATION_ON_TIME_RATE, from, to)
                            .get(ids[0]));
            assertEquals(
                    BigDecimal.ONE,
                    source.values(DisclosureMetricSource.APPLICATION_OVERDUE, from, to)
                            .get(ids[1]));
            assertEquals(
                    BigDecimal.ONE,
                    source.values(DisclosureMetricSource.NEW_MEDIA_VETO, from, to)
                            .get(ids[1]));
            assertEquals(
                    BigDecimal.ONE,
                    source.values(DisclosureMetricSource.NEW_MEDIA_ZOMBIE, from, to)
                            .get(ids[1]));
            assertEquals(
                    BigDecimal.ZERO,
                    source.values(DisclosureMetricSource.NEW_MEDIA_ZOMBIE, from, to)
                            .get(ids[0]));

            List<MetricRecord> lost = source.records(DisclosureMetricSource.PROACTIVE_ON_TIME_RATE, ids[0], from, to);
            assertEquals(
                    List.of("逾期", "未发布"), lost.stream().map(MetricRecord::label).toList());
            assertEquals(
                    "逾期 1 个工作日公开（截止日期 2024-03-08）", RecordDetails.zh(lost.get(0).detail()));
            assertEquals(
                    List.of("乙镇发布"),
                    source.records(DisclosureMetricSource.NEW_MEDIA_ZOMBIE, ids[1], from, to).stream()
                            .map(r -> r.label().replace("WECHAT ", ""))
                            .toList());
            assertEquals(
                    1,
                    source.records(DisclosureMetricSource.APPLICATION_OVERDUE, ids[1], from, to)
                            .size());
            assertThrows(IllegalArgumentException.class, () -> source.values("nope", from, to));
            // all metrics at once (as a run asks, one statement per family) = each metric on its own
            List<String> codes =
                    source.metrics().stream().map(MetricDefinition::code).toList();
            Map<String, Map<Long, BigDecimal>> all = source.values(codes, from, to);
            assertEquals(codes, List.copyOf(all.keySet()));
            for (String code : codes) {
                assertEquals(source.values(code, from, to), all.get(code), code);
            }

            // the trend of 2024 for all units: February has the 5 items (4 decided in A + 1 in B; on time:
            // 按时, 无解读文件, 乙按时), March the 2 applications (A late, B overdue)
            List<MonthTrend> trend =
                    TimelinessQueries.monthlyTrend(em, DisclosureSettings.STATUTORY, d("2025-01-15"), null, 2024);
            assertEquals(12, trend.size());
            assertEquals(new MonthTrend(2, 5, 3, 0, 0), trend.get(1));
            assertEquals(new MonthTrend(3, 0, 0, 2, 0), trend.get(2));
            assertEquals(new MonthTrend(1, 0, 0, 0, 0), trend.get(0));
            assertEquals(
                    new MonthTrend(2, 4, 2, 0, 0),
                    TimelinessQueries.monthlyTrend(em, DisclosureSettings.STATUTORY, d("2025-01-15"), ids[0], 2024)
                            .get(1));
        } finally {
            em.close();
            emf.close();
        }
    }
}
