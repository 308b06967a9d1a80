package org.kaocheng.report.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.kaocheng.report.domain.ReportTexts;

/** The district report's text sections as a page edits them; {@code version} null when not yet saved. */
public class DistrictTextForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Min(value = 2000, message = "{report.year.range}")
    @Max(value = 2100, message = "{report.year.range}")
    private int year;

    private Integer version;

    @Size(max = ReportTexts.MAX_LENGTH, message = "{report.text.size}")
    private String overview;

    @Size(max = ReportTexts.MAX_LENGTH, message = "{report.text.size}")
    private String problems;

    @Size(max = ReportTexts.MAX_LENGTH, message = "{report.text.size}")
    private String otherMatters;

    public DistrictTextForm() {}

    public DistrictTextForm(int year) {
        this.year = year;
    }

    DistrictTextForm fill(ReportTexts t, Integer version) {
        this.version = version;
        overview = t.overview();
        problems = t.problems();
        otherMatters = t.otherMatters();
        return this;
    }

    public ReportTexts texts() {
        return new ReportTexts(overview, problems, otherMatters);
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
