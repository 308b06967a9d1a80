package org.kaocheng.calendar.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One day of a published schedule: a holiday or a make-up working day, with its festival name. */
public record ScheduledDay(LocalDate day, DayKind kind, String name) {

    public ScheduledDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
    }

    public boolean isHoliday() {
        return kind == DayKind.HOLIDAY;
    }
}
