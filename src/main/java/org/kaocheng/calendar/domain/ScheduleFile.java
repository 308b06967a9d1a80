package org.kaocheng.calendar.domain;

import java.time.LocalDate;
import java.util.List;

/** A year's schedule read from a holiday-cn JSON file: its notices (papers) and its days. */
public record ScheduleFile(int year, List<String> papers, List<ScheduledDay> days) {

    public ScheduleFile {
        papers = List.copyOf(papers);
        days = List.copyOf(days);
    }

    /**
     * Whether a day may belong to the schedule of {@code year}: a notice fixes days of its year
     * and, around New Year, of the adjoining December or January.
     */
    public static boolean withinScheduleWindow(int year, LocalDate day) {
        return day.getYear() == year
                || (day.getYear() == year - 1 && day.getMonthValue() == 12)
                || (day.getYear() == year + 1 && day.getMonthValue() == 1);
    }
}
