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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;
import org.kaocheng.staff.domain.PostType;
import org.kaocheng.staff.domain.Staff;
import org.kaocheng.unit.domain.Unit;

/**
 * Induction training (岗前培训) owed by a person for a new posting in a unit: due a number of days
 * after the posting starts, fulfilled by completing an induction course, superseded when the
 * person starts a posting in another unit before fulfilling it (the new unit owes a new one).
 */
@Entity
@Table(name = "induction_requirement")
@NamedQuery(
        name = "InductionRequirement.ofPosting",
        query = "SELECT r FROM InductionRequirement r WHERE r.postingId = :postingId")
@NamedQuery(
        name = "InductionRequirement.openOfStaff",
        query = "SELECT r FROM InductionRequirement r WHERE r.staff.id = :staffId"
                + " AND r.status = org.kaocheng.training.domain.InductionStatus.OPEN ORDER BY r.dueOn")
public class InductionRequirement extends VersionedEntity {

    @Id
    @SequenceGenerator(
            name = "induction_requirement_seq",
            sequenceName = "induction_requirement_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "induction_requirement_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id")
    private Staff staff;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(name = "posting_id")
    private Long postingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "post_type")
    private PostType postType;

    @Column(name = "posting_start")
    private LocalDate postingStart;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private InductionStatus status = InductionStatus.OPEN;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "completion_id")
    private TrainingCompletion completion;

    protected InductionRequirement() {}

    public InductionRequirement(
            Staff staff, Unit unit, Long postingId, PostType postType, LocalDate postingStart, LocalDate dueOn) {
        if (dueOn.isBefore(postingStart)) {
            throw new IllegalArgumentException("due before the posting starts");
        }
        this.staff = staff;
        this.unit = unit;
        this.postingId = postingId;
        this.postType = postType;
        this.postingStart = postingStart;
        this.dueOn = dueOn;
    }

    /** Fulfilled by an induction completion; a completion before the posting started does not count. */
    public void fulfil(TrainingCompletion completion) {
        if (status != InductionStatus.OPEN) {
            throw new BusinessRuleException("training.induction.notOpen", status);
        }
        if (!completion.isInduction() || completion.getCompletedOn().isBefore(postingStart)) {
            throw new BusinessRuleException("training.induction.completionDoesNotCount");
        }
        this.status = InductionStatus.FULFILLED;
        this.closedOn = completion.getCompletedOn();
        this.completion = completion;
    }

    /** Opens the requirement again when the completion that fulfilled it is withdrawn. */
    public void reopen() {
        if (status == InductionStatus.FULFILLED) {
            this.status = InductionStatus.OPEN;
            this.closedOn = null;
            this.completion = null;
        }
    }

    /** Closed without training because the person started a posting elsewhere on that day. */
    public void supersede(LocalDate on) {
        if (status == InductionStatus.OPEN) {
            this.status = InductionStatus.SUPERSEDED;
            this.closedOn = on;
        }
    }

    /** Whether the requirement is overdue on the day: due before it and not fulfilled by its due date. */
    public boolean isOverdueOn(LocalDate day) {
        return InductionRules.overdue(dueOn, status, closedOn, day);
    }

    /** Days left until the due date (negative when overdue). */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueOn);
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

    public Long getPostingId() {
        return postingId;
    }

    public PostType getPostType() {
        return postType;
    }

    public LocalDate getPostingStart() {
        return postingStart;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public InductionStatus getStatus() {
        return status;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public TrainingCompletion getCompletion() {
        return completion;
    }
}
