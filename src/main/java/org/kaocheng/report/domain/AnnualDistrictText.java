package org.kaocheng.report.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;

/** The district report's own text sections for a year (its figures are the sum over the units). */
@Entity
@Table(name = "annual_district_text")
@NamedQuery(name = "AnnualDistrictText.ofYear", query = "SELECT t FROM AnnualDistrictText t WHERE t.year = :year")
public class AnnualDistrictText extends VersionedEntity {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    @Id
    @SequenceGenerator(
            name = "annual_district_text_seq",
            sequenceName = "annual_district_text_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "annual_district_text_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "report_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "overview", length = ReportTexts.MAX_LENGTH)
    private String overview;

    @Column(name = "problems", length = ReportTexts.MAX_LENGTH)
    private String problems;

    @Column(name = "other_matters", length = ReportTexts.MAX_LENGTH)
    private String otherMatters;

    protected AnnualDistrictText() {}

    public AnnualDistrictText(int year) {
        requireYear(year);
        this.year = year;
    }

    static void requireYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new BusinessRuleException("report.year.range", MIN_YEAR, MAX_YEAR);
        }
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

    public int getYear() {
        return year;
    }

    @Override
    public String toString() {
        return "AnnualDistrictText[" + id + ", " + year + "]";
    }
}
