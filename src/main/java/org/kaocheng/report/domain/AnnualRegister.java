package org.kaocheng.report.domain;

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
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;
import org.kaocheng.unit.domain.Unit;

/**
 * A unit's 年报填报 for a year: the figures of section 二 no other capability records, and its
 * text sections. One per unit and year; edits are versioned and audited like every entity.
 */
@Entity
@Table(name = "annual_register")
@NamedQuery(
        name = "AnnualRegister.ofUnitAndYear",
        query = "SELECT r FROM AnnualRegister r WHERE r.unit.id = :unitId AND r.year = :year")
public class AnnualRegister extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "annual_register_seq", sequenceName = "annual_register_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "annual_register_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private Unit unit;

    @Column(name = "report_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "rules_issued", nullable = false)
    private int rulesIssued;

    @Column(name = "rules_repealed", nullable = false)
    private int rulesRepealed;

    @Column(name = "rules_in_force", nullable = false)
    private int rulesInForce;

    @Column(name = "normative_repealed", nullable = false)
    private int normativeRepealed;

    @Column(name = "normative_in_force", nullable = false)
    private int normativeInForce;

    @Column(name = "licensing_decisions", nullable = false)
    private int licensingDecisions;

    @Column(name = "penalty_decisions", nullable = false)
    private int penaltyDecisions;

    @Column(name = "enforcement_decisions", nullable = false)
    private int enforcementDecisions;

    @Column(name = "fee_amount", nullable = false, precision = 14, scale = 4)
    private BigDecimal feeAmount = BigDecimal.ZERO;

    @Column(name = "overview", length = ReportTexts.MAX_LENGTH)
    private String overview;

    @Column(name = "problems", length = ReportTexts.MAX_LENGTH)
    private String problems;

    @Column(name = "other_matters", length = ReportTexts.MAX_LENGTH)
    private String otherMatters;

    protected AnnualRegister() {}

    public AnnualRegister(Unit unit, int year) {
        if (unit == null) {
            throw new BusinessRuleException("report.unit.required");
        }
        AnnualDistrictText.requireYear(year);
        this.unit = unit;
        this.year = year;
    }

    public void setFigures(RegisterFigures f) {
        this.rulesIssued = f.rulesIssued();
        this.rulesRepealed = f.rulesRepealed();
        this.rulesInForce = f.rulesInForce();
        this.normativeRepealed = f.normativeRepealed();
        this.normativeInForce = f.normativeInForce();
        this.licensingDecisions = f.licensingDecisions();
        this.penaltyDecisions = f.penaltyDecisions();
        this.enforcementDecisions = f.enforcementDecisions();
        this.feeAmount = f.feeAmount();
    }

    public RegisterFigures getFigures() {
        return new RegisterFigures(
                rulesIssued,
                rulesRepealed,
                rulesInForce,
                normativeRepealed,
                normativeInForce,
                licensingDecisions,
                penaltyDecisions,
                enforcementDecisions,
                feeAmount);
    }

    public void setTexts(ReportTexts texts) {
        this.overview = texts.overview();
        this.problems = texts.problems();
        this.otherMatters = texts.otherMatters();
    }

    public ReportTexts getTexts() {
        return new ReportTexts(overview, problems, otherMatters);
    }

    @Override
    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public int getYear() {
        return year;
    }

    @Override
    public String toString() {
        return "AnnualRegister[" + id + ", unit " + (unit == null ? null : unit.getId()) + ", " + year + "]";
    }
}
