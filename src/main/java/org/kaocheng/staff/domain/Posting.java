package org.kaocheng.staff.domain;

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
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;
import org.kaocheng.unit.domain.Unit;

/**
 * A person holding a post in a unit from its start date until its end date. The end date is
 * the effective date of the change: on that day the person no longer holds the post, so a
 * transfer ends one posting and starts the next on the same day without overlap.
 */
@Entity
@Table(name = "posting")
@NamedQuery(
        name = "Posting.ofStaff",
        query =
                "SELECT p FROM Posting p JOIN FETCH p.unit WHERE p.staff.id = :staffId ORDER BY p.startDate DESC, p.id DESC")
@NamedQuery(
        name = "Posting.openOfStaff",
        query = "SELECT p FROM Posting p WHERE p.staff.id = :staffId AND p.endDate IS NULL ORDER BY p.startDate")
@NamedQuery(
        name = "Posting.sameTypeOfStaffInUnit",
        query =
                "SELECT p FROM Posting p WHERE p.staff.id = :staffId AND p.unit.id = :unitId AND p.postType = :postType")
public class Posting extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "posting_seq", sequenceName = "posting_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "posting_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id")
    private Staff staff;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "post_type")
    private PostType postType;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "start_kind")
    private PostingStart startKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_kind")
    private PostingEnd endKind;

    @Size(max = 200)
    @Column(name = "appointment_doc")
    private String appointmentDoc;

    protected Posting() {}

    public Posting(
            Staff staff,
            Unit unit,
            PostType postType,
            LocalDate startDate,
            PostingStart startKind,
            String appointmentDoc) {
        if (staff == null || unit == null || postType == null || startDate == null || startKind == null) {
            throw new IllegalArgumentException("staff, unit, post type, start date and kind are required");
        }
        this.staff = staff;
        this.unit = unit;
        this.postType = postType;
        this.startDate = startDate;
        this.startKind = startKind;
        this.appointmentDoc = appointmentDoc;
    }

    /** Ends the posting on the given date (the first day the person no longer holds it). */
    public void end(LocalDate on, PostingEnd kind) {
        if (endDate != null) {
            throw new BusinessRuleException("posting.alreadyEnded", endDate);
        }
        if (on == null || on.isBefore(startDate)) {
            throw new BusinessRuleException("posting.endBeforeStart", on, startDate);
        }
        this.endDate = on;
        this.endKind = kind;
    }

    /** Whether the person holds the post on that day. */
    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(startDate) && (endDate == null || day.isBefore(endDate));
    }

    /** Whether this posting and the period [start, end) share at least one day. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        boolean startsBeforeOtherEnds = end == null || startDate.isBefore(end);
        boolean otherStartsBeforeThisEnds = endDate == null || start.isBefore(endDate);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    public boolean isOpen() {
        return endDate == null;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Staff getStaff() {
        return staff;
    }

    public Unit getUnit() {
        return unit;
    }

    public PostType getPostType() {
        return postType;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public PostingStart getStartKind() {
        return startKind;
    }

    public PostingEnd getEndKind() {
        return endKind;
    }

    public String getAppointmentDoc() {
        return appointmentDoc;
    }

    @Override
    public String toString() {
        return postType + "@" + unit + " " + startDate + ".." + (endDate == null ? "" : endDate);
    }
}
