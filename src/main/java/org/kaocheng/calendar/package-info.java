/**
 * The statutory working-day calendar (工作日历): the State Council's holiday and make-up
 * working-day schedules (2018-2026 shipped by migration from NateScarlet/holiday-cn, MIT; later
 * years imported or edited by administrators), working-day arithmetic in O(1) from precomputed
 * arrays, the {@code calendar_day} table that lets SQL compute the same deadlines, and the
 * public deadline calculator (page and JSON API). A year without a published schedule is
 * counted on weekends only and every answer touching it is marked provisional.
 *
 * <p>For other capabilities:
 * <ul>
 * <li>Java: inject {@link org.kaocheng.calendar.application.WorkingDayCalendar} (or
 * {@link org.kaocheng.calendar.application.CalendarService#dueDate}); day D is day zero and the
 * deadline is the N-th working day after it.</li>
 * <li>SQL: {@link org.kaocheng.calendar.application.CalendarSql#dueDate(String, String)} gives the
 * same due date as a scalar subquery over {@code calendar_day} (tested equal to Java on H2 and
 * PostgreSQL), {@link org.kaocheng.calendar.application.CalendarSql#PROVISIONAL} whether it is
 * provisional; working days in (a, b] are {@code seq(b) - seq(a)}.</li>
 * <li>Changes: observe {@link org.kaocheng.calendar.application.CalendarChanged} (e.g. with
 * {@code during = AFTER_SUCCESS}) to recompute stored deadlines, for instance the provisional ones
 * of a year whose schedule has just been imported.</li>
 * </ul>
 */
package org.kaocheng.calendar;
