package org.kaocheng.appraisal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.Texts;
import org.kaocheng.platform.persistence.VersionedEntity;
import org.kaocheng.unit.domain.Unit;

/**
 * An assessor's score for a manual indicator or correction of an automatic one, for one unit
 * in one run, always with a written reason. Changing it is an (audited) update.
 */
@Entity
@Table(name = "appraisal_adjustment")
@NamedQuery(name = "Adjustment.ofRun", query = "SELECT a FROM Adjustment a WHERE a.run.id = :runId ORDER BY a.id")
@NamedQuery(
        name = "Adjustment.ofRunAndUnit",
        query = "SELECT a FROM Adjustment a WHERE a.run.id = :runId AND a.unit.id = :unitId")
@NamedQuery(
        name = "Adjustment.find",
        query = "SELECT a FROM Adjustment a WHERE a.run.id = :runId"
                + " AND a.unit.id = :unitId AND a.indicator.id = :indicatorId")
public class Adjustment extends VersionedEntity {

    /** The reason's column (appraisal_adjustment.reason VARCHAR(1000)). */
    public static final int MAX_REASON = 1000;

    @Id
    @SequenceGenerator(
            name = "appraisal_adjustment_seq",
            sequenceName = "appraisal_adjustment_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appraisal_adjustment_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id")
    private AppraisalRun run;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    @Column(name = "score")
    private BigDecimal score;

    @Column(name = "reason")
    private String reason;

    @Column(name = "adjusted_by")
    private String adjustedBy;

    @Column(name = "adjusted_at")
    private LocalDateTime adjustedAt;

    protected Adjustment() {}

    public Adjustment(AppraisalRun run, Unit unit, Indicator indicator) {
        this.run = run;
        this.unit = unit;
        this.indicator = indicator;
    }

    /** Sets the score: within [0, points] of a leaf, with a reason. */
    public void set(BigDecimal newScore, String newReason, String by, LocalDateTime at) {
        run.requireChangeable();
        if (indicator.getRuleKind() == null) {
            throw new BusinessRuleException("appraisal.adjust.leafOnly");
        }
        String checkedReason =
                Texts.required(newReason, MAX_REASON, "appraisal.reason.required", "appraisal.reason.tooLong");
        if (newScore == null || newScore.signum() < 0 || newScore.compareTo(indicator.getPoints()) > 0) {
            throw new BusinessRuleException(
                    "appraisal.adjust.range",
                    indicator.getPoints().stripTrailingZeros().toPlainString());
        }
        this.score = newScore.setScale(2, java.math.RoundingMode.HALF_UP);
        this.reason = checkedReason;
        this.adjustedBy = by;
        this.adjustedAt = at;
    }

    /** A copy for a revision of the run. */
    public Adjustment copyTo(AppraisalRun revision) {
        Adjustment copy = new Adjustment(revision, unit, indicator);
        copy.score = score;
        copy.reason = reason;
        copy.adjustedBy = adjustedBy;
        copy.adjustedAt = adjustedAt;
        return copy;
    }

    @Override
    public Long getId() {
        return id;
    }

    public AppraisalRun getRun() {
        return run;
    }

    public Unit getUnit() {
        return unit;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public BigDecimal getScore() {
        return score;
    }

    public String getReason() {
        return reason;
    }

    public String getAdjustedBy() {
        return adjustedBy;
    }

    public LocalDateTime getAdjustedAt() {
        return adjustedAt;
    }
}
