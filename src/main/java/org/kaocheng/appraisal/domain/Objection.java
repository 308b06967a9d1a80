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
import java.time.LocalDateTime;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.Texts;
import org.kaocheng.platform.persistence.VersionedEntity;
import org.kaocheng.unit.domain.Unit;

/** A unit's objection (申诉) to one indicator of its provisional sheet, with evidence, and the answer. */
@Entity
@Table(name = "appraisal_objection")
@NamedQuery(
        name = "Objection.ofRun",
        query = "SELECT o FROM Objection o JOIN FETCH o.unit JOIN FETCH o.indicator"
                + " WHERE o.run.id = :runId ORDER BY o.filedAt, o.id")
@NamedQuery(
        name = "Objection.ofRunAndUnit",
        query = "SELECT o FROM Objection o JOIN FETCH o.indicator"
                + " WHERE o.run.id = :runId AND o.unit.id = :unitId ORDER BY o.filedAt, o.id")
@NamedQuery(
        name = "Objection.countOpen",
        query = "SELECT COUNT(o) FROM Objection o WHERE o.run.id = :runId AND o.status = :status")
public class Objection extends VersionedEntity {

    /** The answer's column (appraisal_objection.answer VARCHAR(4000)). */
    public static final int MAX_ANSWER = 4000;

    /** The evidence's column (appraisal_objection.evidence VARCHAR(4000)). */
    static final int MAX_EVIDENCE = 4000;

    @Id
    @SequenceGenerator(name = "appraisal_objection_seq", sequenceName = "appraisal_objection_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appraisal_objection_seq")
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

    @Column(name = "evidence")
    private String evidence;

    @Column(name = "filed_by")
    private String filedBy;

    @Column(name = "filed_at")
    private LocalDateTime filedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private ObjectionStatus status = ObjectionStatus.OPEN;

    @Column(name = "answer")
    private String answer;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    protected Objection() {}

    public Objection(AppraisalRun run, Unit unit, Indicator indicator, String evidence, String by, LocalDateTime at) {
        if (!run.acceptsObjectionsOn(at.toLocalDate())) {
            throw new BusinessRuleException("appraisal.objection.closed");
        }
        String checkedEvidence = Texts.required(
                evidence,
                MAX_EVIDENCE,
                "appraisal.objection.evidence.required",
                "appraisal.objection.evidence.tooLong");
        this.run = run;
        this.unit = unit;
        this.indicator = indicator;
        this.evidence = checkedEvidence;
        this.filedBy = by;
        this.filedAt = at;
    }

    public void answer(boolean accepted, String text, String by, LocalDateTime at) {
        if (status != ObjectionStatus.OPEN) {
            throw new BusinessRuleException("appraisal.objection.answered");
        }
        run.requireChangeable();
        String checkedAnswer = Texts.required(
                text, MAX_ANSWER, "appraisal.objection.answer.required", "appraisal.objection.answer.tooLong");
        this.status = accepted ? ObjectionStatus.ACCEPTED : ObjectionStatus.REJECTED;
        this.answer = checkedAnswer;
        this.answeredBy = by;
        this.answeredAt = at;
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

    public String getEvidence() {
        return evidence;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public LocalDateTime getFiledAt() {
        return filedAt;
    }

    public ObjectionStatus getStatus() {
        return status;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }
}
