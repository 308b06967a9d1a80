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
import java.time.LocalDateTime;

/** One step in an enrolment's history (enrolled, waitlisted, moved up, cancelled...); never changed. */
@Entity
@Table(name = "training_enrolment_event")
@NamedQuery(
        name = "TrainingEnrolmentEvent.ofSession",
        query = "SELECT ev FROM TrainingEnrolmentEvent ev JOIN FETCH ev.enrolment e JOIN FETCH e.staff"
                + " WHERE e.session.id = :sessionId ORDER BY ev.at, ev.id")
@NamedQuery(
        name = "TrainingEnrolmentEvent.ofEnrolment",
        query = "SELECT ev FROM TrainingEnrolmentEvent ev WHERE ev.enrolment.id = :enrolmentId ORDER BY ev.at, ev.id")
public class TrainingEnrolmentEvent {

    @Id
    @SequenceGenerator(
            name = "training_enrolment_event_seq",
            sequenceName = "training_enrolment_event_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_enrolment_event_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id")
    private TrainingEnrolment enrolment;

    @Column(name = "at")
    private LocalDateTime at;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private EnrolmentEventKind kind;

    @Column(name = "username")
    private String username;

    @Column(name = "detail")
    private String detail;

    protected TrainingEnrolmentEvent() {}

    public TrainingEnrolmentEvent(
            TrainingEnrolment enrolment, LocalDateTime at, EnrolmentEventKind kind, String username, String detail) {
        this.enrolment = enrolment;
        this.at = at;
        this.kind = kind;
        this.username = username;
        this.detail = detail == null || detail.length() <= 200 ? detail : detail.substring(0, 200);
    }

    public Long getId() {
        return id;
    }

    public TrainingEnrolment getEnrolment() {
        return enrolment;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public EnrolmentEventKind getKind() {
        return kind;
    }

    public String getUsername() {
        return username;
    }

    public String getDetail() {
        return detail;
    }
}
