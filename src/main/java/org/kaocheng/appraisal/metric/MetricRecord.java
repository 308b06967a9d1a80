package org.kaocheng.appraisal.metric;

/**
 * A record behind a metric value, shown in a unit's score explanation.
 *
 * @param type   what the record is, as a message key (e.g. {@code metric.record.proactiveItem})
 * @param id     its id
 * @param label  what identifies it to a person (title, name, subject)
 * @param detail why it counts (e.g. "late by 3 working days")
 * @param link   the page showing it, relative to the application root, or null
 */
public record MetricRecord(String type, Long id, String label, String detail, String link) {}
