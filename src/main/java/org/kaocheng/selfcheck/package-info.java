/**
 * Self-checks (自查, DOMAIN.md §8): checklist templates kept by assessors in versions, campaigns
 * that send a template version to units, each unit's self-check with answers and evidence
 * (佐证材料), the item-by-item review with the history of every round, reminders, exports, and
 * the self-check metrics of the appraisal.
 */
package org.kaocheng.selfcheck;
