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
    default List<MetricRecord> records(String metricCode, Long unitId, LocalDate from, LocalDate to) {
        return records(metricCode, List.of(unitId), from, to).getOrDefault(unitId, List.of());
    }

    /**
     * The records behind the values of the given units, by unit (a unit without records may be
     * missing): one unit's for its sheet, all units' for the snapshot frozen when a run is
     * published. Sources read them with one statement per metric, filtered in SQL to the unit
     * when only one is asked for ({@link #onlyUnit}); a city's 1,000 units one by one took ≈ 2 s
     * each.
     */
    Map<Long, List<MetricRecord>> records(String metricCode, Collection<Long> unitIds, LocalDate from, LocalDate to);

    /** The unit when exactly one is asked for (to filter by in SQL), else null (read all, keep the asked). */
    static Long onlyUnit(Collection<Long> unitIds) {
        return unitIds.size() == 1 ? unitIds.iterator().next() : null;
    }

    /** Groups records of many units by unit, keeping only the asked units (a helper for implementations). */
    static <T> Map<Long, List<MetricRecord>> byUnit(
            Collection<Long> unitIds,
            List<T> rows,
            java.util.function.Function<T, Long> unit,
            java.util.function.Function<T, MetricRecord> record) {
        Map<Long, List<MetricRecord>> records = new LinkedHashMap<>();
        addByUnit(records, unitIds, rows, unit, record, Integer.MAX_VALUE);
        return records;
    }

    /** Adds the rows of the asked units to {@code into}, in their order, at most {@code max} per unit from these rows. */
    static <T> void addByUnit(
            Map<Long, List<MetricRecord>> into,
            Collection<Long> unitIds,
            List<T> rows,
            java.util.function.Function<T, Long> unit,
            java.util.function.Function<T, MetricRecord> record,
            int max) {
        java.util.Set<Long> wanted = new java.util.HashSet<>(unitIds);
        Map<Long, Integer> added = new java.util.HashMap<>();
        for (T row : rows) {
            Long unitId = unit.apply(row);
            if (wanted.contains(unitId) && added.merge(unitId, 1, Integer::sum) <= max) {
                into.computeIfAbsent(unitId, k -> new java.util.ArrayList<>()).add(record.apply(row));
            }
        }
    }
}
