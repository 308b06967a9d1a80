package org.kaocheng.calendar.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kaocheng.calendar.domain.CalendarSnapshot;
import org.kaocheng.calendar.domain.DayKind;
import org.kaocheng.calendar.domain.HolidayCnFormat;
import org.kaocheng.calendar.domain.HolidayDay;
import org.kaocheng.calendar.domain.HolidaySchedule;
import org.kaocheng.calendar.domain.ImportProblem;
import org.kaocheng.calendar.domain.ScheduleFile;
import org.kaocheng.calendar.domain.ScheduledDay;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;

/**
 * The working-day calendar's use cases. Deadlines ({@link #dueDate}, {@link #workingDaysBetween})
 * are for everyone, including the public calculator; schedules are managed by administrators.
 * Every change rebuilds {@code calendar_day} in the same transaction and then fires
 * {@link CalendarChanged}; entity changes are audited by the platform.
 */
@ApplicationScoped
public class CalendarService {

    /** Schedules are accepted from the calendar's first year to this one. */
    static final int LAST_ACCEPTED_YEAR = 2100;

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    StatutoryWorkingDayCalendar calendar;

    @Inject
    Event<CalendarChanged> changed;

    /** A holiday or make-up day as entered by an administrator. */
    public record DayForm(int scheduleYear, LocalDate day, DayKind kind, String name, String notice)
            implements Serializable {}

    /** Outcome of an import: the problems (nothing stored) or what was stored. */
    public record ImportResult(List<ImportProblem> problems, Integer year, int days, boolean replaced)
            implements Serializable {

        public ImportResult {
            problems = List.copyOf(problems);
        }

        public boolean isSuccess() {
            return problems.isEmpty();
        }
    }

    // ---- deadlines (no login needed) ----

    /** The end of the N-th working day after {@code from} (day zero), with its explanation. */
    public DueDate dueDate(LocalDate from, int workingDays) {
        return calendar.addWorkingDays(from, workingDays);
    }

    /** Working days in (from, to]. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar.workingDaysBetween(from, to);
    }

    /** First and last day the calendar answers for. */
    public LocalDate firstDay() {
        return CalendarSnapshot.FIRST_DAY;
    }

    public LocalDate lastDay() {
        return calendar.snapshot().lastDay();
    }

    public boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    /** Whether the day's year has no published schedule (counted on weekends only). */
    public boolean isProvisional(LocalDate day) {
        return calendar.isProvisional(day);
    }

    /** The holiday or make-up day the schedule made of this day (for explanations). */
    public Optional<ScheduledDay> scheduledDay(LocalDate day) {
        return calendar.snapshot().scheduled(day);
    }

    // ---- administration ----

    /** The stored holiday or make-up day on this date, whatever schedule it belongs to. */
    public Optional<HolidayDay> dayOn(LocalDate date) {
        user.requireAnyRole(Role.ADMIN);
        return em.createNamedQuery("HolidayDay.byDay", HolidayDay.class)
                .setParameter("day", date)
                .getResultStream()
                .findFirst();
    }

    /** The calendar as stored now (for the year view), read fresh from the database. */
    public CalendarSnapshot currentCalendar() {
        user.requireAnyRole(Role.ADMIN);
        return CalendarData.load(em);
    }

    public List<HolidaySchedule> schedules() {
        user.requireAnyRole(Role.ADMIN);
        return em.createNamedQuery("HolidaySchedule.all", HolidaySchedule.class).getResultList();
    }

    public Optional<HolidaySchedule> schedule(int year) {
        user.requireAnyRole(Role.ADMIN);
        return findSchedule(year);
    }

    /** The days of a year's schedule (which may include the adjoining December or January). */
    public List<HolidayDay> days(int year) {
        user.requireAnyRole(Role.ADMIN);
        return findSchedule(year)
                .map(s -> em.createNamedQuery("HolidayDay.ofSchedule", HolidayDay.class)
                        .setParameter("schedule", s)
                        .getResultList())
                .orElse(List.of());
    }

    /**
     * Years whose schedule an administrator should add now: the current year if it is missing,
     * and from 1 November the next year if it is missing (the State Council usually publishes it
     * in November or December).
     */
    public List<Integer> missingSchedules(LocalDate today) {
        user.requireAnyRole(Role.ADMIN);
        List<Integer> missing = new ArrayList<>();
        if (findSchedule(today.getYear()).isEmpty()) {
            missing.add(today.getYear());
        }
        if (today.getMonthValue() >= Month.NOVEMBER.getValue()
                && findSchedule(today.getYear() + 1).isEmpty()) {
            missing.add(today.getYear() + 1);
        }
        return missing;
    }

    /** Records that a year's schedule is published (by the given notices); days follow. */
    @Transactional
    public HolidaySchedule publish(int year, String notices) {
        user.requireAnyRole(Role.ADMIN);
        requireAcceptedYear(year);
        lockCalendar();
        if (findSchedule(year).isPresent()) {
            throw new BusinessRuleException("calendar.schedule.exists", year);
        }
        HolidaySchedule schedule = new HolidaySchedule(year, notices);
        em.persist(schedule);
        rebuild(year);
        return schedule;
    }

    @Transactional
    public HolidaySchedule updateNotices(int year, int expectedVersion, String notices) {
        user.requireAnyRole(Role.ADMIN);
        HolidaySchedule schedule = existingSchedule(year);
        schedule.checkVersion(expectedVersion);
        schedule.setNotices(notices);
        schedule.touch();
        em.flush();
        return schedule;
    }

    /** Withdraws a year's schedule and its days: the year becomes provisional again. */
    @Transactional
    public void withdraw(int year, int expectedVersion) {
        user.requireAnyRole(Role.ADMIN);
        lockCalendar();
        HolidaySchedule schedule = existingSchedule(year);
        schedule.checkVersion(expectedVersion);
        for (HolidayDay day : em.createNamedQuery("HolidayDay.ofSchedule", HolidayDay.class)
                .setParameter("schedule", schedule)
                .getResultList()) {
            em.remove(day);
        }
        em.flush();
        em.remove(schedule);
        rebuild(year);
    }

    @Transactional
    public HolidayDay addDay(DayForm form) {
        user.requireAnyRole(Role.ADMIN);
        lockCalendar();
        HolidaySchedule schedule = existingSchedule(form.scheduleYear());
        requireFree(form.day(), null);
        HolidayDay day = new HolidayDay(schedule, form.day(), form.kind(), form.name(), form.notice());
        em.persist(day);
        schedule.touch();
        rebuild(schedule.getYear());
        return day;
    }

    @Transactional
    public HolidayDay updateDay(Long dayId, int expectedVersion, DayForm form) {
        user.requireAnyRole(Role.ADMIN);
        lockCalendar();
        HolidayDay day = existingDay(dayId);
        day.checkVersion(expectedVersion);
        requireFree(form.day(), dayId);
        day.change(form.day(), form.kind(), form.name(), form.notice());
        day.getSchedule().touch();
        rebuild(day.getSchedule().getYear());
        return day;
    }

    @Transactional
    public void removeDay(Long dayId, int expectedVersion) {
        user.requireAnyRole(Role.ADMIN);
        lockCalendar();
        HolidayDay day = existingDay(dayId);
        day.checkVersion(expectedVersion);
        HolidaySchedule schedule = day.getSchedule();
        em.remove(day);
        schedule.touch();
        rebuild(schedule.getYear());
    }

    /**
     * Imports a year's schedule in the holiday-cn JSON format: all or nothing. The file is
     * validated first (well-formed, dates in the year or the adjoining December/January, no day
     * both off and working, at least one notice), then against the stored calendar (no day of
     * another year's schedule; an existing schedule of the year only with {@code replace}).
     * Every problem is returned; with any problem nothing is stored.
     *
     * @param expectedYear the year the administrator means to import, or null for the file's
     */
    @Transactional
    public ImportResult importSchedule(byte[] content, Integer expectedYear, boolean replace) {
        user.requireAnyRole(Role.ADMIN);
        HolidayCnFormat.Result read = HolidayCnFormat.read(content, expectedYear);
        if (read instanceof HolidayCnFormat.Invalid invalid) {
            return new ImportResult(invalid.problems(), expectedYear, 0, false);
        }
        ScheduleFile file = ((HolidayCnFormat.Valid) read).schedule();
        lockCalendar();
        List<ImportProblem> problems = new ArrayList<>();
        Optional<HolidaySchedule> existing = findSchedule(file.year());
        if (existing.isPresent() && !replace) {
            problems.add(new ImportProblem("year", "calendar.import.exists", List.of(String.valueOf(file.year()))));
        }
        if (String.join("\n", file.papers()).length() > HolidaySchedule.MAX_NOTICES) {
            problems.add(new ImportProblem(
                    "papers",
                    "calendar.schedule.notice.tooLong",
                    List.of(String.valueOf(HolidaySchedule.MAX_NOTICES))));
        }
        List<LocalDate> dates = file.days().stream().map(ScheduledDay::day).toList();
        if (!dates.isEmpty()) {
            for (HolidayDay taken : em.createNamedQuery("HolidayDay.byDays", HolidayDay.class)
                    .setParameter("days", dates)
                    .getResultList()) {
                if (taken.getSchedule().getYear() != file.year()) {
                    problems.add(new ImportProblem(
                            taken.getDay().toString(),
                            "calendar.import.day.taken",
                            List.of(
                                    taken.getDay().toString(),
                                    String.valueOf(taken.getSchedule().getYear()))));
                }
            }
        }
        if (!problems.isEmpty()) {
            return new ImportResult(problems, file.year(), 0, false);
        }
        HolidaySchedule schedule;
        String notices = String.join("\n", file.papers());
        if (existing.isPresent()) {
            schedule = existing.get();
            for (HolidayDay day : em.createNamedQuery("HolidayDay.ofSchedule", HolidayDay.class)
                    .setParameter("schedule", schedule)
                    .getResultList()) {
                em.remove(day);
            }
            // EclipseLink writes inserts before deletes: flush the deletes so that a day kept in
            // the new file does not collide with its old row.
            em.flush();
            schedule.setNotices(notices);
            schedule.touch();
        } else {
            schedule = new HolidaySchedule(file.year(), notices);
            em.persist(schedule);
        }
        String dayNotice = file.papers().size() == 1 || notices.length() > HolidayCnFormat.MAX_PAPER_LENGTH
                ? file.papers().get(0)
                : notices;
        for (ScheduledDay d : file.days()) {
            em.persist(new HolidayDay(schedule, d.day(), d.kind(), d.name(), dayNotice));
        }
        rebuild(file.year());
        return new ImportResult(List.of(), file.year(), file.days().size(), existing.isPresent());
    }

    /**
     * Serialises changes of the calendar across transactions and nodes: each change reads the
     * stored schedules and writes {@code calendar_day} relative to what it read, so two changes
     * must not interleave. The first row of {@code calendar_day} is the lock.
     */
    private void lockCalendar() {
        em.createNativeQuery("SELECT day FROM calendar_day WHERE day = CAST(?1 AS DATE) FOR UPDATE")
                .setParameter(1, java.sql.Date.valueOf(CalendarSnapshot.FIRST_DAY))
                .getResultList();
    }

    /** Makes {@code calendar_day} match the stored schedules, then tells the others. */
    private void rebuild(int year) {
        em.flush();
        CalendarDayTable.synchronise(em, CalendarData.load(em));
        changed.fire(new CalendarChanged(year));
    }

    private void requireFree(LocalDate date, Long exceptDayId) {
        if (date == null) {
            throw new BusinessRuleException("calendar.day.required");
        }
        if (date.isBefore(CalendarSnapshot.FIRST_DAY)) {
            throw new BusinessRuleException("calendar.day.beforeFirst", CalendarSnapshot.FIRST_DAY.toString());
        }
        em.createNamedQuery("HolidayDay.byDay", HolidayDay.class)
                .setParameter("day", date)
                .getResultStream()
                .filter(d -> !d.getId().equals(exceptDayId))
                .findFirst()
                .ifPresent(d -> {
                    throw new BusinessRuleException(
                            "calendar.day.exists",
                            date.toString(),
                            d.getSchedule().getYear());
                });
    }

    private static void requireAcceptedYear(int year) {
        if (year < CalendarSnapshot.FIRST_DAY.getYear() || year > LAST_ACCEPTED_YEAR) {
            throw new BusinessRuleException("calendar.schedule.year.range", year, CalendarSnapshot.FIRST_DAY.getYear());
        }
    }

    private Optional<HolidaySchedule> findSchedule(int year) {
        return em.createNamedQuery("HolidaySchedule.byYear", HolidaySchedule.class)
                .setParameter("scheduleYear", year)
                .getResultStream()
                .findFirst();
    }

    private HolidaySchedule existingSchedule(int year) {
        return findSchedule(year).orElseThrow(() -> new BusinessRuleException("calendar.schedule.missing", year));
    }

    private HolidayDay existingDay(Long dayId) {
        HolidayDay day = dayId == null ? null : em.find(HolidayDay.class, dayId);
        if (day == null) {
            throw new BusinessRuleException("calendar.day.notFound");
        }
        return day;
    }
}
