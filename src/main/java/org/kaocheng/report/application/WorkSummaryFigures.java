package org.kaocheng.report.application;

import java.io.Serializable;
import org.kaocheng.disclosure.application.ConcernResponseService.ConcernTotals;
import org.kaocheng.disclosure.application.NewMediaYear;
import org.kaocheng.disclosure.application.PressEventService.PressTotals;
import org.kaocheng.disclosure.application.PublicityEventService.PublicityTotals;
import org.kaocheng.disclosure.application.PublishedCounts;
import org.kaocheng.disclosure.application.ReadingPointService.ReadingPointTotals;
import org.kaocheng.disclosure.application.UnitApplicationCounts;
import org.kaocheng.training.application.TrainingYear;

/**
 * Every figure of a year's work summary, for the district ({@code unitId} null) or one unit, each
 * computed by the capability that keeps its records.
 */
public record WorkSummaryFigures(
        int year,
        Long unitId,
        String unitName,
        PublishedCounts published,
        ConcernTotals concerns,
        PressTotals press,
        UnitApplicationCounts applications,
        PublicityTotals publicity,
        ReadingPointTotals readingPoints,
        NewMediaYear newMedia,
        TrainingYear training)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public int getYear() {
        return year;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public PublishedCounts getPublished() {
        return published;
    }

    public ConcernTotals getConcerns() {
        return concerns;
    }

    public PressTotals getPress() {
        return press;
    }

    public UnitApplicationCounts getApplications() {
        return applications;
    }

    public PublicityTotals getPublicity() {
        return publicity;
    }

    public ReadingPointTotals getReadingPoints() {
        return readingPoints;
    }

    public NewMediaYear getNewMedia() {
        return newMedia;
    }

    public TrainingYear getTraining() {
        return training;
    }
}
