package org.kaocheng.appraisal.metric;

/** How a metric value reads. */
public enum MetricKind {
    /** A fraction between 0 and 1 (e.g. on-time rate). */
    RATE,
    /** A number of occurrences (e.g. overdue applications). */
    COUNT,
    /** A number of days (e.g. vacancy days). */
    DAYS
}
