package org.kaocheng.calendar.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.kaocheng.calendar.domain.CalendarSnapshot;

/**
 * The working-day calendar of the stored schedules, answered from an in-memory
 * {@link CalendarSnapshot} (O(1) per question). The snapshot is built on first use, dropped when
 * this node commits a change ({@link CalendarChanged}), and, for the other nodes of a cluster,
 * reloaded when the stored schedules' fingerprint differs at a check made at most once a minute.
 */
@ApplicationScoped
public class StatutoryWorkingDayCalendar implements WorkingDayCalendar {

    static final long RECHECK_NANOS = TimeUnit.MINUTES.toNanos(1);

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    private volatile Loaded loaded;

    private record Loaded(CalendarSnapshot calendar, String fingerprint, long checkedAt) {}

    /** For tests: a calendar fixed in advance, never reloaded. */
    public static StatutoryWorkingDayCalendar of(CalendarSnapshot snapshot) {
        StatutoryWorkingDayCalendar calendar = new StatutoryWorkingDayCalendar();
        calendar.loaded = new Loaded(snapshot, null, Long.MAX_VALUE);
        return calendar;
    }

    /** The current calendar (all questions of one request should use one snapshot). */
    public CalendarSnapshot snapshot() {
        Loaded current = loaded;
        if (current != null
                && (current.fingerprint() == null || System.nanoTime() - current.checkedAt() < RECHECK_NANOS)) {
            return current.calendar();
        }
        return reload(current);
    }

    private synchronized CalendarSnapshot reload(Loaded seen) {
        Loaded current = loaded;
        if (current != seen && current != null) {
            return current.calendar();
        }
        String fingerprint = CalendarData.fingerprint(em);
        if (current != null && fingerprint.equals(current.fingerprint())) {
            loaded = new Loaded(current.calendar(), fingerprint, System.nanoTime());
            return current.calendar();
        }
        CalendarSnapshot calendar = CalendarData.load(em);
        loaded = new Loaded(calendar, fingerprint, System.nanoTime());
        return calendar;
    }

    /** Drops the snapshot once a change is committed; the next question reloads. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged change) {
        invalidate();
    }

    public synchronized void invalidate() {
        if (loaded == null || loaded.fingerprint() != null) {
            loaded = null;
        }
    }

    @Override
    public DueDate addWorkingDays(LocalDate from, int workingDays) {
        CalendarSnapshot.Addition a = snapshot().addWorkingDays(from, workingDays);
        return new DueDate(a.date(), a.provisional(), a.skippedHolidays(), a.countedMakeUpDays());
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return snapshot().workingDaysBetween(from, to);
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return snapshot().isWorkingDay(day);
    }

    @Override
    public boolean isProvisional(LocalDate day) {
        return snapshot().isProvisional(day);
    }
}
