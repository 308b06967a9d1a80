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
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;

/** Attendance of one enrolled person on one session day; only enrolled people have attendance. */
@Entity
@Table(name = "training_attendance")
@NamedQuery(
        name = "TrainingAttendance.ofSession",
        query = "SELECT a FROM TrainingAttendance a WHERE a.enrolment.session.id = :sessionId")
@NamedQuery(
        name = "TrainingAttendance.ofEnrolmentAndDay",
        query = "SELECT a FROM TrainingAttendance a WHERE a.enrolment.id = :enrolmentId AND a.day.id = :dayId")
@NamedQuery(
        name = "TrainingAttendance.ofStaff",
        query = "SELECT a FROM TrainingAttendance a WHERE a.enrolment.staff.id = :staffId")
public class TrainingAttendance extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "training_attendance_seq", sequenceName = "training_attendance_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_attendance_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id")
    private TrainingEnrolment enrolment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_day_id")
    private TrainingSessionDay day;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private AttendanceStatus status;

    protected TrainingAttendance() {}

    /** Attendance for an enrolled person on a day of their own session; anything else is refused. */
    public TrainingAttendance(TrainingEnrolment enrolment, TrainingSessionDay day, AttendanceStatus status) {
        if (enrolment.getStatus() != EnrolmentStatus.ENROLLED) {
            throw new BusinessRuleException(
                    "training.attendance.notEnrolled", enrolment.getStaff().getName());
        }
        if (!day.getSession().equals(enrolment.getSession()) && day.getSession() != enrolment.getSession()) {
            throw new BusinessRuleException("training.session.noSuchDay", day.getDate());
        }
        enrolment.getSession().requireRecordable();
        this.enrolment = enrolment;
        this.day = day;
        setStatus(status);
    }

    public final void setStatus(AttendanceStatus status) {
        if (status == null) {
            throw new BusinessRuleException("training.attendance.statusRequired");
        }
        this.status = status;
    }

    @Override
    public Long getId() {
        return id;
    }

    public TrainingEnrolment getEnrolment() {
        return enrolment;
    }

    public TrainingSessionDay getDay() {
        return day;
    }

    public AttendanceStatus getStatus() {
        return status;
    }
}
