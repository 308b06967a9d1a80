package org.kaocheng.calendar.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.kaocheng.calendar.application.CalendarService;

/**
 * The calendar's dashboard panel for administrators: a warning when the current year's schedule
 * is missing, and from 1 November when next year's is.
 */
@Named
@ViewScoped
public class CalendarPanelView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarService calendar;

    private List<Integer> missingYears;

    /** Call only for administrators (the page checks the role first). */
    public List<Integer> getMissingYears() {
        if (missingYears == null) {
            missingYears = calendar.missingSchedules(LocalDate.now());
        }
        return missingYears;
    }
}
