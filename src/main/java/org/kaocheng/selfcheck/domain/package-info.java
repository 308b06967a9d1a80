/**
 * Self-check entities and their rules: template versions that freeze when used, campaigns,
 * each unit's self-check with its rounds (draft, submission by the deadline or a reopening,
 * item-by-item review, resubmission), the history of every round, and evidence whose type is
 * recognised from its content and whose name is never used as a path.
 */
package org.kaocheng.selfcheck.domain;
