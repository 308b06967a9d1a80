package org.kaocheng.appraisal.metric;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A capability's metrics for the appraisal. Implementations are {@code @ApplicationScoped} CDI
 * beans; values are computed by the database for all units at once (one query per metric, not
 * one per unit).
 */
public interface MetricSource {

    /** The metrics this source computes; codes are unique across all sources. */
    List<MetricDefinition> metrics();

    /**
     * The metric's value for every unit that has one in the period [from, to] (inclusive).
     * A unit missing from the map has no value (e.g. a rate with nothing to count).
     */
    Map<Long, BigDecimal> values(String metricCode, LocalDate from, LocalDate to);

    /** The records behind one unit's value: the late items, the untrained staff, and so on. */
    List<MetricRecord> records(String metricCode, Long unitId, LocalDate from, LocalDate to);
}
