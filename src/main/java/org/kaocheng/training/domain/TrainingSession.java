package org.kaocheng.training.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;

/**
 * A session of a course (培训班次): one or several days with times, a place or a link, a trainer,
 * a capacity and an enrolment deadline. Status moves PLANNED → OPEN → CLOSED → HELD; any session
 * not yet held may be cancelled, a held one never.
 */
@Entity
@Table(name = "training_session")
@NamedQuery(
        name = "TrainingSession.nextOpenInduction",
        query = "SELECT s FROM TrainingSession s WHERE s.course.induction = :induction AND s.course.active = :active"
                + " AND s.status = org.kaocheng.training.domain.SessionStatus.OPEN AND s.startsOn >= :today"
                + " ORDER BY s.startsOn, s.id")
@NamedQuery(
        name = "TrainingSession.startingBetween",
        query = "SELECT s FROM TrainingSession s JOIN FETCH s.course WHERE s.startsOn BETWEEN :from AND :to"
                + " AND s.status IN (org.kaocheng.training.domain.SessionStatus.PLANNED,"
                + " org.kaocheng.training.domain.SessionStatus.OPEN, org.kaocheng.training.domain.SessionStatus.CLOSED)"
                + " ORDER BY s.startsOn, s.id")
@NamedQuery(
        name = "TrainingSession.enrolmentClosingBetween",
        query = "SELECT s FROM TrainingSession s JOIN FETCH s.course WHERE s.enrolmentDeadline BETWEEN :from AND :to"
                + " AND s.status = org.kaocheng.training.domain.SessionStatus.OPEN ORDER BY s.enrolmentDeadline, s.id")
@NamedQuery(name = "TrainingSession.count", query = "SELECT COUNT(s) FROM TrainingSession s")
public class TrainingSession extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "training_session_seq", sequenceName = "training_session_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_session_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private TrainingCourse course;

    @Size(max = 200)
    @Column(name = "place")
    private String place;

    @Size(max = 400)
    @Column(name = "link")
    private String link;

    @Size(max = 100)
    @Column(name = "trainer")
    private String trainer;

    @Column(name = "capacity")
    private int capacity;

    @Column(name = "enrolment_deadline")
    private LocalDate enrolmentDeadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private SessionStatus status = SessionStatus.PLANNED;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("date")
    private List<TrainingSessionDay> days = new ArrayList<>();

    protected TrainingSession() {}

    public TrainingSession(
            TrainingCourse course, List<SessionDayPlan> days, int capacity, LocalDate enrolmentDeadline) {
        if (course == null) {
            throw new IllegalArgumentException("course is required");
        }
        this.course = course;
        setCapacity(capacity);
        reschedule(days, enrolmentDeadline);
    }

    /**
     * Sets the days of the session: at least one, no date twice, each ending after it starts;
     * the enrolment deadline, if any, is not after the first day.
     */
    public final void reschedule(List<SessionDayPlan> plans, LocalDate deadline) {
        requireNotFinal();
        if (plans == null || plans.isEmpty()) {
            throw new BusinessRuleException("training.session.noDays");
        }
        Set<LocalDate> dates = new HashSet<>();
        for (SessionDayPlan p : plans) {
            if (p == null || p.date() == null || p.start() == null || p.end() == null) {
                throw new BusinessRuleException("training.session.dayIncomplete");
            }
            if (!p.end().isAfter(p.start())) {
                throw new BusinessRuleException("training.session.endBeforeStart", p.date(), p.start(), p.end());
            }
            if (!dates.add(p.date())) {
                throw new BusinessRuleException("training.session.dayTwice", p.date());
            }
        }
        List<SessionDayPlan> sorted = plans.stream()
                .sorted(Comparator.comparing(SessionDayPlan::date))
                .toList();
        LocalDate first = sorted.get(0).date();
        if (deadline != null && deadline.isAfter(first)) {
            throw new BusinessRuleException("training.session.deadlineAfterStart", deadline, first);
        }
        // Days whose date stays keep their identity (and attendance); only their times change.
        days.removeIf(d -> !dates.contains(d.getDate()));
        for (SessionDayPlan p : sorted) {
            TrainingSessionDay existing = days.stream()
                    .filter(d -> d.getDate().equals(p.date()))
                    .findFirst()
                    .orElse(null);
            if (existing != null) {
                existing.retime(p);
            } else {
                days.add(new TrainingSessionDay(this, p));
            }
        }
        days.sort(Comparator.comparing(TrainingSessionDay::getDate));
        this.startsOn = first;
        this.endsOn = sorted.get(sorted.size() - 1).date();
        this.enrolmentDeadline = deadline;
    }

    public void setCapacity(int capacity) {
        if (capacity <= 0) {
            throw new BusinessRuleException("training.session.capacity.positive");
        }
        this.capacity = capacity;
    }

    public void open() {
        requireStatus(SessionStatus.PLANNED, SessionStatus.CLOSED);
        status = SessionStatus.OPEN;
    }

    public void close() {
        requireStatus(SessionStatus.PLANNED, SessionStatus.OPEN);
        status = SessionStatus.CLOSED;
    }

    /** Marks the session as held; only once its last day has begun. */
    public void markHeld(LocalDate today) {
        requireStatus(SessionStatus.PLANNED, SessionStatus.OPEN, SessionStatus.CLOSED);
        if (today.isBefore(endsOn)) {
            throw new BusinessRuleException("training.session.notYetHeld", endsOn);
        }
        status = SessionStatus.HELD;
    }

    /** Cancels a session that has not been held; a held session cannot be cancelled. */
    public void cancel() {
        if (status == SessionStatus.HELD) {
            throw new BusinessRuleException("training.session.heldCannotCancel");
        }
        if (status == SessionStatus.CANCELLED) {
            throw new BusinessRuleException("training.session.alreadyCancelled");
        }
        status = SessionStatus.CANCELLED;
    }

    /**
     * Whether people may be enrolled now: never in a held or cancelled session; a coordinator may
     * enrol until the session is held, a unit nominates only while it is open and before the deadline.
     */
    public void requireEnrollable(LocalDate today, boolean coordinator) {
        if (status == SessionStatus.HELD || status == SessionStatus.CANCELLED) {
            throw new BusinessRuleException("training.session.notEnrollable", status);
        }
        if (!coordinator) {
            if (status != SessionStatus.OPEN) {
                throw new BusinessRuleException("training.session.notOpen");
            }
            if (enrolmentDeadline != null && today.isAfter(enrolmentDeadline)) {
                throw new BusinessRuleException("training.session.deadlinePassed", enrolmentDeadline);
            }
        }
    }

    /** Attendance and exam scores are recorded once the session runs, never for a cancelled one. */
    public void requireRecordable() {
        if (status == SessionStatus.CANCELLED) {
            throw new BusinessRuleException("training.session.cancelled");
        }
    }

    private void requireNotFinal() {
        if (status == SessionStatus.HELD || status == SessionStatus.CANCELLED) {
            throw new BusinessRuleException("training.session.final", status);
        }
    }

    private void requireStatus(SessionStatus... allowed) {
        for (SessionStatus s : allowed) {
            if (s == status) {
                return;
            }
        }
        throw new BusinessRuleException("training.session.badTransition", status);
    }

    public TrainingSessionDay day(LocalDate date) {
        return days.stream()
                .filter(d -> d.getDate().equals(date))
                .findFirst()
                .orElseThrow(() -> new BusinessRuleException("training.session.noSuchDay", date));
    }

    @Override
    public Long getId() {
        return id;
    }

    public TrainingCourse getCourse() {
        return course;
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

    public LocalDate getEnrolmentDeadline() {
        return enrolmentDeadline;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public List<TrainingSessionDay> getDays() {
        return List.copyOf(days);
    }

    @Override
    public String toString() {
        return course + " " + startsOn;
    }
}
