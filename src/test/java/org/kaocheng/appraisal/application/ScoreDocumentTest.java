package org.kaocheng.appraisal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.appraisal.domain.scoring.IndicatorScore;
import org.kaocheng.appraisal.domain.scoring.ScoreNote;
import org.kaocheng.platform.startup.ApplicationStartup;
import org.kaocheng.testsupport.TestDatabase;

/** A unit's indicator scores as a document: written and read back exactly, and V12_1's form of older runs. */
class ScoreDocumentTest {

    private static final IndicatorScore RATE = new IndicatorScore(
            12L, d("10.00"), d("8.50"), d("1.50"), d("0.8500"), false, ScoreNote.COMPUTED, "0.85 × 10 = 8.50");
    private static final IndicatorScore VETO = new IndicatorScore(
            13L, d("5.00"), d("0.00"), d("5.00"), d("2.0000"), true, ScoreNote.COMPUTED, "2 ≥ 1 → 0.00");
    private static final IndicatorScore MANUAL = new IndicatorScore(
            14L, d("3.00"), d("3.00"), d("0.00"), null, false, ScoreNote.MANUAL_PENDING, "a \"quoted\" \\ → 3.00");

    @Test
    void scoresComeBackEqualInTheirOrderWithScaleAndNulls() {
        Map<Long, IndicatorScore> read = ScoreDocument.read(ScoreDocument.write(List.of(MANUAL, RATE, VETO)));
        assertEquals(List.of(14L, 12L, 13L), List.copyOf(read.keySet()), "the written order");
        assertEquals(RATE, read.get(12L));
        assertEquals(VETO, read.get(13L));
        assertEquals(MANUAL, read.get(14L));
        assertEquals("8.50", read.get(12L).score().toPlainString(), "scale kept");
        assertEquals(Map.of(), ScoreDocument.read(null));
        assertEquals(Map.of(), ScoreDocument.read(ScoreDocument.write(List.of())));
    }

    /** Score rows of a run computed before V12_1 become its documents, read as they were stored. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void migrationWritesEarlierScoreRowsAsDocuments(TestDatabase db) throws SQLException {
        DataSource ds = db.createAt("12.0");
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO ranking_group (id, code, name) VALUES (1, 'G', '组')");
            s.execute("INSERT INTO unit (id, code, name, category, ranking_group_id) VALUES (1, 'U1', '甲', 'TOWN', 1),"
                    + " (2, 'U2', '乙', 'TOWN', 1)");
            s.execute("INSERT INTO appraisal_scheme (id, name, period_from, period_to, status, excellent_min, good_min,"
                    + " pass_min, objection_days) VALUES (1, 'S', DATE '2025-01-01', DATE '2025-12-31', 'DRAFT', 90, 80,"
                    + " 60, 5)");
            for (long id = 12; id <= 14; id++) {
                s.execute("INSERT INTO appraisal_indicator (id, scheme_id, code, name, indicator_level, sort_order,"
                        + " points) VALUES (" + id + ", 1, 'I" + id + "', '指标', 1, " + id + ", 10)");
            }
            s.execute("INSERT INTO appraisal_run (id, scheme_id, period_from, period_to, revision, status,"
                    + " computed_at, computed_by) VALUES (1, 1, DATE '2025-01-01', DATE '2025-12-31', 0, 'DRAFT',"
                    + " TIMESTAMP '2026-01-05 10:00:00', 'assessor')");
            for (long unit = 1; unit <= 2; unit++) {
                s.execute("INSERT INTO appraisal_unit_result (run_id, unit_id, ranking_group_id, base_total,"
                        + " bonus_total, total, veto_count, rank_no, position_no, grade) VALUES (1, " + unit
                        + ", 1, 11.50, 0, 11.50, 1, " + unit + ", " + unit + ", 'FAIL')");
            }
            // unit 1 has the three scores (inserted out of order); unit 2 none
            for (IndicatorScore x : List.of(VETO, MANUAL, RATE)) {
                s.execute("INSERT INTO appraisal_indicator_score (run_id, unit_id, indicator_id, points, score, lost,"
                        + " metric_value, veto, note, formula) VALUES (1, 1, " + x.indicatorId() + ", " + x.points()
                        + ", " + x.score() + ", " + x.lost() + ", " + x.metricValue() + ", " + x.veto() + ", '"
                        + x.note() + "', '" + x.formula() + "')");
            }
        }
        ApplicationStartup.migrate(ds);
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT unit_id, indicator_scores FROM appraisal_unit_result ORDER BY unit_id")) {
            r.next();
            Map<Long, IndicatorScore> one = ScoreDocument.read(r.getString(2));
            assertEquals(List.of(12L, 13L, 14L), List.copyOf(one.keySet()));
            assertEquals(RATE, one.get(12L));
            assertEquals(VETO, one.get(13L));
            assertEquals(MANUAL, one.get(14L));
            r.next();
            assertEquals(Map.of(), ScoreDocument.read(r.getString(2)), "a unit without score rows");
        }
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT run_id, indicator_id FROM appraisal_run_indicator ORDER BY indicator_id")) {
            for (long id = 12; id <= 14; id++) {
                r.next();
                assertEquals(id, r.getLong(2), "scored indicators kept");
            }
            assertEquals(false, r.next());
        }
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
