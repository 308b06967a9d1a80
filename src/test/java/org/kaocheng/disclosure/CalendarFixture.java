package org.kaocheng.disclosure;

import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kaocheng.calendar.application.DueDate;
import org.kaocheng.calendar.application.WorkingDayCalendar;

/**
 * A working-day calendar for tests (the real one is the calendar capability's): weekends plus
 * the holidays and make-up days listed, over a range of days; years listed as provisional count
 * weekends only. It answers in Java and fills {@code calendar_day} with the same days and seq,
 * so that SQL and Java can be compared.
 */
public final class CalendarFixture implements WorkingDayCalendar {

    /** State Council schedules of 2024 and 2025 (holiday-cn); 2026 is treated as not yet published. */
    public static final CalendarFixture CHINA_2024_2026 = new CalendarFixture(
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2026, 12, 31),
            days(
                    "2024-01-01",
                    "2024-02-10",
                    "2024-02-11",
                    "2024-02-12",
                    "2024-02-13",
                    "2024-02-14",
                    "2024-02-15",
                    "2024-02-16",
                    "2024-02-17",
                    "2024-04-04",
                    "2024-04-05",
                    "2024-04-06",
                    "2024-05-01",
                    "2024-05-02",
                    "2024-05-03",
                    "2024-05-04",
                    "2024-05-05",
                    "2024-06-10",
                    "2024-09-15",
                    "2024-09-16",
                    "2024-09-17",
                    "2024-10-01",
                    "2024-10-02",
                    "2024-10-03",
                    "2024-10-04",
                    "2024-10-05",
                    "2024-10-06",
                    "2024-10-07",
                    "2025-01-01",
                    "2025-01-28",
                    "2025-01-29",
                    "2025-01-30",
                    "2025-01-31",
                    "2025-02-01",
                    "2025-02-02",
                    "2025-02-03",
                    "2025-02-04",
                    "2025-04-04",
                    "2025-04-05",
                    "2025-04-06",
                    "2025-05-01",
                    "2025-05-02",
                    "2025-05-03",
                    "2025-05-04",
                    "2025-05-05",
                    "2025-05-31",
                    "2025-06-01",
                    "2025-06-02",
                    "2025-10-01",
                    "2025-10-02",
                    "2025-10-03",
                    "2025-10-04",
                    "2025-10-05",
                    "2025-10-06",
                    "2025-10-07",
                    "2025-10-08"),
            days(
                    "2024-02-04",
                    "2024-02-18",
                    "2024-04-07",
                    "2024-04-28",
                    "2024-05-11",
                    "2024-09-14",
                    "2024-09-29",
                    "2024-10-12",
                    "2025-01-26",
                    "2025-02-08",
                    "2025-04-27",
                    "2025-09-28",
                    "2025-10-11"),
            Set.of(2026));

    private final LocalDate first;
    private final LocalDate last;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpDays;
    private final Set<Integer> provisionalYears;
    private final TreeMap<LocalDate, Integer> seq = new TreeMap<>();

    public CalendarFixture(
            LocalDate first,
            LocalDate last,
            Set<LocalDate> holidays,
            Set<LocalDate> makeUpDays,
            Set<Integer> provisionalYears) {
        this.first = first;
        this.last = last;
        this.holidays = holidays;
        this.makeUpDays = makeUpDays;
        this.provisionalYears = provisionalYears;
        int n = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
            seq.put(d, n);
        }
    }

    private static Set<LocalDate> days(String... isoDays) {
        return Stream.of(isoDays).map(LocalDate::parse).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (isProvisional(day)) {
            return !weekend;
        }
        return makeUpDays.contains(day) || (!weekend && !holidays.contains(day));
    }

    @Override
    public boolean isProvisional(LocalDate day) {
        return provisionalYears.contains(day.getYear());
    }

    @Override
    public DueDate addWorkingDays(LocalDate from, int workingDays) {
        List<LocalDate> skipped = new ArrayList<>();
        List<LocalDate> madeUp = new ArrayList<>();
        LocalDate d = from;
        boolean provisional = isProvisional(from);
        int counted = 0;
        while (counted < workingDays) {
            d = d.plusDays(1);
            requireInRange(d);
            provisional |= isProvisional(d);
            if (isWorkingDay(d)) {
                counted++;
                if (makeUpDays.contains(d)) {
                    madeUp.add(d);
                }
            } else if (holidays.contains(d)) {
                skipped.add(d);
            }
        }
        return new DueDate(d, provisional, skipped, madeUp);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        requireInRange(from);
        requireInRange(to);
        return seq.get(to) - seq.get(from);
    }

    private void requireInRange(LocalDate d) {
        if (d.isBefore(first) || d.isAfter(last)) {
            throw new IllegalArgumentException(d + " outside the fixture calendar");
        }
    }

    /**
     * Replaces calendar_day with the days of this range (multi-row inserts). Whatever the
     * migrations put there goes first: seq must count from one first day for the whole table.
     */
    public void insert(EntityManager em) {
        em.createNativeQuery("DELETE FROM calendar_day").executeUpdate();
        StringBuilder sql = new StringBuilder();
        int rows = 0;
        for (var e : seq.entrySet()) {
            LocalDate d = e.getKey();
            sql.append(rows == 0 ? "INSERT INTO calendar_day (day, working, seq, provisional) VALUES " : ", ")
                    .append("(DATE '")
                    .append(d)
                    .append("', ")
                    .append(isWorkingDay(d))
                    .append(", ")
                    .append(e.getValue())
                    .append(", ")
                    .append(isProvisional(d))
                    .append(')');
            if (++rows == 200) {
                em.createNativeQuery(sql.toString()).executeUpdate();
                sql.setLength(0);
                rows = 0;
            }
        }
        if (rows > 0) {
            em.createNativeQuery(sql.toString()).executeUpdate();
        }
    }
}
