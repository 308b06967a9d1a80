package org.kaocheng.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The working-day calendar as immutable arrays, one entry per day from {@link #FIRST_DAY} to
 * {@link #lastDay()}, so that every question is answered in O(1) (or O(log n) plus the length of
 * an explanation list): no loop over days per question.
 *
 * <ul>
 * <li>{@code seq[i]}: working days from the first day up to and including day i (the same
 * number as {@code calendar_day.seq});</li>
 * <li>{@code dayBySeq[k]}: index of the working day whose seq is k (k &ge; 1);</li>
 * <li>{@code provisionalBefore[i]}: provisional days in [0, i), so "does (from, to] touch an
 * unpublished year" is one subtraction.</li>
 * </ul>
 * A day is a working day when it is Monday to Friday and not a holiday, or a make-up working day.
 * Days of every published schedule apply; a calendar year without a published schedule of its
 * own is provisional (weekends only, apart from any of its days an adjoining year's notice fixed).
 */
public final class CalendarSnapshot {

    /** The first day of the calendar and of the table {@code calendar_day}. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);
    /** The calendar runs at least to the end of this year ... */
    public static final int MIN_LAST_YEAR = 2030;
    /** ... and at least this many years past the latest published schedule. */
    public static final int YEARS_AFTER_LATEST_SCHEDULE = 4;

    private final long firstEpochDay;
    private final int size;
    private final boolean[] working;
    private final boolean[] provisional;
    private final int[] seq;
    private final int[] dayBySeq;
    private final int[] provisionalBefore;
    private final SortedSet<Integer> publishedYears;
    private final long[] holidays;
    private final long[] makeUpDays;
    private final ScheduledDay[] scheduledByIndex;

    private CalendarSnapshot(Collection<Integer> published, Collection<ScheduledDay> days) {
        this.publishedYears = Collections.unmodifiableSortedSet(new TreeSet<>(published));
        int lastYear = Math.max(
                MIN_LAST_YEAR, publishedYears.isEmpty() ? 0 : publishedYears.last() + YEARS_AFTER_LATEST_SCHEDULE);
        this.firstEpochDay = FIRST_DAY.toEpochDay();
        this.size = (int) (LocalDate.of(lastYear, 12, 31).toEpochDay() - firstEpochDay + 1);
        this.working = new boolean[size];
        this.provisional = new boolean[size];
        this.scheduledByIndex = new ScheduledDay[size];
        for (ScheduledDay d : days) {
            long i = d.day().toEpochDay() - firstEpochDay;
            if (i >= 0 && i < size) {
                scheduledByIndex[(int) i] = d;
            }
        }
        this.seq = new int[size];
        this.provisionalBefore = new int[size + 1];
        int[] bySeq = new int[size + 1];
        int count = 0;
        List<Long> holidayList = new ArrayList<>();
        List<Long> makeUpList = new ArrayList<>();
        LocalDate day = FIRST_DAY;
        for (int i = 0; i < size; i++, day = day.plusDays(1)) {
            ScheduledDay scheduled = scheduledByIndex[i];
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean isWorking;
            if (scheduled == null) {
                isWorking = !weekend;
            } else if (scheduled.isHoliday()) {
                isWorking = false;
                holidayList.add(firstEpochDay + i);
            } else {
                isWorking = true;
                makeUpList.add(firstEpochDay + i);
            }
            working[i] = isWorking;
            if (isWorking) {
                count++;
                bySeq[count] = i;
            }
            seq[i] = count;
            provisional[i] = !publishedYears.contains(day.getYear());
            provisionalBefore[i + 1] = provisionalBefore[i] + (provisional[i] ? 1 : 0);
        }
        this.dayBySeq = Arrays.copyOf(bySeq, count + 1);
        this.holidays = holidayList.stream().mapToLong(Long::longValue).toArray();
        this.makeUpDays = makeUpList.stream().mapToLong(Long::longValue).toArray();
    }

    /** The calendar of the given published schedule years and their holidays and make-up days. */
    public static CalendarSnapshot of(Collection<Integer> publishedYears, Collection<ScheduledDay> days) {
        return new CalendarSnapshot(publishedYears, days);
    }

    /** Result of adding working days, with the explanation lists. */
    public record Addition(
            LocalDate date, boolean provisional, List<LocalDate> skippedHolidays, List<LocalDate> countedMakeUpDays) {}

    /**
     * The N-th working day after {@code from} (day zero); N = 0 gives {@code from} itself.
     * The lists hold the holidays and make-up days in (from, due]; provisional when a day in
     * (from, due] belongs to a year without a published schedule.
     *
     * @throws IllegalArgumentException when N is negative or a date falls outside the calendar
     */
    public Addition addWorkingDays(LocalDate from, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + workingDays);
        }
        int i = index(from);
        if (workingDays == 0) {
            return new Addition(from, false, List.of(), List.of());
        }
        long target = (long) seq[i] + workingDays;
        if (target >= dayBySeq.length) {
            throw new IllegalArgumentException("the deadline falls after the end of the calendar (" + lastDay() + ")");
        }
        int due = dayBySeq[(int) target];
        boolean isProvisional = provisionalBefore[due + 1] - provisionalBefore[i + 1] > 0;
        return new Addition(dayAt(due), isProvisional, between(holidays, i, due), between(makeUpDays, i, due));
    }

    /** Working days in (from, to]; 0 when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        return seq[index(to)] - seq[index(from)];
    }

    /** Whether (from, to] touches a year without a published schedule. */
    public boolean provisionalBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return false;
        }
        return provisionalBefore[index(to) + 1] - provisionalBefore[index(from) + 1] > 0;
    }

    public boolean isWorkingDay(LocalDate day) {
        return working[index(day)];
    }

    /** Whether the day's year has no published schedule (weekends-only guess); any date. */
    public boolean isProvisional(LocalDate day) {
        return !publishedYears.contains(day.getYear());
    }

    public boolean isPublished(int year) {
        return publishedYears.contains(year);
    }

    public SortedSet<Integer> publishedYears() {
        return publishedYears;
    }

    /** The holiday or make-up day the schedule made of this day, if any. */
    public Optional<ScheduledDay> scheduled(LocalDate day) {
        long i = day.toEpochDay() - firstEpochDay;
        return i < 0 || i >= size ? Optional.empty() : Optional.ofNullable(scheduledByIndex[(int) i]);
    }

    public boolean contains(LocalDate day) {
        long i = day.toEpochDay() - firstEpochDay;
        return i >= 0 && i < size;
    }

    public LocalDate lastDay() {
        return dayAt(size - 1);
    }

    /** Number of days in the calendar (rows of {@code calendar_day}). */
    public int size() {
        return size;
    }

    public LocalDate dayAt(int index) {
        return LocalDate.ofEpochDay(firstEpochDay + index);
    }

    public boolean workingAt(int index) {
        return working[index];
    }

    public int seqAt(int index) {
        return seq[index];
    }

    public boolean provisionalAt(int index) {
        return provisional[index];
    }

    private int index(LocalDate day) {
        long i = day.toEpochDay() - firstEpochDay;
        if (i < 0 || i >= size) {
            throw new IllegalArgumentException(
                    day + " is outside the working-day calendar (" + FIRST_DAY + " to " + lastDay() + ")");
        }
        return (int) i;
    }

    /** Days of the sorted array in (index from, index to]: binary search, then the hits. */
    private List<LocalDate> between(long[] sorted, int fromIndex, int toIndex) {
        int start = insertionPoint(sorted, firstEpochDay + fromIndex + 1);
        int end = insertionPoint(sorted, firstEpochDay + toIndex + 1);
        List<LocalDate> result = new ArrayList<>(end - start);
        for (int k = start; k < end; k++) {
            result.add(LocalDate.ofEpochDay(sorted[k]));
        }
        return result;
    }

    private static int insertionPoint(long[] sorted, long key) {
        int found = Arrays.binarySearch(sorted, key);
        return found >= 0 ? found : -found - 1;
    }
}
