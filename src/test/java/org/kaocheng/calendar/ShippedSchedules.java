package org.kaocheng.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.kaocheng.calendar.domain.CalendarSnapshot;
import org.kaocheng.calendar.domain.HolidayCnFormat;
import org.kaocheng.calendar.domain.ScheduleFile;
import org.kaocheng.calendar.domain.ScheduledDay;

/** The schedules the project ships (src/main/resources/org/kaocheng/calendar/holiday-cn). */
public final class ShippedSchedules {

    public static final int FIRST_YEAR = 2018;
    public static final int LAST_YEAR = 2026;

    private ShippedSchedules() {}

    public static byte[] bytes(int year) {
        try (InputStream in =
                ShippedSchedules.class.getResourceAsStream("/org/kaocheng/calendar/holiday-cn/" + year + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no shipped schedule for " + year);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ScheduleFile file(int year) {
        HolidayCnFormat.Result result = HolidayCnFormat.read(bytes(year), year);
        if (result instanceof HolidayCnFormat.Valid valid) {
            return valid.schedule();
        }
        throw new IllegalStateException("shipped " + year + " is invalid: " + result);
    }

    public static List<ScheduleFile> all() {
        List<ScheduleFile> files = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            files.add(file(year));
        }
        return files;
    }

    /** The calendar of the shipped schedules, built in Java only. */
    public static CalendarSnapshot snapshot() {
        List<Integer> years = new ArrayList<>();
        List<ScheduledDay> days = new ArrayList<>();
        for (ScheduleFile f : all()) {
            years.add(f.year());
            days.addAll(f.days());
        }
        return CalendarSnapshot.of(years, days);
    }
}
