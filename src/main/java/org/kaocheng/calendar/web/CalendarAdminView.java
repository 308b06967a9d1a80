package org.kaocheng.calendar.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kaocheng.calendar.application.CalendarService;
import org.kaocheng.calendar.domain.CalendarSnapshot;
import org.kaocheng.calendar.domain.DayKind;
import org.kaocheng.calendar.domain.HolidayDay;
import org.kaocheng.calendar.domain.HolidaySchedule;
import org.kaocheng.calendar.domain.ScheduledDay;
import org.kaocheng.platform.web.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * Administration of the working-day calendar (/calendar/schedule.xhtml?year=N): the year as
 * twelve month grids with holidays and make-up days marked, the schedule's notices, its days
 * (add, edit, remove) and the import of a year's holiday-cn JSON.
 */
@Named
@ViewScoped
public class CalendarAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One cell of a month grid; {@code date} is null for the padding before the 1st. */
    public record Cell(LocalDate date, String styleClass, String title) implements Serializable {}

    public record MonthGrid(int month, List<List<Cell>> weeks) implements Serializable {}

    public record DayRow(Long id, int version, LocalDate day, DayKind kind, String name, String notice)
            implements Serializable {}

    public record ProblemLine(String location, String message) implements Serializable {}

    @Inject
    CalendarService calendar;

    private Integer year;
    private boolean published;
    private int scheduleVersion;
    private String notices;
    private List<Integer> missingYears = List.of();
    private List<MonthGrid> months = List.of();
    private List<DayRow> days = List.of();

    private Long editId;
    private int editVersion;
    private int editScheduleYear;
    private LocalDate formDay;
    private DayKind formKind = DayKind.HOLIDAY;
    private String formName;
    private String formNotice;

    private transient UploadedFile file;
    private boolean importReplace;
    private List<ProblemLine> problems = List.of();

    /** View action: loads the year given by the URL, the current year by default. */
    public void init() {
        if (year == null || year < CalendarSnapshot.FIRST_DAY.getYear() || year > 2100) {
            year = LocalDate.now().getYear();
        }
        load();
    }

    private void load() {
        Optional<HolidaySchedule> schedule = calendar.schedule(year);
        published = schedule.isPresent();
        scheduleVersion = schedule.map(HolidaySchedule::getVersion).orElse(0);
        notices = schedule.map(HolidaySchedule::getNotices).orElse(null);
        days = calendar.days(year).stream().map(CalendarAdminView::row).toList();
        missingYears = calendar.missingSchedules(LocalDate.now());
        months = grids(calendar.currentCalendar());
    }

    private static DayRow row(HolidayDay d) {
        return new DayRow(d.getId(), d.getVersion(), d.getDay(), d.getKind(), d.getName(), d.getNotice());
    }

    private List<MonthGrid> grids(CalendarSnapshot snapshot) {
        List<MonthGrid> grids = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            YearMonth ym = YearMonth.of(year, month);
            List<List<Cell>> weeks = new ArrayList<>();
            List<Cell> week = new ArrayList<>();
            for (int pad = 1; pad < ym.atDay(1).getDayOfWeek().getValue(); pad++) {
                week.add(new Cell(null, "kc-cal-pad", ""));
            }
            for (int dayOfMonth = 1; dayOfMonth <= ym.lengthOfMonth(); dayOfMonth++) {
                week.add(cell(snapshot, ym.atDay(dayOfMonth)));
                if (week.size() == 7) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(new Cell(null, "kc-cal-pad", ""));
                }
                weeks.add(week);
            }
            grids.add(new MonthGrid(month, weeks));
        }
        return grids;
    }

    private static Cell cell(CalendarSnapshot snapshot, LocalDate date) {
        StringBuilder style = new StringBuilder("kc-cal-day");
        String title = date.toString();
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        Optional<ScheduledDay> scheduled = snapshot.scheduled(date);
        if (scheduled.isPresent()) {
            boolean holiday = scheduled.get().isHoliday();
            style.append(holiday ? " kc-cal-holiday" : " kc-cal-makeup");
            title += " " + scheduled.get().name() + " "
                    + Messages.text("calendar.kind." + scheduled.get().kind());
        } else if (weekend) {
            style.append(" kc-cal-weekend");
        }
        if (snapshot.isProvisional(date)) {
            style.append(" kc-cal-provisional");
        }
        return new Cell(date, style.toString(), title);
    }

    // ---- schedule ----

    public void publish() {
        calendar.publish(year, notices);
        Messages.info("calendar.published", year);
        load();
    }

    public void saveNotices() {
        calendar.updateNotices(year, scheduleVersion, notices);
        Messages.info("common.saved");
        load();
    }

    public void withdraw() {
        calendar.withdraw(year, scheduleVersion);
        Messages.info("calendar.withdrawn", year);
        load();
    }

    // ---- days ----

    /** Opens the day form for a date clicked in the calendar: its stored day, or a new one. */
    public void openDay(LocalDate date) {
        Optional<HolidayDay> stored = calendar.dayOn(date);
        if (stored.isPresent()) {
            edit(row(stored.get()), stored.get().getSchedule().getYear());
            return;
        }
        editId = null;
        editVersion = 0;
        editScheduleYear = year;
        formDay = date;
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        formKind = weekend ? DayKind.MAKEUP_WORKDAY : DayKind.HOLIDAY;
        formName = null;
        formNotice = published && notices != null ? notices.lines().findFirst().orElse(null) : null;
    }

    public void edit(DayRow day) {
        edit(day, year);
    }

    private void edit(DayRow day, int scheduleYear) {
        editId = day.id();
        editVersion = day.version();
        editScheduleYear = scheduleYear;
        formDay = day.day();
        formKind = day.kind();
        formName = day.name();
        formNotice = day.notice();
    }

    public void save() {
        CalendarService.DayForm form =
                new CalendarService.DayForm(editScheduleYear, formDay, formKind, formName, formNotice);
        if (editId == null) {
            calendar.addDay(form);
        } else {
            calendar.updateDay(editId, editVersion, form);
        }
        Messages.info("calendar.day.saved");
        load();
    }

    public void remove(DayRow day) {
        calendar.removeDay(day.id(), day.version());
        Messages.info("calendar.day.removed");
        load();
    }

    // ---- import ----

    public void importFile() {
        problems = List.of();
        if (file == null || file.getSize() == 0) {
            Messages.error("calendar.import.noFile");
            return;
        }
        CalendarService.ImportResult result = calendar.importSchedule(file.getContent(), null, importReplace);
        if (!result.isSuccess()) {
            problems = result.problems().stream()
                    .map(p -> new ProblemLine(
                            p.location(),
                            Messages.text(p.messageKey(), p.arguments().toArray())))
                    .toList();
            Messages.error("calendar.import.failed", problems.size());
            return;
        }
        year = result.year();
        Messages.info(
                result.replaced() ? "calendar.import.okReplaced" : "calendar.import.ok", result.year(), result.days());
        load();
    }

    // ---- properties ----

    public DayKind[] getKinds() {
        return DayKind.values();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public boolean isPublished() {
        return published;
    }

    public String getNotices() {
        return notices;
    }

    public void setNotices(String notices) {
        this.notices = notices;
    }

    public List<Integer> getMissingYears() {
        return missingYears;
    }

    public List<MonthGrid> getMonths() {
        return months;
    }

    public List<DayRow> getDays() {
        return days;
    }

    public boolean isEditing() {
        return editId != null;
    }

    public LocalDate getFormDay() {
        return formDay;
    }

    public void setFormDay(LocalDate formDay) {
        this.formDay = formDay;
    }

    public DayKind getFormKind() {
        return formKind;
    }

    public void setFormKind(DayKind formKind) {
        this.formKind = formKind;
    }

    public String getFormName() {
        return formName;
    }

    public void setFormName(String formName) {
        this.formName = formName;
    }

    public String getFormNotice() {
        return formNotice;
    }

    public void setFormNotice(String formNotice) {
        this.formNotice = formNotice;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public boolean isImportReplace() {
        return importReplace;
    }

    public void setImportReplace(boolean importReplace) {
        this.importReplace = importReplace;
    }

    public List<ProblemLine> getProblems() {
        return problems;
    }
}
