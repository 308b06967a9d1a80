package org.kaocheng.calendar.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.kaocheng.calendar.application.CalendarService;
import org.kaocheng.calendar.application.DueDate;
import org.kaocheng.calendar.domain.ScheduledDay;
import org.kaocheng.platform.web.Messages;

/** The public deadline calculator (/public/deadline.xhtml): start date + N working days. */
@Named
@ViewScoped
public class DeadlineCalculatorView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A day the explanation lists, with the festival it belongs to. */
    public record DayLine(LocalDate day, String name) implements Serializable {}

    @Inject
    CalendarService calendar;

    private LocalDate from = LocalDate.now();
    private Integer workingDays = 20;
    private LocalDate dueDate;
    private boolean provisional;
    private List<DayLine> skippedHolidays = List.of();
    private List<DayLine> countedMakeUpDays = List.of();

    public void compute() {
        dueDate = null;
        if (from == null || workingDays == null || workingDays < 0 || workingDays > DueDateJson.MAX_WORKING_DAYS) {
            Messages.error("calendar.deadline.workingDays.range", DueDateJson.MAX_WORKING_DAYS);
            return;
        }
        DueDate due;
        try {
            due = calendar.dueDate(from, workingDays);
        } catch (IllegalArgumentException e) {
            Messages.error(
                    "calendar.deadline.outOfRange",
                    calendar.firstDay().toString(),
                    calendar.lastDay().toString());
            return;
        }
        dueDate = due.date();
        provisional = due.provisional();
        skippedHolidays = lines(due.skippedHolidays());
        countedMakeUpDays = lines(due.countedMakeUpDays());
    }

    private List<DayLine> lines(List<LocalDate> days) {
        return days.stream()
                .map(d -> new DayLine(
                        d, calendar.scheduledDay(d).map(ScheduledDay::name).orElse("")))
                .toList();
    }

    public String getRange() {
        return Messages.text(
                "calendar.deadline.range",
                calendar.firstDay().toString(),
                calendar.lastDay().toString());
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public Integer getWorkingDays() {
        return workingDays;
    }

    public void setWorkingDays(Integer workingDays) {
        this.workingDays = workingDays;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public boolean isProvisional() {
        return provisional;
    }

    public List<DayLine> getSkippedHolidays() {
        return skippedHolidays;
    }

    public List<DayLine> getCountedMakeUpDays() {
        return countedMakeUpDays;
    }
}
