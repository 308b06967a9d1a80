package org.kaocheng.appraisal.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaocheng.appraisal.metric.MetricDefinition;
import org.kaocheng.appraisal.metric.MetricKind;
import org.kaocheng.appraisal.metric.MetricRecord;
import org.kaocheng.appraisal.metric.MetricSource;

/** A metric source with fixed values that counts how often values() is asked per metric. */
class FixedMetricSource implements MetricSource {

    final Map<String, Map<Long, BigDecimal>> values = new HashMap<>();
    final Map<String, Integer> calls = new HashMap<>();
    final List<String> asked = new ArrayList<>();
    /** What records() answers; a test changes it to play a record corrected after publication. */
    String recordLabel = "逾期事项";

    FixedMetricSource put(String code, Long unitId, String value) {
        values.computeIfAbsent(code, k -> new HashMap<>()).put(unitId, new BigDecimal(value));
        return this;
    }

    @Override
    public List<MetricDefinition> metrics() {
        return List.of(
                new MetricDefinition("test.rate", "x", MetricKind.RATE),
                new MetricDefinition("test.count", "x", MetricKind.COUNT),
                new MetricDefinition("test.veto", "x", MetricKind.COUNT),
                new MetricDefinition("test.bonus", "x", MetricKind.COUNT));
    }

    @Override
    public Map<Long, BigDecimal> values(String metricCode, LocalDate from, LocalDate to) {
        calls.merge(metricCode, 1, Integer::sum);
        return values.getOrDefault(metricCode, Map.of());
    }

    @Override
    public Map<Long, List<MetricRecord>> records(
            String metricCode, Collection<Long> unitIds, LocalDate from, LocalDate to) {
        Map<Long, List<MetricRecord>> records = new LinkedHashMap<>();
        for (Long unitId : unitIds) {
            asked.add(metricCode + "/" + unitId + "/" + from + "/" + to);
            records.put(
                    unitId, List.of(new MetricRecord("metric.record.test", 7L, recordLabel, "逾期 3 个工作日", "/x?id=7")));
        }
        return records;
    }
}
