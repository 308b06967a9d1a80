/**
 * The statutory working-day calendar (工作日历): the State Council's holiday and make-up
 * working-day schedules (shipped 2018-2026, imported or edited by administrators), working-day
 * arithmetic in O(1) from precomputed arrays, the {@code calendar_day} table that lets SQL
 * compute the same deadlines, and the public deadline calculator (page and JSON API).
 * A year without a published schedule is counted on weekends only and every answer touching it
 * is marked provisional.
 */
package org.kaocheng.calendar;
