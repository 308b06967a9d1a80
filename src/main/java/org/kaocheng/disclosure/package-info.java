/**
 * Disclosure records and their timeliness (DOMAIN.md §3, §5): proactive items (主动公开) and policy
 * interpretations (政策解读) with duplicate detection, applications (依申请公开) with their statutory
 * timeline and review cases, new-media accounts (政务新媒体) with the update checks, the timeliness
 * dashboard, the appraisal metrics and the CMS API; and the registers of what the annual work
 * summary needs and nothing else records: press conferences and online interviews, responses to
 * public concerns, publicity events, reading points (查阅点) with their service entries. Deadlines
 * are never stored: they come from the working-day calendar ({@code calendar_day} in SQL,
 * {@code WorkingDayCalendar} in Java).
 */
package org.kaocheng.disclosure;
