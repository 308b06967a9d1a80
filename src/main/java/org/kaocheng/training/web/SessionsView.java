package org.kaocheng.training.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.kaocheng.platform.web.PagedDataModel;
import org.kaocheng.training.application.CourseService;
import org.kaocheng.training.application.TrainingSessionService;
import org.kaocheng.training.domain.SessionDayPlan;
import org.kaocheng.training.domain.SessionStatus;
import org.kaocheng.training.domain.TrainingCourse;
import org.kaocheng.training.domain.TrainingSession;

/** The session list and the form that schedules a new session. */
@Named
@ViewScoped
public class SessionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingSessionService sessions;

    @Inject
    CourseService courses;

    private PagedDataModel<TrainingSession> model;
    private List<TrainingCourse> activeCourses;

    private Long courseFilter;
    private Long courseId;
    private final List<DayRow> days = new ArrayList<>();
    private String place;
    private String link;
    private String trainer;
    private int capacity = 50;
    private LocalDate enrolmentDeadline;

    /** An editable day of the form. */
    public static class DayRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDate date;
        private LocalTime start = LocalTime.of(9, 0);
        private LocalTime end = LocalTime.of(12, 0);

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public LocalTime getStart() {
            return start;
        }

        public void setStart(LocalTime start) {
            this.start = start;
        }

        public LocalTime getEnd() {
            return end;
        }

        public void setEnd(LocalTime end) {
            this.end = end;
        }
    }

    @PostConstruct
    void init() {
        TrainingSessionService service = sessions;
        model = new PagedDataModel<>(service::page, TrainingSession::getId);
        activeCourses = courses.active();
    }

    public void newSession() {
        courseId = null;
        days.clear();
        days.add(new DayRow());
        place = null;
        link = null;
        trainer = null;
        capacity = 50;
        enrolmentDeadline = null;
    }

    public void addDay() {
        DayRow row = new DayRow();
        if (!days.isEmpty() && days.get(days.size() - 1).getDate() != null) {
            DayRow last = days.get(days.size() - 1);
            row.setDate(last.getDate().plusDays(1));
            row.setStart(last.getStart());
            row.setEnd(last.getEnd());
        }
        days.add(row);
    }

    public void removeDay(DayRow row) {
        days.remove(row);
    }

    public String save() {
        List<SessionDayPlan> plans = days.stream()
                .map(d -> new SessionDayPlan(d.getDate(), d.getStart(), d.getEnd()))
                .toList();
        TrainingSession created = sessions.create(new TrainingSessionService.SessionForm(
                courseId, plans, place, link, trainer, capacity, enrolmentDeadline));
        return "/training/session?faces-redirect=true&id=" + created.getId();
    }

    /** f:viewParam "course": lists only that course's sessions. */
    public Long getCourseFilter() {
        return courseFilter;
    }

    public void setCourseFilter(Long courseFilter) {
        this.courseFilter = courseFilter;
        model.setFixedFilter("courseId", courseFilter);
    }

    public SessionStatus[] getStatuses() {
        return SessionStatus.values();
    }

    public PagedDataModel<TrainingSession> getModel() {
        return model;
    }

    public List<TrainingCourse> getActiveCourses() {
        return activeCourses;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public List<DayRow> getDays() {
        return days;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getTrainer() {
        return trainer;
    }

    public void setTrainer(String trainer) {
        this.trainer = trainer;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public LocalDate getEnrolmentDeadline() {
        return enrolmentDeadline;
    }

    public void setEnrolmentDeadline(LocalDate enrolmentDeadline) {
        this.enrolmentDeadline = enrolmentDeadline;
    }
}
