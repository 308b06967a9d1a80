package org.kaocheng.calendar.domain;

/** What the State Council made of a day. */
public enum DayKind {
    /** 放假: no work, whatever the weekday. */
    HOLIDAY,
    /** 调休上班: a working day, usually a Saturday or Sunday. */
    MAKEUP_WORKDAY
}
