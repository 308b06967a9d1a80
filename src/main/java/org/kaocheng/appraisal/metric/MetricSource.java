package org.kaocheng.appraisal.metric;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
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

    /**
     * The values of several of this source's metrics for the same period, by metric code (what a
     * run asks for). A source whose metrics are columns of one statement overrides this to run
     * that statement once rather than once per metric.
     */
    default Map<String, Map<Long, BigDecimal>> values(Collection<String> metricCodes, LocalDate from, LocalDate to) {
        Map<String, Map<Long, BigDecimal>> values = new LinkedHashMap<>();
        for (String code : metricCodes) {
            values.put(code, values(code, from, to));
        }
        return values;
    }

    /** The records behind one unit's value: the late items, the untrained staff, and so on. */
    List<MetricRecord> records(String metricCode, Long unitId, LocalDate from, LocalDate to);
}
