package org.kaocheng.appraisal.application;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kaocheng.appraisal.metric.MetricRecord;
import org.kaocheng.appraisal.metric.MetricSource;

/**
 * The records behind a run's metric values frozen at publication. Until then a sheet lists the
 * records as they are now (units correct them during review); afterwards it lists what the
 * published scores were computed from, whatever happens to the records later.
 */
final class RecordSnapshot {

    private static final int MAX_TEXT = 1000;

    private RecordSnapshot() {}

    static boolean exists(EntityManager em, Long runId) {
        return !em.createNativeQuery("SELECT run_id FROM appraisal_snapshot_run WHERE run_id = ?1")
                .setParameter(1, runId)
                .getResultList()
                .isEmpty();
    }

    /** Asks each metric's source for all units' records and stores them with the run. */
    static int take(
            EntityManager em,
            Long runId,
            Collection<Long> unitIds,
            Collection<String> metricCodes,
            MetricCatalog catalog,
            LocalDate from,
            LocalDate to,
            LocalDateTime now) {
        List<Object[]> rows = new ArrayList<>();
        for (String code : metricCodes) {
            Optional<MetricSource> source = catalog.sourceOf(code);
            if (source.isEmpty()) {
                continue;
            }
            // all units at once: one statement per metric (a city's units one by one took half an hour)
            Map<Long, List<MetricRecord>> byUnit = source.get().records(code, unitIds, from, to);
            for (Long unitId : unitIds) {
                int seq = 0;
                for (MetricRecord r : byUnit.getOrDefault(unitId, List.of())) {
                    rows.add(new Object[] {
                        runId, unitId, code, seq++, r.type(), r.id(), cut(r.label()), cut(r.detail()), cut(r.link())
                    });
                }
            }
        }
        em.createNativeQuery("INSERT INTO appraisal_snapshot_run (run_id, taken_at) VALUES (?1, ?2)")
                .setParameter(1, runId)
                .setParameter(2, now)
                .executeUpdate();
        ResultStore.insert(
                em,
                "appraisal_record_snapshot",
                "run_id, unit_id, metric_code, seq, record_type, record_id, label, detail, link",
                "LLSISLSSS",
                rows);
        return rows.size();
    }

    /** A revision explains its copied metric values with its predecessor's records. */
    static void copy(EntityManager em, Long fromRunId, Long toRunId, LocalDateTime now) {
        if (!exists(em, fromRunId)) {
            return;
        }
        em.createNativeQuery("INSERT INTO appraisal_snapshot_run (run_id, taken_at) VALUES (?1, ?2)")
                .setParameter(1, toRunId)
                .setParameter(2, now)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO appraisal_record_snapshot (run_id, unit_id, metric_code, seq, record_type,"
                        + " record_id, label, detail, link) SELECT CAST(?1 AS BIGINT), unit_id, metric_code, seq, record_type,"
                        + " record_id, label, detail, link FROM appraisal_record_snapshot WHERE run_id = ?2")
                .setParameter(1, toRunId)
                .setParameter(2, fromRunId)
                .executeUpdate();
    }

    /** Dropped when a draft revision fetches its metric values afresh. */
    static void delete(EntityManager em, Long runId) {
        em.createNativeQuery("DELETE FROM appraisal_record_snapshot WHERE run_id = ?1")
                .setParameter(1, runId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM appraisal_snapshot_run WHERE run_id = ?1")
                .setParameter(1, runId)
                .executeUpdate();
    }

    static List<MetricRecord> read(EntityManager em, Long runId, Long unitId, String metricCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT record_type, record_id, label, detail, link"
                                + " FROM appraisal_record_snapshot WHERE run_id = ?1 AND unit_id = ?2 AND metric_code = ?3 ORDER BY seq")
                .setParameter(1, runId)
                .setParameter(2, unitId)
                .setParameter(3, metricCode)
                .getResultList();
        return rows.stream()
                .map(r -> new MetricRecord(
                        (String) r[0],
                        r[1] == null ? null : ((Number) r[1]).longValue(),
                        (String) r[2],
                        (String) r[3],
                        (String) r[4]))
                .toList();
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
