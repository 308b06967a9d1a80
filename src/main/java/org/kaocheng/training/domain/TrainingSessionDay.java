package org.kaocheng.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.kaocheng.platform.persistence.VersionedEntity;

/** One day of a session with its start and end time; attendance is recorded per day. */
@Entity
@Table(name = "training_session_day")
public class TrainingSessionDay extends VersionedEntity {

    @Id
    @SequenceGenerator(
            name = "training_session_day_seq",
            sequenceName = "training_session_day_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_session_day_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private TrainingSession session;

    @Column(name = "session_date")
    private LocalDate date;

    @Column(name = "starts_at")
    private LocalDateTime startsAt;

    @Column(name = "ends_at")
    private LocalDateTime endsAt;

    protected TrainingSessionDay() {}

    TrainingSessionDay(TrainingSession session, SessionDayPlan plan) {
        this.session = session;
        this.date = plan.date();
        this.startsAt = plan.date().atTime(plan.start());
        this.endsAt = plan.date().atTime(plan.end());
    }

    void retime(SessionDayPlan plan) {
        this.startsAt = plan.date().atTime(plan.start());
        this.endsAt = plan.date().atTime(plan.end());
    }

    @Override
    public Long getId() {
        return id;
    }

    public TrainingSession getSession() {
        return session;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public LocalTime getStartTime() {
        return startsAt.toLocalTime();
    }

    public LocalTime getEndTime() {
        return endsAt.toLocalTime();
    }

    /** Whether this day and the other share some time. */
    public boolean overlaps(LocalDateTime otherStart, LocalDateTime otherEnd) {
        return startsAt.isBefore(otherEnd) && otherStart.isBefore(endsAt);
    }

    @Override
    public String toString() {
        return date + " " + getStartTime() + "-" + getEndTime();
    }
}
