package org.kaocheng.disclosure.domain;

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
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;

/** An administrative reconsideration or a lawsuit about an application's answer. */
@Entity
@Table(name = "review_case")
@NamedQuery(
        name = "ReviewCase.ofApplication",
        query = "SELECT c FROM ReviewCase c WHERE c.application.id = :applicationId ORDER BY c.filedOn, c.id")
public class ReviewCase extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "review_case_seq", sequenceName = "review_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_case_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private InfoApplication application;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private ReviewCaseKind kind;

    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", nullable = false, length = 20)
    private ReviewResult result = ReviewResult.PENDING;

    @Column(name = "note", length = 500)
    private String note;

    protected ReviewCase() {}

    public ReviewCase(InfoApplication application, ReviewCaseKind kind, LocalDate filedOn) {
        if (application == null || kind == null || filedOn == null) {
            throw new BusinessRuleException("disclosure.review.required");
        }
        if (filedOn.isBefore(application.getReceivedOn())) {
            throw new BusinessRuleException("disclosure.review.beforeApplication");
        }
        this.application = application;
        this.kind = kind;
        this.filedOn = filedOn;
    }

    /** Records the decision; PENDING clears it. */
    public void decide(ReviewResult result, LocalDate decidedOn) {
        if (result == null || (result != ReviewResult.PENDING && decidedOn == null)) {
            throw new BusinessRuleException("disclosure.review.decisionRequired");
        }
        if (decidedOn != null && decidedOn.isBefore(filedOn)) {
            throw new BusinessRuleException("disclosure.review.decidedBeforeFiled");
        }
        this.result = result;
        this.decidedOn = result == ReviewResult.PENDING ? null : decidedOn;
    }

    @Override
    public Long getId() {
        return id;
    }

    public InfoApplication getApplication() {
        return application;
    }

    public ReviewCaseKind getKind() {
        return kind;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public ReviewResult getResult() {
        return result;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
