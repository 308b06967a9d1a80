package org.kaocheng.appraisal.domain.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The metric values of a run: which metrics had a source, and per metric the value of every
 * unit that has one.
 */
public record MetricValues(Set<String> available, Map<String, Map<Long, BigDecimal>> values) {

    public MetricValues {
        available = Set.copyOf(available);
        Map<String, Map<Long, BigDecimal>> copy = new HashMap<>();
        values.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        values = Map.copyOf(copy);
    }

    public boolean isAvailable(String metricCode) {
        return available.contains(metricCode);
    }

    /** The unit's value, or null. */
    public BigDecimal value(String metricCode, Long unitId) {
        Map<Long, BigDecimal> perUnit = values.get(metricCode);
        return perUnit == null ? null : perUnit.get(unitId);
    }
}
