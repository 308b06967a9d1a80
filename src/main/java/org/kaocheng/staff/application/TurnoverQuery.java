package org.kaocheng.staff.application;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turnover of every unit (or one) in a year, computed and sorted (highest rate first) by the
 * database in one statement. The
 * same SQL runs on H2 and PostgreSQL; the calendar table {@code calendar_day} (2018 to at
 * least 2030) enumerates the days of the year for the vacancy count.
 */
public final class TurnoverQuery {

    private static final String SQL = """
            WITH heads AS (
              SELECT p.unit_id,
                COUNT(DISTINCT CASE WHEN p.start_date <= ?1 AND (p.end_date IS NULL OR p.end_date > ?1)
                      THEN p.staff_id END) AS head_start,
                COUNT(DISTINCT CASE WHEN p.start_date <= ?2 AND (p.end_date IS NULL OR p.end_date > ?2)
                      THEN p.staff_id END) AS head_end
              FROM posting p GROUP BY p.unit_id
            ), arrivals AS (
              SELECT x.unit_id, COUNT(*) AS joiners FROM (
                SELECT DISTINCT p.unit_id, p.staff_id, p.start_date FROM posting p
                WHERE p.start_date >= ?1 AND p.start_date <= ?2
                  AND NOT EXISTS (SELECT 1 FROM posting q WHERE q.staff_id = p.staff_id AND q.unit_id = p.unit_id
                      AND q.start_date < p.start_date AND (q.end_date IS NULL OR q.end_date >= p.start_date))
              ) x GROUP BY x.unit_id
            ), departures AS (
              SELECT x.unit_id, COUNT(*) AS leavers FROM (
                SELECT DISTINCT p.unit_id, p.staff_id, p.end_date FROM posting p
                WHERE p.end_date >= ?1 AND p.end_date <= ?2
                  AND NOT EXISTS (SELECT 1 FROM posting q WHERE q.staff_id = p.staff_id AND q.unit_id = p.unit_id
                      AND q.start_date <= p.end_date AND (q.end_date IS NULL OR q.end_date > p.end_date))
              ) x GROUP BY x.unit_id
            ), multi AS (
              SELECT p.unit_id, COUNT(DISTINCT p.staff_id) AS holders FROM posting p
              WHERE p.start_date <= ?3 AND (p.end_date IS NULL OR p.end_date > ?3)
                AND (SELECT COUNT(*) FROM posting q WHERE q.staff_id = p.staff_id
                     AND q.start_date <= ?3 AND (q.end_date IS NULL OR q.end_date > ?3)) >= 2
              GROUP BY p.unit_id
            ), vacancies AS (
              SELECT u.id AS unit_id, COUNT(*) AS vacancy_days
              FROM unit u JOIN calendar_day c ON c.day >= ?1 AND c.day <= ?3
              WHERE NOT EXISTS (SELECT 1 FROM posting p WHERE p.unit_id = u.id AND p.post_type = 'DESIGNATED_OFFICER'
                  AND p.start_date <= c.day AND (p.end_date IS NULL OR p.end_date > c.day))
              GROUP BY u.id
            )
            SELECT u.id, u.code, u.name, g.name,
              COALESCE(h.head_start, 0), COALESCE(h.head_end, 0), COALESCE(a.joiners, 0),
              COALESCE(d.leavers, 0), COALESCE(m.holders, 0), COALESCE(v.vacancy_days, 0)
            FROM unit u
              LEFT JOIN ranking_group g ON g.id = u.ranking_group_id
              LEFT JOIN heads h ON h.unit_id = u.id
              LEFT JOIN arrivals a ON a.unit_id = u.id
              LEFT JOIN departures d ON d.unit_id = u.id
              LEFT JOIN multi m ON m.unit_id = u.id
              LEFT JOIN vacancies v ON v.unit_id = u.id
            WHERE (u.active = TRUE OR u.closed_on >= ?1) AND (CAST(?5 AS BIGINT) IS NULL OR u.id = CAST(?5 AS BIGINT))
            ORDER BY CASE WHEN COALESCE(h.head_start, 0) + COALESCE(h.head_end, 0) = 0 THEN NULL
                ELSE CAST(2 * COALESCE(d.leavers, 0) AS DECIMAL(12, 4)) / (h.head_start + h.head_end) END DESC NULLS LAST,
              u.code
            """;

    private TurnoverQuery() {}

    /**
     * @param asOf the last day counted for vacancies and concurrent posts: 31 December, or
     *             today while the year is running
     */
    public static List<TurnoverRow> run(EntityManager em, int year, LocalDate asOf, Long unitId) {
        return run(em, year, asOf, unitId, Integer.MAX_VALUE);
    }

    /** The first {@code maxRows} units by turnover rate; the database applies the limit. */
    public static List<TurnoverRow> run(EntityManager em, int year, LocalDate asOf, Long unitId, int maxRows) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate until = asOf.isAfter(last) ? last : asOf;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL)
                .setParameter(1, Date.valueOf(first))
                .setParameter(2, Date.valueOf(last))
                .setParameter(3, Date.valueOf(until))
                .setParameter(5, unitId)
                .setMaxResults(maxRows)
                .getResultList();
        List<TurnoverRow> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            result.add(new TurnoverRow(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    ((Number) r[4]).intValue(),
                    ((Number) r[5]).intValue(),
                    ((Number) r[6]).intValue(),
                    ((Number) r[7]).intValue(),
                    ((Number) r[8]).intValue(),
                    ((Number) r[9]).intValue()));
        }
        return result;
    }
}
