package org.kaocheng.training.application;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Coverage per unit computed by the database in one statement (H2 and PostgreSQL alike):
 * <ul>
 * <li>active staff: people holding a disclosure posting in the unit on the reference day
 *     (the period's last day, or today while the period runs);</li>
 * <li>trained: those of them whose completions in the period add up to the required hours,
 *     whichever unit they completed them in;</li>
 * <li>overdue inductions: requirements of the unit due in the period before the reference day
 *     and not closed (fulfilled, or superseded by a move) by their due date.</li>
 * </ul>
 */
public final class CoverageQuery {

    // Derived tables rather than WITH: H2 2.2 (WildFly's h2-driver) evaluates parameters inside a
    // WITH clause wrongly (the CTE sees them as null), while derived tables bind them correctly.

    /** Staff holding a post in a unit on the reference day. ?1 reference day, ?5 one unit or null. */
    private static final String ACTIVE = """
            (SELECT DISTINCT p.unit_id, p.staff_id FROM posting p
             WHERE p.start_date <= CAST(?1 AS DATE) AND (p.end_date IS NULL OR p.end_date > CAST(?1 AS DATE))
               AND (CAST(?5 AS BIGINT) IS NULL OR p.unit_id = CAST(?5 AS BIGINT)))
            """;

    /** Completed hours per person in the period. ?2 period start, ?3 period end. */
    private static final String HOURS = """
            (SELECT c.staff_id, SUM(c.hours) AS total FROM training_completion c
             WHERE c.completed_on BETWEEN CAST(?2 AS DATE) AND CAST(?3 AS DATE)
             GROUP BY c.staff_id)
            """;

    private static final String OVERDUE_CONDITION = " " + """
            r.due_on >= CAST(?2 AS DATE) AND r.due_on < CAST(?1 AS DATE)
            AND NOT (r.status <> 'OPEN' AND r.closed_on IS NOT NULL AND r.closed_on <= r.due_on)
            """;

    /** ?4 required hours. */
    private static final String SQL = """
            SELECT u.id, u.code, u.name, COALESCE(pu.active_staff, 0), COALESCE(pu.trained, 0), COALESCE(o.n, 0)
            FROM unit u
            LEFT JOIN (
              SELECT a.unit_id, COUNT(*) AS active_staff,
                     SUM(CASE WHEN COALESCE(h.total, 0) >= CAST(?4 AS NUMERIC(7,1)) THEN 1 ELSE 0 END) AS trained
              FROM """ + ACTIVE + " a LEFT JOIN " + HOURS + """
               h ON h.staff_id = a.staff_id
              GROUP BY a.unit_id
            ) pu ON pu.unit_id = u.id
            LEFT JOIN (
              SELECT r.unit_id, COUNT(*) AS n FROM induction_requirement r WHERE""" + OVERDUE_CONDITION + """
              GROUP BY r.unit_id
            ) o ON o.unit_id = u.id
            WHERE (u.active = TRUE OR pu.unit_id IS NOT NULL OR o.unit_id IS NOT NULL)
              AND (CAST(?5 AS BIGINT) IS NULL OR u.id = CAST(?5 AS BIGINT))
            ORDER BY u.code
            """;

    private static final String PEOPLE_SQL = "SELECT s.id, s.name, COALESCE(h.total, 0), a.unit_id FROM " + ACTIVE
            + " a JOIN staff s ON s.id = a.staff_id LEFT JOIN " + HOURS + """
             h ON h.staff_id = a.staff_id
            WHERE (CAST(?4 AS NUMERIC(7,1)) IS NOT NULL)
            ORDER BY COALESCE(h.total, 0), s.name, s.id
            """;

    private static final String OVERDUE_SQL = """
            SELECT r.id, s.id, s.name, r.post_type, r.posting_start, r.due_on, r.status, r.closed_on, r.unit_id
            FROM induction_requirement r JOIN staff s ON s.id = r.staff_id
            WHERE (CAST(?5 AS BIGINT) IS NULL OR r.unit_id = CAST(?5 AS BIGINT)) AND CAST(?3 AS DATE) IS NOT NULL AND CAST(?4 AS NUMERIC(7,1)) IS NOT NULL
              AND""" + OVERDUE_CONDITION + """
            ORDER BY r.due_on, s.name, r.id
            """;

    /** A person behind a coverage figure (active in the unit) with their hours in the period. */
    public record CoveredPerson(Long staffId, String name, BigDecimal hours, boolean trained, Long unitId)
            implements java.io.Serializable {}

    /** An overdue induction behind a coverage figure. */
    public record OverdueInduction(
            Long requirementId,
            Long staffId,
            String name,
            String postType,
            LocalDate postingStart,
            LocalDate dueOn,
            String status,
            LocalDate closedOn,
            Long unitId)
            implements java.io.Serializable {}

    private CoverageQuery() {}

    /** The reference day of a period: its last day, or today while it runs. */
    public static LocalDate referenceDay(LocalDate to, LocalDate today) {
        return today.isBefore(to) ? today : to;
    }

    public static List<CoverageRow> run(
            EntityManager em, LocalDate from, LocalDate to, LocalDate today, BigDecimal requiredHours, Long unitId) {
        List<?> rows = bind(em.createNativeQuery(SQL), from, to, today, requiredHours, unitId)
                .getResultList();
        List<CoverageRow> result = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            result.add(new CoverageRow(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    ((Number) r[3]).intValue(),
                    ((Number) r[4]).intValue(),
                    ((Number) r[5]).intValue()));
        }
        return result;
    }

    /** The unit's active staff with their hours, least trained first (every unit's when null). */
    public static List<CoveredPerson> people(
            EntityManager em, LocalDate from, LocalDate to, LocalDate today, BigDecimal requiredHours, Long unitId) {
        List<?> rows = bind(em.createNativeQuery(PEOPLE_SQL), from, to, today, requiredHours, unitId)
                .getResultList();
        List<CoveredPerson> result = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            BigDecimal hours = new BigDecimal(r[2].toString());
            result.add(new CoveredPerson(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    hours,
                    hours.compareTo(requiredHours) >= 0,
                    ((Number) r[3]).longValue()));
        }
        return result;
    }

    /** The unit's overdue inductions of the period (every unit's when null). */
    public static List<OverdueInduction> overdue(
            EntityManager em, LocalDate from, LocalDate to, LocalDate today, Long unitId) {
        List<?> rows = bind(em.createNativeQuery(OVERDUE_SQL), from, to, today, BigDecimal.ZERO, unitId)
                .getResultList();
        List<OverdueInduction> result = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            result.add(new OverdueInduction(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    (String) r[2],
                    (String) r[3],
                    toDate(r[4]),
                    toDate(r[5]),
                    (String) r[6],
                    toDate(r[7]),
                    ((Number) r[8]).longValue()));
        }
        return result;
    }

    private static jakarta.persistence.Query bind(
            jakarta.persistence.Query q,
            LocalDate from,
            LocalDate to,
            LocalDate today,
            BigDecimal requiredHours,
            Long unitId) {
        return q.setParameter(1, Date.valueOf(referenceDay(to, today)))
                .setParameter(2, Date.valueOf(from))
                .setParameter(3, Date.valueOf(to))
                .setParameter(4, requiredHours)
                .setParameter(5, unitId);
    }

    private static LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }
}
