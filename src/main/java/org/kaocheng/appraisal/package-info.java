/**
 * Appraisal (目标责任制考核): indicator schemes kept by assessors, the scoring engine that turns
 * the metric values contributed by every capability ({@link org.kaocheng.appraisal.metric}) into
 * each unit's sheet, rank in its ranking group and grade, and the workflow of a run: draft,
 * review with units' objections (申诉), publication and audited revisions.
 */
package org.kaocheng.appraisal;
