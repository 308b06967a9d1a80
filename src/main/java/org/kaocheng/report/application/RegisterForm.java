package org.kaocheng.report.application;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import org.kaocheng.report.domain.RegisterFigures;
import org.kaocheng.report.domain.ReportTexts;

/**
 * The 年报填报 form of a unit and year as a page edits it: {@code version} null for a register not
 * yet saved, else the version read (a stale save is refused).
 */
public class RegisterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{report.unit.required}")
    private Long unitId;

    @Min(value = 2000, message = "{report.year.range}")
    @Max(value = 2100, message = "{report.year.range}")
    private int year;

    private Integer version;

    @NotNull(message = "{report.register.figure.required}")
    @Min(value = 0, message = "{report.register.figure.min}")
    private Integer rulesIssued = 0;

    @NotNull(message = "{report.register.figure.required}")
    @Min(value = 0, message = "{report.register.figure.min}")
    private Integer rulesRepealed = 0;

    @NotNull(message = "{report.register.figure.required}")
    @Min(value = 0, message = "{report.register.figure.min}")
    private Integer rulesInForce = 0;

    @NotNull(message = "{report.register.figure.required}")
    @Min(value = 0, message = "{report.register.figure.min}")
    private Integer normativeRepealed = 0;

    @NotNull(message = "{report.register.figure.required}")
    @Min(value = 0, message = "{report.register.figure.min}")
    private Integer normativeInForce = 0;

    @NotNull(message = "{report.register.figure.required}")
    @Min(value = 0, message = "{report.register.figure.min}")
    private Integer licensingDecisions = 0;

    @NotNull(message = "{report.register.figure.required}")
    @Min(value = 0, message = "{report.register.figure.min}")
    private Integer penaltyDecisions = 0;

    @NotNull(message = "{report.register.figure.required}")
    @Min(value = 0, message = "{report.register.figure.min}")
    private Integer enforcementDecisions = 0;

    @NotNull(message = "{report.register.figure.required}")
    @DecimalMin(value = "0", message = "{report.register.figure.min}")
    @Digits(integer = 10, fraction = RegisterFigures.FEE_SCALE, message = "{report.register.fee.digits}")
    private BigDecimal feeAmount = BigDecimal.ZERO;

    @Size(max = ReportTexts.MAX_LENGTH, message = "{report.text.size}")
    private String overview;

    @Size(max = ReportTexts.MAX_LENGTH, message = "{report.text.size}")
    private String problems;

    @Size(max = ReportTexts.MAX_LENGTH, message = "{report.text.size}")
    private String otherMatters;

    public RegisterForm() {}

    public RegisterForm(Long unitId, int year) {
        this.unitId = unitId;
        this.year = year;
    }

    RegisterForm fill(RegisterFigures f, ReportTexts t, Integer version) {
        this.version = version;
        rulesIssued = f.rulesIssued();
        rulesRepealed = f.rulesRepealed();
        rulesInForce = f.rulesInForce();
        normativeRepealed = f.normativeRepealed();
        normativeInForce = f.normativeInForce();
        licensingDecisions = f.licensingDecisions();
        penaltyDecisions = f.penaltyDecisions();
        enforcementDecisions = f.enforcementDecisions();
        feeAmount = f.feeAmount();
        overview = t.overview();
        problems = t.problems();
        otherMatters = t.otherMatters();
        return this;
    }

    public RegisterFigures figures() {
        return new RegisterFigures(
                v(rulesIssued),
                v(rulesRepealed),
                v(rulesInForce),
                v(normativeRepealed),
                v(normativeInForce),
                v(licensingDecisions),
                v(penaltyDecisions),
                v(enforcementDecisions),
                feeAmount);
    }

    public ReportTexts texts() {
        return new ReportTexts(overview, problems, otherMatters);
    }

    private static int v(Integer value) {
        if (value == null) {
            throw new org.kaocheng.platform.BusinessRuleException("report.register.figureRequired");
        }
        return value;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public Integer getRulesIssued() {
        return rulesIssued;
    }

    public void setRulesIssued(Integer v) {
        this.rulesIssued = v;
    }

    public Integer getRulesRepealed() {
        return rulesRepealed;
    }

    public void setRulesRepealed(Integer v) {
        this.rulesRepealed = v;
    }

    public Integer getRulesInForce() {
        return rulesInForce;
    }

    public void setRulesInForce(Integer v) {
        this.rulesInForce = v;
    }

    public Integer getNormativeRepealed() {
        return normativeRepealed;
    }

    public void setNormativeRepealed(Integer v) {
        this.normativeRepealed = v;
    }

    public Integer getNormativeInForce() {
        return normativeInForce;
    }

    public void setNormativeInForce(Integer v) {
        this.normativeInForce = v;
    }

    public Integer getLicensingDecisions() {
        return licensingDecisions;
    }

    public void setLicensingDecisions(Integer v) {
        this.licensingDecisions = v;
    }

    public Integer getPenaltyDecisions() {
        return penaltyDecisions;
    }

    public void setPenaltyDecisions(Integer v) {
        this.penaltyDecisions = v;
    }

    public Integer getEnforcementDecisions() {
        return enforcementDecisions;
    }

    public void setEnforcementDecisions(Integer v) {
        this.enforcementDecisions = v;
    }

    public BigDecimal getFeeAmount() {
        return feeAmount;
    }

    public void setFeeAmount(BigDecimal feeAmount) {
        this.feeAmount = feeAmount;
    }

    public String getOverview() {
        return overview;
    }

    public void setOverview(String overview) {
        this.overview = overview;
    }

    public String getProblems() {
        return problems;
    }

    public void setProblems(String problems) {
        this.problems = problems;
    }

    public String getOtherMatters() {
        return otherMatters;
    }

    public void setOtherMatters(String otherMatters) {
        this.otherMatters = otherMatters;
    }
}
