package org.kaocheng.report.application;

import java.io.Serializable;
import java.util.List;
import org.kaocheng.report.domain.ReportTexts;

/**
 * The annual report of one unit ({@code unitId} set) or of the district ({@code unitId} null, the
 * figures summed over all units): texts, the four tables and what the consistency checks found.
 */
public record AnnualReport(
        Long unitId,
        String unitName,
        int year,
        ReportTexts texts,
        ProactiveFigures proactive,
        ApplicationTable applications,
        ReviewTable reviews,
        List<String> unitsWithoutRegister,
        List<ReportProblem> problems)
        implements Serializable {

    public boolean isDistrict() {
        return unitId == null;
    }

    public boolean isExportable() {
        return problems.isEmpty();
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public int getYear() {
        return year;
    }

    public ReportTexts getTexts() {
        return texts;
    }

    public ProactiveFigures getProactive() {
        return proactive;
    }

    public ApplicationTable getApplications() {
        return applications;
    }

    public ReviewTable getReviews() {
        return reviews;
    }

    public List<ReportProblem> getProblems() {
        return problems;
    }
}
