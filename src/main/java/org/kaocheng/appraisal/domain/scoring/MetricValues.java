package org.kaocheng.appraisal.domain.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The metric values of a run: which metrics had a source, per metric the value of every unit
 * that has one, and which metrics are rates (0–1, written as per cent in a score's arithmetic).
 */
public record MetricValues(Set<String> available, Map<String, Map<Long, BigDecimal>> values, Set<String> rates) {

    public MetricValues(Set<String> available, Map<String, Map<Long, BigDecimal>> values) {
        this(available, values, Set.of());
    }

    public MetricValues {
        rates = Set.copyOf(rates);
        available = Set.copyOf(available);
        Map<String, Map<Long, BigDecimal>> copy = new HashMap<>();
        values.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        values = Map.copyOf(copy);
    }

    /** The same values, with the metrics that are rates. */
    public MetricValues withRates(Set<String> rateCodes) {
        return new MetricValues(available, values, rateCodes);
    }

    public boolean isRate(String metricCode) {
        return rates.contains(metricCode);
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
