package org.kaocheng.appraisal.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.staff.StaffFixtures;
import org.kaocheng.testsupport.RecordDetails;
import org.kaocheng.testsupport.TestDatabase;

/**
 * Staff metrics on the postings of {@code staff.TurnoverQueryTest} (2024, a leap year), so the
 * figures agree with the staff capability's own turnover page; on H2 and PostgreSQL.
 */
class StaffMetricSourceTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void turnoverAndVacancyDaysForAllUnitsWithTheRecordsBehindThem(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            long[] ids = TestDatabase.inTransaction(em, StaffFixtures::turnover2024);
            StaffMetricSource source = new StaffMetricSource();
            source.em = em;
            source.clock =
                    Clock.fixed(LocalDate.of(2025, 3, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            LocalDate from = LocalDate.of(2024, 1, 1);
            LocalDate to = LocalDate.of(2024, 12, 31);

            Map<Long, BigDecimal> turnover = source.values(StaffMetricSource.TURNOVER_RATE, from, to);
            assertEquals(new BigDecimal("0.8000"), turnover.get(ids[0]), "A: 2 leavers / ((3 + 2) / 2)");
            assertEquals(new BigDecimal("0.0000"), turnover.get(ids[1]), "B: nobody left");

            Map<Long, BigDecimal> vacancy = source.values(StaffMetricSource.VACANCY_DAYS, from, to);
            assertEquals(new BigDecimal("62"), vacancy.get(ids[0]), "July and August");
            assertEquals(new BigDecimal("182"), vacancy.get(ids[1]), "1 January to 30 June");

            List<MetricRecord> leavers = source.records(StaffMetricSource.TURNOVER_RATE, ids[0], from, to);
            assertEquals(
                    List.of("艾丽", "戴夫"),
                    leavers.stream().map(MetricRecord::label).toList());
            assertEquals("2024-07-01 调出", RecordDetails.zh(leavers.get(0).detail()));
            assertEquals(
                    "Transferred out on 2024-07-01",
                    RecordDetails.en(leavers.get(0).detail()));

            List<MetricRecord> gapsA = source.records(StaffMetricSource.VACANCY_DAYS, ids[0], from, to);
            assertEquals(
                    List.of("2024-07-01 – 2024-08-31"),
                    gapsA.stream().map(MetricRecord::label).toList());
            assertEquals("无政务公开专员 62 天", RecordDetails.zh(gapsA.get(0).detail()), "the records add up to the value");
            List<MetricRecord> gapsB = source.records(StaffMetricSource.VACANCY_DAYS, ids[1], from, to);
            assertEquals(
                    List.of("2024-01-01 – 2024-06-30"),
                    gapsB.stream().map(MetricRecord::label).toList());

            // while the year runs, only the days up to today count: B until 15 March = 31 + 29 + 15
            source.clock =
                    Clock.fixed(LocalDate.of(2024, 3, 15).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            assertEquals(
                    new BigDecimal("75"),
                    source.values(StaffMetricSource.VACANCY_DAYS, from, to).get(ids[1]));
            assertEquals(
                    List.of("2024-01-01 – 2024-03-15"),
                    source.records(StaffMetricSource.VACANCY_DAYS, ids[1], from, to).stream()
                            .map(MetricRecord::label)
                            .toList());
        } finally {
            em.close();
            emf.close();
        }
    }
}
