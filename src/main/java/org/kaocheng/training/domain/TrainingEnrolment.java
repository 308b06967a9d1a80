package org.kaocheng.training.domain;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Comparator;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;
import org.kaocheng.staff.domain.Staff;
import org.kaocheng.unit.domain.Unit;

/**
 * A person's place in a session: nominated, enrolled (holds a seat), waitlisted, cancelled or
 * rejected. The unit is the one the person served in when enrolled, so a transcript shows the
 * units across a career.
 */
@Entity
@Table(name = "training_enrolment")
@NamedQuery(
        name = "TrainingEnrolment.ofSessionAndStaff",
        query = "SELECT e FROM TrainingEnrolment e WHERE e.session.id = :sessionId AND e.staff.id = :staffId")
@NamedQuery(
        name = "TrainingEnrolment.countSeated",
        query = "SELECT COUNT(e) FROM TrainingEnrolment e WHERE e.session.id = :sessionId"
                + " AND e.status = org.kaocheng.training.domain.EnrolmentStatus.ENROLLED")
@NamedQuery(
        name = "TrainingEnrolment.waitlist",
        query =
                "SELECT e FROM TrainingEnrolment e WHERE e.session.id = :sessionId"
                        + " AND e.status = org.kaocheng.training.domain.EnrolmentStatus.WAITLISTED ORDER BY e.requestedAt, e.id")
@NamedQuery(
        name = "TrainingEnrolment.ofSession",
        query = "SELECT e FROM TrainingEnrolment e JOIN FETCH e.staff JOIN FETCH e.unit WHERE e.session.id = :sessionId"
                + " ORDER BY e.status, e.requestedAt, e.id")
@NamedQuery(
        name = "TrainingEnrolment.seatedOfSession",
        query = "SELECT e FROM TrainingEnrolment e JOIN FETCH e.staff WHERE e.session.id = :sessionId"
                + " AND e.status = org.kaocheng.training.domain.EnrolmentStatus.ENROLLED ORDER BY e.staff.name, e.id")
@NamedQuery(
        name = "TrainingEnrolment.activeStaffIdsOfSession",
        query =
                "SELECT e.staff.id FROM TrainingEnrolment e WHERE e.session.id = :sessionId"
                        + " AND e.status IN (org.kaocheng.training.domain.EnrolmentStatus.NOMINATED,"
                        + " org.kaocheng.training.domain.EnrolmentStatus.ENROLLED, org.kaocheng.training.domain.EnrolmentStatus.WAITLISTED)")
@NamedQuery(
        name = "TrainingEnrolment.clashingStaffIds",
        query = "SELECT DISTINCT e.staff.id FROM TrainingEnrolment e, TrainingSessionDay other, TrainingSessionDay mine"
                + " WHERE other.session = e.session AND mine.session.id = :sessionId AND e.session.id <> :sessionId"
                + " AND e.staff.id IN :staffIds"
                + " AND e.status IN (org.kaocheng.training.domain.EnrolmentStatus.ENROLLED,"
                + " org.kaocheng.training.domain.EnrolmentStatus.WAITLISTED, org.kaocheng.training.domain.EnrolmentStatus.NOMINATED)"
                + " AND e.session.status <> org.kaocheng.training.domain.SessionStatus.CANCELLED"
                + " AND other.startsAt < mine.endsAt AND mine.startsAt < other.endsAt")
@NamedQuery(
        name = "TrainingEnrolment.ofStaff",
        query = "SELECT e FROM TrainingEnrolment e JOIN FETCH e.session JOIN FETCH e.unit WHERE e.staff.id = :staffId"
                + " ORDER BY e.session.startsOn DESC, e.id DESC")
public class TrainingEnrolment extends VersionedEntity {

    /** Waitlist order: first requested first; the id breaks ties within one bulk enrolment. */
    public static final Comparator<TrainingEnrolment> QUEUE_ORDER = Comparator.comparing(
                    TrainingEnrolment::getRequestedAt)
            .thenComparing(TrainingEnrolment::getId, Comparator.nullsLast(Comparator.naturalOrder()));

    @Id
    @SequenceGenerator(name = "training_enrolment_seq", sequenceName = "training_enrolment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_enrolment_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private TrainingSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id")
    private Staff staff;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private EnrolmentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "source")
    private EnrolmentSource source;

    @Column(name = "requested_at")
    private LocalDateTime requestedAt;

    @Column(name = "status_at")
    private LocalDateTime statusAt;

    @Column(name = "exam_score")
    private BigDecimal examScore;

    protected TrainingEnrolment() {}

    /** A new request, nominated or not yet placed; {@link #place} gives it a seat or a waitlist place. */
    public TrainingEnrolment(
            TrainingSession session, Staff staff, Unit unit, EnrolmentSource source, LocalDateTime at) {
        this.session = session;
        this.staff = staff;
        this.unit = unit;
        this.source = source;
        this.requestedAt = at;
        this.statusAt = at;
        this.status = EnrolmentStatus.NOMINATED;
    }

    /** Gives a seat if one is free, else a waitlist place: returns what happened. */
    public EnrolmentEventKind place(long seated, LocalDateTime at) {
        if (status != EnrolmentStatus.NOMINATED) {
            throw new BusinessRuleException("training.enrolment.notPending", status);
        }
        if (seated < session.getCapacity()) {
            setStatus(EnrolmentStatus.ENROLLED, at);
            return EnrolmentEventKind.ENROLLED;
        }
        setStatus(EnrolmentStatus.WAITLISTED, at);
        return EnrolmentEventKind.WAITLISTED;
    }

    /** Re-opens a cancelled or rejected enrolment as a new request (it joins the end of the queue). */
    public void renew(EnrolmentSource source, LocalDateTime at) {
        if (status.isActive()) {
            throw new BusinessRuleException("training.enrolment.already", staff.getName());
        }
        this.source = source;
        this.requestedAt = at;
        setStatus(EnrolmentStatus.NOMINATED, at);
    }

    /** Moves a waitlisted person onto a freed seat. */
    public void promote(LocalDateTime at) {
        if (status != EnrolmentStatus.WAITLISTED) {
            throw new BusinessRuleException("training.enrolment.notWaitlisted", status);
        }
        setStatus(EnrolmentStatus.ENROLLED, at);
    }

    /** Cancels the enrolment; returns whether it freed a seat. */
    public boolean cancel(LocalDateTime at) {
        if (!status.isActive()) {
            throw new BusinessRuleException("training.enrolment.notActive", status);
        }
        if (session.getStatus() == SessionStatus.HELD) {
            throw new BusinessRuleException("training.enrolment.sessionHeld");
        }
        boolean freed = status == EnrolmentStatus.ENROLLED;
        setStatus(EnrolmentStatus.CANCELLED, at);
        return freed;
    }

    public void reject(LocalDateTime at) {
        if (status != EnrolmentStatus.NOMINATED) {
            throw new BusinessRuleException("training.enrolment.notPending", status);
        }
        setStatus(EnrolmentStatus.REJECTED, at);
    }

    public void recordExamScore(BigDecimal score) {
        if (status != EnrolmentStatus.ENROLLED) {
            throw new BusinessRuleException("training.attendance.notEnrolled", staff.getName());
        }
        if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new BusinessRuleException("training.rule.examScore");
        }
        this.examScore = score;
    }

    private void setStatus(EnrolmentStatus status, LocalDateTime at) {
        this.status = status;
        this.statusAt = at;
    }

    @Override
    public Long getId() {
        return id;
    }

    public TrainingSession getSession() {
        return session;
    }

    public Staff getStaff() {
        return staff;
    }

    public Unit getUnit() {
        return unit;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public EnrolmentSource getSource() {
        return source;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public LocalDateTime getStatusAt() {
        return statusAt;
    }

    public BigDecimal getExamScore() {
        return examScore;
    }

    @Override
    public String toString() {
        return staff + "@" + session + " " + status;
    }
}
