package org.kaocheng.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaocheng.appraisal.metric.MetricDefinition;
import org.kaocheng.appraisal.metric.MetricKind;
import org.kaocheng.appraisal.metric.MetricRecord;
import org.kaocheng.appraisal.metric.MetricSource;

/**
 * Training's appraisal metrics: the coverage rate of each unit's disclosure staff, and the
 * inductions that fell due without being done in time. Values for all units come from one SQL
 * statement; the records are the untrained people and the overdue inductions.
 */
@ApplicationScoped
public class TrainingMetricSource implements MetricSource {

    public static final String COVERAGE_RATE = "training.coverageRate";
    public static final String OVERDUE_INDUCTIONS = "training.overdueInductions";

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    TrainingSettings settings;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public List<MetricDefinition> metrics() {
        return List.of(
                new MetricDefinition(COVERAGE_RATE, "training.metric.coverageRate", MetricKind.RATE),
                new MetricDefinition(OVERDUE_INDUCTIONS, "training.metric.overdueInductions", MetricKind.COUNT));
    }

    @Override
    public Map<Long, BigDecimal> values(String metricCode, LocalDate from, LocalDate to) {
        return values(List.of(metricCode), from, to).get(metricCode);
    }

    /** Both metrics are columns of the coverage statement: it runs once for both. */
    @Override
    public Map<String, Map<Long, BigDecimal>> values(Collection<String> metricCodes, LocalDate from, LocalDate to) {
        for (String metricCode : metricCodes) {
            if (!COVERAGE_RATE.equals(metricCode) && !OVERDUE_INDUCTIONS.equals(metricCode)) {
                throw new IllegalArgumentException("unknown metric " + metricCode);
            }
        }
        Map<Long, BigDecimal> coverage = new HashMap<>();
        Map<Long, BigDecimal> overdue = new HashMap<>();
        for (CoverageRow row :
                CoverageQuery.run(em, from, to, LocalDate.now(clock), settings.requiredHoursPerYear(), null)) {
            if (row.getCoverageRate() != null) {
                coverage.put(row.unitId(), row.getCoverageRate());
            }
            overdue.put(row.unitId(), BigDecimal.valueOf(row.overdueInductions()));
        }
        Map<String, Map<Long, BigDecimal>> values = new LinkedHashMap<>();
        for (String metricCode : metricCodes) {
            values.put(metricCode, COVERAGE_RATE.equals(metricCode) ? coverage : overdue);
        }
        return values;
    }

    @Override
    public Map<Long, List<MetricRecord>> records(
            String metricCode, Collection<Long> unitIds, LocalDate from, LocalDate to) {
        Long unit = MetricSource.onlyUnit(unitIds);
        LocalDate today = LocalDate.now(clock);
        return switch (metricCode) {
            case COVERAGE_RATE -> {
                BigDecimal required = settings.requiredHoursPerYear();
                yield MetricSource.byUnit(
                        unitIds,
                        CoverageQuery.people(em, from, to, today, required, unit).stream()
                                .filter(p -> !p.trained())
                                .toList(),
                        CoverageQuery.CoveredPerson::unitId,
                        p -> new MetricRecord(
                                "training.record.untrained",
                                p.staffId(),
                                p.name(),
                                MetricRecord.detail(
                                        "training.metric.detail.hours",
                                        p.hours().stripTrailingZeros().toPlainString(),
                                        required.stripTrailingZeros().toPlainString()),
                                "/training/transcript.xhtml?staff=" + p.staffId()));
            }
            case OVERDUE_INDUCTIONS ->
                MetricSource.byUnit(
                        unitIds,
                        CoverageQuery.overdue(em, from, to, today, unit),
                        CoverageQuery.OverdueInduction::unitId,
                        o -> new MetricRecord(
                                "training.record.overdueInduction",
                                o.requirementId(),
                                o.name(),
                                o.closedOn() == null
                                        ? MetricRecord.detail(
                                                "training.metric.detail.induction",
                                                MetricRecord.label("posting.postType." + o.postType()),
                                                o.postingStart(),
                                                o.dueOn())
                                        : MetricRecord.detail(
                                                "training.metric.detail.inductionLate",
                                                MetricRecord.label("posting.postType." + o.postType()),
                                                o.postingStart(),
                                                o.dueOn(),
                                                o.closedOn()),
                                "/training/transcript.xhtml?staff=" + o.staffId()));
            default -> throw new IllegalArgumentException("unknown metric " + metricCode);
        };
    }
}
