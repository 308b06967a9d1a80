package org.kaocheng.selfcheck.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kaocheng.appraisal.metric.MetricDefinition;
import org.kaocheng.appraisal.metric.MetricKind;
import org.kaocheng.appraisal.metric.MetricRecord;
import org.kaocheng.appraisal.metric.MetricSource;
import org.kaocheng.selfcheck.domain.CampaignStatus;
import org.kaocheng.selfcheck.domain.CheckStatus;
import org.kaocheng.selfcheck.domain.SelfCheck;

/**
 * Self-check metrics of the appraisal, over the open campaigns whose closing date falls in the
 * period: the share of items accepted, the share of points given (provisional scores of accepted
 * items over all items' points), and late submissions (submitted late on a reopening, or not
 * submitted although the deadline has passed). Values for all units come from one grouped
 * query each.
 */
@ApplicationScoped
public class SelfCheckMetricSource implements MetricSource {

    public static final String ACCEPTED_SHARE = "selfcheck.acceptedShare";
    public static final String POINTS_SHARE = "selfcheck.pointsShare";
    public static final String LATE_SUBMISSIONS = "selfcheck.lateCount";

    private static final String FROM_PERIOD = " FROM self_check_answer a"
            + " JOIN self_check s ON s.id = a.self_check_id"
            + " JOIN sc_campaign c ON c.id = s.campaign_id"
            + " JOIN checklist_item i ON i.id = a.item_id"
            + " WHERE c.status = 'OPEN' AND c.closes_on >= CAST(?1 AS DATE) AND c.closes_on <= CAST(?2 AS DATE)";

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public List<MetricDefinition> metrics() {
        return List.of(
                new MetricDefinition(ACCEPTED_SHARE, "selfcheck.metric.acceptedShare", MetricKind.RATE),
                new MetricDefinition(POINTS_SHARE, "selfcheck.metric.pointsShare", MetricKind.RATE),
                new MetricDefinition(LATE_SUBMISSIONS, "selfcheck.metric.lateSubmissions", MetricKind.COUNT));
    }

    @Override
    public Map<Long, BigDecimal> values(String metricCode, LocalDate from, LocalDate to) {
        return switch (metricCode) {
            case ACCEPTED_SHARE ->
                ratio(
                        "SELECT s.unit_id, SUM(CASE WHEN a.status = 'ACCEPTED' THEN 1 ELSE 0 END)," + " COUNT(*)"
                                + FROM_PERIOD + " GROUP BY s.unit_id",
                        from,
                        to);
            case POINTS_SHARE ->
                ratio(
                        "SELECT s.unit_id, SUM(CASE WHEN a.status = 'ACCEPTED'"
                                + " THEN COALESCE(a.provisional_score, 0) ELSE 0 END), SUM(i.points)" + FROM_PERIOD
                                + " GROUP BY s.unit_id",
                        from,
                        to);
            case LATE_SUBMISSIONS -> lateCounts(from, to);
            default -> throw new IllegalArgumentException("unknown metric " + metricCode);
        };
    }

    private Map<Long, BigDecimal> ratio(String sql, LocalDate from, LocalDate to) {
        Map<Long, BigDecimal> values = new HashMap<>();
        for (Object row : em.createNativeQuery(sql)
                .setParameter(1, from)
                .setParameter(2, to)
                .getResultList()) {
            Object[] r = (Object[]) row;
            BigDecimal denominator = new BigDecimal(r[2].toString());
            if (denominator.signum() > 0) {
                values.put(
                        ((Number) r[0]).longValue(),
                        new BigDecimal(r[1].toString()).divide(denominator, 4, RoundingMode.HALF_UP));
            }
        }
        return values;
    }

    private Map<Long, BigDecimal> lateCounts(LocalDate from, LocalDate to) {
        String sql = "SELECT s.unit_id, SUM(CASE WHEN s.late = TRUE OR (s.status IN ('NOT_STARTED', 'DRAFT')"
                + " AND c.closes_on < CAST(?3 AS DATE)"
                + " AND (s.reopened_until IS NULL OR s.reopened_until < CAST(?3 AS DATE))) THEN 1 ELSE 0 END)"
                + " FROM self_check s JOIN sc_campaign c ON c.id = s.campaign_id"
                + " WHERE c.status = 'OPEN' AND c.closes_on >= CAST(?1 AS DATE) AND c.closes_on <= CAST(?2 AS DATE)"
                + " GROUP BY s.unit_id";
        Map<Long, BigDecimal> values = new HashMap<>();
        for (Object row : em.createNativeQuery(sql)
                .setParameter(1, from)
                .setParameter(2, to)
                .setParameter(3, LocalDate.now(clock))
                .getResultList()) {
            Object[] r = (Object[]) row;
            values.put(((Number) r[0]).longValue(), new BigDecimal(r[1].toString()));
        }
        return values;
    }

    @Override
    public Map<Long, List<MetricRecord>> records(
            String metricCode, Collection<Long> unitIds, LocalDate from, LocalDate to) {
        Long unit = MetricSource.onlyUnit(unitIds);
        String ofUnit = unit == null ? "" : " AND s.unit.id = :unitId";
        return switch (metricCode) {
            case ACCEPTED_SHARE, POINTS_SHARE -> {
                // fields, not entities: a city's ≈ 20,000 answers with their items, self-checks and
                // units took seconds to build as entities
                TypedQuery<Object[]> query = em.createQuery(
                        "SELECT a.id, s.unit.id, c.periodLabel, i.code, i.question, a.status, a.provisionalScore,"
                                + " i.points, s.id FROM SelfCheckAnswer a JOIN a.item i JOIN a.selfCheck s"
                                + " JOIN s.campaign c"
                                + " WHERE c.status = :open AND c.closesOn BETWEEN :from AND :to" + ofUnit
                                + (metricCode.equals(ACCEPTED_SHARE)
                                        ? " AND a.status <> :accepted"
                                        : " AND (a.status <> :accepted OR a.provisionalScore IS NULL"
                                                + " OR a.provisionalScore < i.points)")
                                + " ORDER BY c.closesOn, i.code, a.id",
                        Object[].class);
                yield MetricSource.byUnit(
                        unitIds,
                        bind(query, unit, from, to)
                                .setParameter("accepted", CheckStatus.ACCEPTED)
                                .getResultList(),
                        r -> (Long) r[1],
                        r -> new MetricRecord(
                                "selfcheck.metric.record.item",
                                (Long) r[0],
                                r[2] + " " + r[3] + " " + r[4],
                                r[6] == null
                                        ? MetricRecord.detail(
                                                "selfcheck.metric.detail.item",
                                                MetricRecord.label("selfcheck.status." + r[5]))
                                        : MetricRecord.detail(
                                                "selfcheck.metric.detail.itemScored",
                                                MetricRecord.label("selfcheck.status." + r[5]),
                                                ((BigDecimal) r[6]).toPlainString(),
                                                ((BigDecimal) r[7]).toPlainString()),
                                "/selfcheck/selfcheck.xhtml?id=" + r[8]));
            }
            case LATE_SUBMISSIONS -> {
                LocalDate today = LocalDate.now(clock);
                TypedQuery<SelfCheck> query = em.createQuery(
                        "SELECT s FROM SelfCheck s JOIN FETCH s.campaign c JOIN FETCH s.unit"
                                + " WHERE c.status = :open AND c.closesOn BETWEEN :from AND :to" + ofUnit
                                + " ORDER BY c.closesOn, s.id",
                        SelfCheck.class);
                yield MetricSource.byUnit(
                        unitIds,
                        bind(query, unit, from, to).getResultList().stream()
                                .filter(s -> s.isLate() || s.isOverdue(today))
                                .toList(),
                        s -> s.getUnit().getId(),
                        s -> new MetricRecord(
                                "selfcheck.metric.record.selfCheck",
                                s.getId(),
                                s.getCampaign().getTitle(),
                                s.isLate()
                                        ? MetricRecord.detail(
                                                "selfcheck.metric.detail.late",
                                                s.getFirstSubmittedAt().toLocalDate(),
                                                s.getCampaign().getClosesOn())
                                        : MetricRecord.detail(
                                                "selfcheck.metric.detail.notSubmitted",
                                                s.getCampaign().getClosesOn()),
                                "/selfcheck/selfcheck.xhtml?id=" + s.getId()));
            }
            default -> throw new IllegalArgumentException("unknown metric " + metricCode);
        };
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Long unit, LocalDate from, LocalDate to) {
        if (unit != null) {
            query.setParameter("unitId", unit);
        }
        return query.setParameter("open", CampaignStatus.OPEN)
                .setParameter("from", from)
                .setParameter("to", to);
    }
}
