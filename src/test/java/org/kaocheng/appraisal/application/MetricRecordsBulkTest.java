package org.kaocheng.appraisal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kaocheng.appraisal.metric.MetricRecord;
import org.kaocheng.appraisal.metric.MetricSource;
import org.kaocheng.testsupport.TestDatabase;

/**
 * The snapshot taken at publication reads every unit's records of a metric at once
 * ({@link MetricSource#records(String, java.util.Collection, LocalDate, LocalDate)}); each unit's
 * list must equal what the unit's sheet shows one unit at a time. Checked for every metric of the
 * default scheme on a small generated city (100 units' worth of every kind of record, PostgreSQL:
 * the generator is PostgreSQL SQL).
 */
class MetricRecordsBulkTest {

    @Test
    void allUnitsAtOnceGiveEachUnitTheRecordsItHasAlone() throws Exception {
        DataSource ds = TestDatabase.POSTGRESQL.create();
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            for (String[] step : CityBenchmarkData.statements(CityBenchmarkData.Sizes.of(0.01))) {
                s.executeUpdate(step[1]);
            }
        }
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(ds);
        EntityManager em = emf.createEntityManager();
        try {
            Clock clock = Clock.fixed(
                    LocalDate.of(CityBenchmarkData.YEAR + 1, 2, 10)
                            .atStartOfDay(ZoneId.systemDefault())
                            .toInstant(),
                    ZoneId.systemDefault());
            MetricCatalog catalog = MetricCatalog.of(AppraisalBenchmark.sources(em, clock));
            List<Long> units = em.createQuery("SELECT u.id FROM Unit u ORDER BY u.code", Long.class)
                    .getResultList();
            List<Long> everyOther = new ArrayList<>();
            for (int k = 0; k < units.size(); k += 2) {
                everyOther.add(units.get(k));
            }
            LocalDate from = LocalDate.of(CityBenchmarkData.YEAR, 1, 1);
            LocalDate to = LocalDate.of(CityBenchmarkData.YEAR, 12, 31);
            Map<String, Integer> counted = new LinkedHashMap<>();
            for (String code : DefaultScheme.METRICS) {
                MetricSource source = catalog.sourceOf(code).orElseThrow();
                Map<Long, List<MetricRecord>> all = source.records(code, units, from, to);
                Map<Long, List<MetricRecord>> some = source.records(code, everyOther, from, to);
                int records = 0;
                for (Long unitId : units) {
                    List<MetricRecord> alone = source.records(code, unitId, from, to);
                    assertEquals(alone, all.getOrDefault(unitId, List.of()), code + " of unit " + unitId);
                    assertEquals(
                            everyOther.contains(unitId) ? alone : List.of(),
                            some.getOrDefault(unitId, List.of()),
                            code + " of unit " + unitId + " (asked for every other unit)");
                    records += alone.size();
                }
                counted.put(code, records);
            }
            // the comparison compared something: the city has late items, overdue applications,
            // untrained people, leavers and vacancies, returned self-check items, silent accounts
            for (String code : List.of(
                    "proactive.onTimeRate",
                    "interpretation.onTimeRate",
                    "interpretation.missingCount",
                    "application.onTimeRate",
                    "newMedia.vetoCount",
                    "training.coverageRate",
                    "staff.vacancyDays",
                    "staff.turnoverRate",
                    "selfcheck.acceptedShare")) {
                assertTrue(counted.get(code) > 0, code + " has records in the city: " + counted);
            }
        } finally {
            em.close();
            emf.close();
        }
    }
}
