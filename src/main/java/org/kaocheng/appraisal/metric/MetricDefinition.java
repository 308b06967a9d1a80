package org.kaocheng.appraisal.metric;

/**
 * One metric of the catalogue.
 *
 * @param code     stable identifier stored in schemes, e.g. {@code proactive.onTimeRate}
 * @param labelKey key of its name in the messages bundle
 * @param kind     how the value reads
 */
public record MetricDefinition(String code, String labelKey, MetricKind kind) {}
