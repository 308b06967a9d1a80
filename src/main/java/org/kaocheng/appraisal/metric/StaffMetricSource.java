package org.kaocheng.appraisal.metric;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaocheng.staff.application.TurnoverRow;

/**
 * Staff metrics of the appraisal, from the postings the staff capability records (the same
 * rules as {@link org.kaocheng.staff.application.TurnoverQuery}, for any period of at most a
 * year): {@code staff.turnoverRate} = leavers of the unit's disclosure posts in the period /
 * average headcount on its first and last day; {@code staff.vacancyDays} = days of the period,
 * up to today, on which the unit had no active DESIGNATED_OFFICER posting. Each value is one
 * SQL statement for all units.
 */
@ApplicationScoped
public class StaffMetricSource implements MetricSource {

    public static final String TURNOVER_RATE = "staff.turnoverRate";
    public static final String VACANCY_DAYS = "staff.vacancyDays";

    /** A departure: the person holds no post in the unit the day their last one there ended. */
    private static final String DEPARTED = "p.end_date >= ?1 AND p.end_date <= ?2"
            + " AND NOT EXISTS (SELECT 1 FROM posting q WHERE q.staff_id = p.staff_id AND q.unit_id = p.unit_id"
            + " AND q.start_date <= p.end_date AND (q.end_date IS NULL OR q.end_date > p.end_date))";

    private static final String TURNOVER_SQL = """
            WITH heads AS (
              SELECT p.unit_id,
                COUNT(DISTINCT CASE WHEN p.start_date <= ?1 AND (p.end_date IS NULL OR p.end_date > ?1)
                      THEN p.staff_id END) AS head_start,
                COUNT(DISTINCT CASE WHEN p.start_date <= ?2 AND (p.end_date IS NULL OR p.end_date > ?2)
                      THEN p.staff_id END) AS head_end
              FROM posting p GROUP BY p.unit_id
            ), departures AS (
              SELECT x.unit_id, COUNT(*) AS leavers FROM (
                SELECT DISTINCT p.unit_id, p.staff_id, p.end_date FROM posting p WHERE %s
              ) x GROUP BY x.unit_id
            )
            SELECT h.unit_id, COALESCE(d.leavers, 0), h.head_start, h.head_end
            FROM heads h LEFT JOIN departures d ON d.unit_id = h.unit_id
            WHERE h.head_start + h.head_end > 0
            """.formatted(DEPARTED);

    /** Days enumerated by the calendar table {@code calendar_day} (as TurnoverQuery does). */
    private static final String VACANCY_SQL = """
            WITH vacancies AS (
              SELECT u.id AS unit_id, COUNT(*) AS vacancy_days
              FROM unit u JOIN calendar_day c ON c.day >= ?1 AND c.day <= ?2
              WHERE NOT EXISTS (SELECT 1 FROM posting p WHERE p.unit_id = u.id AND p.post_type = 'DESIGNATED_OFFICER'
                  AND p.start_date <= c.day AND (p.end_date IS NULL OR p.end_date > c.day))
              GROUP BY u.id
            )
            SELECT u.id, COALESCE(v.vacancy_days, 0) FROM unit u LEFT JOIN vacancies v ON v.unit_id = u.id
            WHERE u.active = TRUE OR u.closed_on >= ?1
            """;

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    Clock clock = Clock.systemDefaultZone();

    /** A source outside the container (tests, tools) on the given EntityManager and clock. */
    public static StaffMetricSource of(EntityManager em, Clock clock) {
        StaffMetricSource source = new StaffMetricSource();
        source.em = em;
        source.clock = clock;
        return source;
    }

    @Override
    public List<MetricDefinition> metrics() {
        return List.of(
                new MetricDefinition(TURNOVER_RATE, "appraisal.metric." + TURNOVER_RATE, MetricKind.RATE),
                new MetricDefinition(VACANCY_DAYS, "appraisal.metric." + VACANCY_DAYS, MetricKind.DAYS));
    }

    @Override
    public Map<Long, BigDecimal> values(String metricCode, LocalDate from, LocalDate to) {
        Map<Long, BigDecimal> values = new HashMap<>();
        if (TURNOVER_RATE.equals(metricCode)) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(TURNOVER_SQL)
                    .setParameter(1, Date.valueOf(from))
                    .setParameter(2, Date.valueOf(to))
                    .getResultList();
            for (Object[] r : rows) {
                values.put(
                        ((Number) r[0]).longValue(),
                        TurnoverRow.rate(
                                ((Number) r[1]).intValue(), ((Number) r[2]).intValue(), ((Number) r[3]).intValue()));
            }
        } else if (VACANCY_DAYS.equals(metricCode)) {
            LocalDate until = lastCountedDay(to);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(VACANCY_SQL)
                    .setParameter(1, Date.valueOf(from))
                    .setParameter(2, Date.valueOf(until))
                    .getResultList();
            for (Object[] r : rows) {
                values.put(((Number) r[0]).longValue(), BigDecimal.valueOf(((Number) r[1]).longValue()));
            }
        } else {
            throw new IllegalArgumentException("not a staff metric: " + metricCode);
        }
        return values;
    }

    /** Days after today are not counted: a vacancy is what happened, not what may. */
    private LocalDate lastCountedDay(LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        return to.isAfter(today) ? today : to;
    }

    @Override
    public Map<Long, List<MetricRecord>> records(
            String metricCode, Collection<Long> unitIds, LocalDate from, LocalDate to) {
        Long unit = MetricSource.onlyUnit(unitIds);
        if (TURNOVER_RATE.equals(metricCode)) {
            return leavers(unit, unitIds, from, to);
        }
        if (VACANCY_DAYS.equals(metricCode)) {
            return vacancies(unit, unitIds, from, lastCountedDay(to));
        }
        throw new IllegalArgumentException("not a staff metric: " + metricCode);
    }

    /** The people who left the units' disclosure posts in the period. */
    private Map<Long, List<MetricRecord>> leavers(Long unit, Collection<Long> unitIds, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT p.staff_id, s.name, p.end_date, MIN(p.end_kind), p.unit_id"
                        + " FROM posting p JOIN staff s ON s.id = p.staff_id"
                        + " WHERE (CAST(?3 AS BIGINT) IS NULL OR p.unit_id = CAST(?3 AS BIGINT)) AND " + DEPARTED
                        + " GROUP BY p.unit_id, p.staff_id, s.name, p.end_date ORDER BY p.end_date, s.name, p.staff_id")
                .setParameter(1, Date.valueOf(from))
                .setParameter(2, Date.valueOf(to))
                .setParameter(3, unit)
                .getResultList();
        return MetricSource.byUnit(unitIds, rows, r -> ((Number) r[4]).longValue(), r -> {
            Long staffId = ((Number) r[0]).longValue();
            return new MetricRecord(
                    "appraisal.record.leaver",
                    staffId,
                    (String) r[1],
                    r[3] == null
                            ? MetricRecord.detail("appraisal.metric.detail.left", toLocalDate(r[2]))
                            : MetricRecord.detail(
                                    "appraisal.metric.detail.leftAs",
                                    toLocalDate(r[2]),
                                    MetricRecord.label("posting.end." + r[3])),
                    "/staff/staff.xhtml?staffId=" + staffId);
        });
    }

    /** The stretches of days in the period with no designated officer (each unit's few postings, in order). */
    private Map<Long, List<MetricRecord>> vacancies(
            Long unit, Collection<Long> unitIds, LocalDate from, LocalDate until) {
        Map<Long, List<MetricRecord>> records = new LinkedHashMap<>();
        if (until.isBefore(from)) {
            return records;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT p.unit_id, p.start_date, p.end_date FROM posting p"
                        + " WHERE (CAST(?1 AS BIGINT) IS NULL OR p.unit_id = CAST(?1 AS BIGINT))"
                        + " AND p.post_type = 'DESIGNATED_OFFICER' AND p.start_date <= ?3 AND (p.end_date IS NULL OR p.end_date > ?2)"
                        + " ORDER BY p.unit_id, p.start_date")
                .setParameter(1, unit)
                .setParameter(2, Date.valueOf(from))
                .setParameter(3, Date.valueOf(until))
                .getResultList();
        Map<Long, List<Object[]>> postings = new HashMap<>();
        for (Object[] r : rows) {
            postings.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(r);
        }
        for (Long unitId : unitIds) {
            List<MetricRecord> gaps = gaps(unitId, postings.getOrDefault(unitId, List.of()), from, until);
            if (!gaps.isEmpty()) {
                records.put(unitId, gaps);
            }
        }
        return records;
    }

    /** The gaps between one unit's designated-officer postings (unit, start, end), by start. */
    private static List<MetricRecord> gaps(Long unitId, List<Object[]> postings, LocalDate from, LocalDate until) {
        List<MetricRecord> records = new ArrayList<>();
        LocalDate firstUncovered = from;
        for (Object[] r : postings) {
            LocalDate start = toLocalDate(r[1]);
            LocalDate end = r[2] == null ? null : toLocalDate(r[2]); // not held on the end date
            if (start.isAfter(firstUncovered)) {
                records.add(gap(unitId, firstUncovered, start.minusDays(1)));
            }
            if (end == null) {
                return records;
            }
            if (end.isAfter(firstUncovered)) {
                firstUncovered = end;
            }
        }
        if (!firstUncovered.isAfter(until)) {
            records.add(gap(unitId, firstUncovered, until));
        }
        return records;
    }

    private static MetricRecord gap(Long unitId, LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        return new MetricRecord(
                "appraisal.record.vacancy",
                null,
                first + " – " + last,
                MetricRecord.detail("appraisal.metric.detail.vacancy", days),
                "/staff/staff.xhtml?unitId=" + unitId);
    }

    private static LocalDate toLocalDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }
}
