package org.kaocheng.appraisal.domain;

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
import java.time.LocalDateTime;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.Texts;
import org.kaocheng.platform.persistence.VersionedEntity;

/**
 * A computation of a scheme for a period and its workflow. Results are stored with the run
 * (table appraisal_unit_result, the indicator scores a document per unit) and recomputed from the stored
 * metric values whenever an assessor adjusts a score. A published run is locked: a later
 * change is a new revision (a new run pointing at this one, with a reason).
 */
@Entity
@Table(name = "appraisal_run")
@NamedQuery(
        name = "AppraisalRun.all",
        query = "SELECT r FROM AppraisalRun r JOIN FETCH r.scheme ORDER BY r.periodTo DESC, r.id DESC")
@NamedQuery(
        name = "AppraisalRun.visible",
        query = "SELECT r FROM AppraisalRun r JOIN FETCH r.scheme WHERE r.status IN :statuses"
                + " ORDER BY r.periodTo DESC, r.id DESC")
@NamedQuery(
        name = "AppraisalRun.ofScheme",
        query = "SELECT r FROM AppraisalRun r WHERE r.scheme.id = :schemeId ORDER BY r.id")
public class AppraisalRun extends VersionedEntity {

    /** The revision reason's column (appraisal_run.revision_reason VARCHAR(1000)). */
    public static final int MAX_REVISION_REASON = 1000;

    @Id
    @SequenceGenerator(name = "appraisal_run_seq", sequenceName = "appraisal_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appraisal_run_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scheme_id")
    private Scheme scheme;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @Column(name = "revision")
    private int revision;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_run_id")
    private AppraisalRun previous;

    @Column(name = "revision_reason")
    private String revisionReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private RunStatus status = RunStatus.DRAFT;

    @Column(name = "superseded")
    private boolean superseded;

    @Column(name = "computed_at")
    private LocalDateTime computedAt;

    @Column(name = "computed_by")
    private String computedBy;

    @Column(name = "review_started_on")
    private LocalDate reviewStartedOn;

    @Column(name = "objection_deadline")
    private LocalDate objectionDeadline;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "published_by")
    private String publishedBy;

    /** SchemeSpec.fingerprint() of the scheme as the metric values were fetched; null before V13_0. */
    @Column(name = "scheme_fingerprint", length = 64)
    private String schemeFingerprint;

    protected AppraisalRun() {}

    public AppraisalRun(Scheme scheme, LocalDate from, LocalDate to, LocalDateTime at, String by) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new BusinessRuleException("appraisal.run.period.invalid");
        }
        this.scheme = scheme;
        this.periodFrom = from;
        this.periodTo = to;
        this.revision = 1;
        this.computedAt = at;
        this.computedBy = by;
    }

    /** A new draft revision of this published run. */
    public AppraisalRun revise(String reason, LocalDateTime at, String by) {
        if (status != RunStatus.PUBLISHED || superseded) {
            throw new BusinessRuleException("appraisal.run.revise.notPublished");
        }
        String checkedReason =
                Texts.required(reason, MAX_REVISION_REASON, "appraisal.reason.required", "appraisal.reason.tooLong");
        AppraisalRun next = new AppraisalRun(scheme, periodFrom, periodTo, at, by);
        next.revision = revision + 1;
        next.previous = this;
        next.revisionReason = checkedReason;
        next.schemeFingerprint = schemeFingerprint;
        return next;
    }

    /** Records the scheme's rules the metric values were fetched for (compute, refresh). */
    public void computedWith(String fingerprint) {
        this.schemeFingerprint = fingerprint;
    }

    /**
     * Whether the scheme's rules now differ from those the run was computed with: its results
     * then answer to rules the scheme no longer has (false for runs older than the digest).
     */
    public boolean schemeChangedFrom(String currentFingerprint) {
        return schemeFingerprint != null && !schemeFingerprint.equals(currentFingerprint);
    }

    /** Refuses any change to scores once the run is published. */
    public void requireChangeable() {
        if (status == RunStatus.PUBLISHED) {
            throw new BusinessRuleException("appraisal.run.locked");
        }
    }

    public void recomputed(LocalDateTime at, String by) {
        requireChangeable();
        this.computedAt = at;
        this.computedBy = by;
    }

    public void startReview(LocalDate today, LocalDate deadline) {
        if (status != RunStatus.DRAFT) {
            throw new BusinessRuleException("appraisal.run.status.invalid", status);
        }
        this.status = RunStatus.UNDER_REVIEW;
        this.reviewStartedOn = today;
        this.objectionDeadline = deadline;
    }

    /** Back to draft (e.g. to recompute with corrected data), only while under review. */
    public void backToDraft() {
        if (status != RunStatus.UNDER_REVIEW) {
            throw new BusinessRuleException("appraisal.run.status.invalid", status);
        }
        this.status = RunStatus.DRAFT;
    }

    public boolean acceptsObjectionsOn(LocalDate day) {
        return status == RunStatus.UNDER_REVIEW && objectionDeadline != null && !day.isAfter(objectionDeadline);
    }

    public void publish(LocalDateTime at, String by) {
        if (status != RunStatus.UNDER_REVIEW) {
            throw new BusinessRuleException("appraisal.run.publish.notUnderReview");
        }
        this.status = RunStatus.PUBLISHED;
        this.publishedAt = at;
        this.publishedBy = by;
    }

    public void supersede() {
        this.superseded = true;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Scheme getScheme() {
        return scheme;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public int getRevision() {
        return revision;
    }

    public AppraisalRun getPrevious() {
        return previous;
    }

    public String getRevisionReason() {
        return revisionReason;
    }

    public RunStatus getStatus() {
        return status;
    }

    public boolean isSuperseded() {
        return superseded;
    }

    public LocalDateTime getComputedAt() {
        return computedAt;
    }

    public String getComputedBy() {
        return computedBy;
    }

    public LocalDate getReviewStartedOn() {
        return reviewStartedOn;
    }

    public LocalDate getObjectionDeadline() {
        return objectionDeadline;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    @Override
    public String toString() {
        return scheme.getName() + " #" + revision;
    }
}
