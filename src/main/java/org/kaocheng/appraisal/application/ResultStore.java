package org.kaocheng.appraisal.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kaocheng.appraisal.domain.scoring.Grade;
import org.kaocheng.appraisal.domain.scoring.IndicatorScore;
import org.kaocheng.appraisal.domain.scoring.MetricValues;
import org.kaocheng.appraisal.domain.scoring.UnitScore;
import org.kaocheng.platform.persistence.Page;

/**
 * The computed data of a run, written and read in SQL: metric values (a row per metric and unit)
 * and results (a row per unit, its indicator scores a {@link ScoreDocument}) are bulk data, so they
 * are inserted a statement per thousands of rows rather than as audited entities; what people
 * change (adjustments, objections, the run) are entities. {@code appraisal_run_indicator} lists the
 * indicators a run scored (an indicator once scored cannot be deleted).
 */
final class ResultStore {

    private static final int ROWS_PER_STATEMENT = 10_000;

    private ResultStore() {}

    static void storeMetrics(
            EntityManager em, Long runId, Map<String, Boolean> available, Map<String, Map<Long, BigDecimal>> values) {
        List<Object[]> metricRows = new ArrayList<>();
        available.forEach((code, ok) -> metricRows.add(new Object[] {runId, code, ok}));
        insert(em, "appraisal_run_metric", "run_id, metric_code, available", "LSB", metricRows);
        List<Object[]> valueRows = new ArrayList<>();
        values.forEach((code, perUnit) -> perUnit.forEach((unitId, v) -> {
            if (v != null) {
                valueRows.add(new Object[] {runId, code, unitId, v});
            }
        }));
        insert(em, "appraisal_metric_value", "run_id, metric_code, unit_id, metric_value", "LSLN", valueRows);
    }

    static void deleteMetrics(EntityManager em, Long runId) {
        em.createNativeQuery("DELETE FROM appraisal_metric_value WHERE run_id = ?1")
                .setParameter(1, runId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM appraisal_run_metric WHERE run_id = ?1")
                .setParameter(1, runId)
                .executeUpdate();
    }

    static void copyMetrics(EntityManager em, Long fromRunId, Long toRunId) {
        em.createNativeQuery(
                        "INSERT INTO appraisal_run_metric (run_id, metric_code, available)"
                                + " SELECT CAST(?1 AS BIGINT), metric_code, available FROM appraisal_run_metric WHERE run_id = ?2")
                .setParameter(1, toRunId)
                .setParameter(2, fromRunId)
                .executeUpdate();
        em.createNativeQuery(
                        "INSERT INTO appraisal_metric_value (run_id, metric_code, unit_id, metric_value)"
                                + " SELECT CAST(?1 AS BIGINT), metric_code, unit_id, metric_value FROM appraisal_metric_value WHERE run_id = ?2")
                .setParameter(1, toRunId)
                .setParameter(2, fromRunId)
                .executeUpdate();
    }

    static MetricValues loadMetrics(EntityManager em, Long runId) {
        Set<String> available = new HashSet<>();
        for (Object row : em.createNativeQuery(
                        "SELECT metric_code FROM appraisal_run_metric WHERE run_id = ?1" + " AND available = TRUE")
                .setParameter(1, runId)
                .getResultList()) {
            available.add(row instanceof Object[] a ? (String) a[0] : (String) row);
        }
        Map<String, Map<Long, BigDecimal>> values = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT metric_code, unit_id, metric_value FROM appraisal_metric_value" + " WHERE run_id = ?1")
                .setParameter(1, runId)
                .getResultList();
        for (Object[] r : rows) {
            values.computeIfAbsent((String) r[0], k -> new HashMap<>()).put(((Number) r[1]).longValue(), decimal(r[2]));
        }
        return new MetricValues(available, values);
    }

    static void replaceResults(EntityManager em, Long runId, List<UnitScore> scores) {
        deleteResults(em, runId);
        List<Object[]> units = new ArrayList<>();
        Set<Long> indicators = new LinkedHashSet<>();
        for (UnitScore u : scores) {
            units.add(new Object[] {
                runId,
                u.unit().unitId(),
                u.unit().groupId(),
                u.baseTotal(),
                u.bonusTotal(),
                u.total(),
                u.vetoCount(),
                u.rank(),
                u.position(),
                u.grade().name(),
                ScoreDocument.write(u.indicators().values())
            });
            indicators.addAll(u.indicators().keySet());
        }
        insert(
                em,
                "appraisal_unit_result",
                "run_id, unit_id, ranking_group_id, base_total, bonus_total, total, veto_count, rank_no, position_no,"
                        + " grade, indicator_scores",
                "LLLNNNIIISS",
                units);
        insert(
                em,
                "appraisal_run_indicator",
                "run_id, indicator_id",
                "LL",
                indicators.stream().map(id -> new Object[] {runId, id}).toList());
    }

    /** The indicators the run scored (appraisal_run_indicator). */
    static Set<Long> scoredIndicators(EntityManager em, Long runId) {
        Set<Long> ids = new HashSet<>();
        for (Object id : em.createNativeQuery("SELECT indicator_id FROM appraisal_run_indicator WHERE run_id = ?1")
                .setParameter(1, runId)
                .getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    static void deleteResults(EntityManager em, Long runId) {
        em.createNativeQuery("DELETE FROM appraisal_run_indicator WHERE run_id = ?1")
                .setParameter(1, runId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM appraisal_unit_result WHERE run_id = ?1")
                .setParameter(1, runId)
                .executeUpdate();
    }

    /**
     * Inserts the rows through {@code INSERT ... SELECT FROM UNNEST(column arrays)}: one statement
     * and one round trip per {@value #ROWS_PER_STATEMENT} rows, on the connection of the current
     * transaction (H2 and PostgreSQL alike). Row-by-row statements, even in JDBC batches, cost a
     * city's computation half a second for its ~28,000 score rows; one statement costs a tenth.
     * {@code types} has one letter per column: L bigint, I integer, N numeric, B boolean, S text.
     */
    static void insert(EntityManager em, String table, String columns, String types, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        em.flush(); // the run row and anything else pending goes first, on the same connection
        Connection connection = em.unwrap(Connection.class);
        StringBuilder arrays = new StringBuilder();
        for (int c = 0; c < types.length(); c++) {
            arrays.append(c == 0 ? "" : ", ")
                    .append("CAST(? AS ")
                    .append(sqlType(types.charAt(c)))
                    .append(" ARRAY)");
        }
        String sql = "INSERT INTO " + table + " (" + columns + ") SELECT * FROM UNNEST(" + arrays + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
                for (int c = 0; c < types.length(); c++) {
                    Object[] column = new Object[chunk.size()];
                    for (int r = 0; r < column.length; r++) {
                        column[r] = value(types.charAt(c), chunk.get(r)[c]);
                    }
                    statement.setArray(c + 1, connection.createArrayOf(sqlType(types.charAt(c)), column));
                }
                statement.executeUpdate();
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not store " + table + ": " + e.getMessage(), e);
        }
    }

    private static String sqlType(char type) {
        return switch (type) {
            case 'L' -> "BIGINT";
            case 'I' -> "INTEGER";
            case 'N' -> "NUMERIC";
            case 'B' -> "BOOLEAN";
            default -> "VARCHAR";
        };
    }

    private static Object value(char type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case 'L' -> ((Number) value).longValue();
            case 'I' -> ((Number) value).intValue();
            case 'N' -> decimal(value);
            case 'B' -> (Boolean) value;
            default -> value.toString();
        };
    }

    private static final String RANKING_SELECT = "SELECT r.unit_id, u.code, u.name, r.ranking_group_id, g.name,"
            + " r.rank_no, r.position_no, r.base_total, r.bonus_total, r.total, r.veto_count, r.grade,"
            + " r.indicator_scores"
            + " FROM appraisal_unit_result r JOIN unit u ON u.id = r.unit_id"
            + " LEFT JOIN ranking_group g ON g.id = r.ranking_group_id";

    /**
     * A page of a run's ranking, by group (in group order) and position; one group or all; with the
     * scores of the level-one indicators given.
     */
    static Page<RankingRow> ranking(
            EntityManager em, Long runId, Long groupId, int first, int size, List<Long> levelOneIds) {
        String where =
                " WHERE r.run_id = ?1 AND (CAST(?2 AS BIGINT) IS NULL OR r.ranking_group_id = CAST(?2 AS BIGINT))";
        Number total = (Number) em.createNativeQuery("SELECT COUNT(*) FROM appraisal_unit_result r" + where)
                .setParameter(1, runId)
                .setParameter(2, groupId)
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(RANKING_SELECT + where
                        + " ORDER BY g.sort_order, g.name, r.position_no OFFSET ?3 ROWS FETCH NEXT ?4 ROWS ONLY")
                .setParameter(1, runId)
                .setParameter(2, groupId)
                .setParameter(3, first)
                .setParameter(4, size)
                .getResultList();
        return new Page<>(rows.stream().map(r -> rankingRow(r, levelOneIds)).toList(), total.longValue());
    }

    /** A unit's result with its indicator scores in scheme order (one row read), or null if it is not in the run. */
    record UnitResult(RankingRow row, Map<Long, IndicatorScore> scores) {}

    static UnitResult unitResult(EntityManager em, Long runId, Long unitId, List<Long> levelOneIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(RANKING_SELECT + " WHERE r.run_id = ?1 AND r.unit_id = ?2")
                .setParameter(1, runId)
                .setParameter(2, unitId)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Map<Long, IndicatorScore> scores = ScoreDocument.read((String) rows.get(0)[12]);
        return new UnitResult(rankingRow(rows.get(0), levelOneIds, scores), scores);
    }

    /** A row of RANKING_SELECT; the score document is read only when level-one scores are asked for. */
    private static RankingRow rankingRow(Object[] r, List<Long> levelOneIds) {
        return rankingRow(r, levelOneIds, levelOneIds.isEmpty() ? Map.of() : ScoreDocument.read((String) r[12]));
    }

    private static RankingRow rankingRow(Object[] r, List<Long> levelOneIds, Map<Long, IndicatorScore> scores) {
        List<BigDecimal> levelOne = levelOneIds.stream()
                .map(id -> scores.containsKey(id) ? scores.get(id).score() : null)
                .toList();
        return new RankingRow(
                ((Number) r[0]).longValue(),
                (String) r[1],
                (String) r[2],
                r[3] == null ? null : ((Number) r[3]).longValue(),
                (String) r[4],
                ((Number) r[5]).intValue(),
                ((Number) r[6]).intValue(),
                decimal(r[7]),
                decimal(r[8]),
                decimal(r[9]),
                ((Number) r[10]).intValue(),
                Grade.valueOf((String) r[11]),
                levelOne);
    }

    static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal b) {
            return b;
        }
        return new BigDecimal(value.toString());
    }
}
