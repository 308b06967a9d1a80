package org.kaocheng.calendar.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A computed deadline: the date, whether it relies on a year without a published schedule,
 * and the holidays skipped and make-up working days counted on the way (for explanations).
 */
public record DueDate(
        LocalDate date, boolean provisional, List<LocalDate> skippedHolidays, List<LocalDate> countedMakeUpDays) {

    public DueDate {
        skippedHolidays = List.copyOf(skippedHolidays);
        countedMakeUpDays = List.copyOf(countedMakeUpDays);
    }
}
