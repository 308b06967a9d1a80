/**
 * Training (培训, DOMAIN.md §4): the course catalogue, sessions and their days, enrolment by
 * coordinators (individually, in bulk, by import) and nomination by units, a waitlist that moves
 * up on cancellation, attendance per session day, completion by the course's rule with hours and
 * a verifiable certificate code, induction requirements of new postings, and the coverage of
 * each unit's disclosure staff per year (computed in SQL, also an appraisal metric source).
 */
package org.kaocheng.training;
