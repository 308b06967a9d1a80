/**
 * The metric catalogue of the appraisal: each capability contributes a CDI bean implementing
 * {@link org.kaocheng.appraisal.metric.MetricSource} for the figures it records (on-time rates,
 * overdue counts, coverage, turnover...). The appraisal scores units with them and explains
 * every lost point with the records a source lists.
 */
package org.kaocheng.appraisal.metric;
