package org.kaocheng.training.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.kaocheng.platform.web.ChartJson;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.training.application.CoverageQuery;
import org.kaocheng.training.application.CoverageRow;
import org.kaocheng.training.application.TrainingCoverageService;

/** Coverage per unit for a year, as a table and a chart, with the people behind a chosen unit's figures. */
@Named
@ViewScoped
public class CoverageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingCoverageService coverage;

    private int year = LocalDate.now().getYear();
    private List<CoverageRow> rows = List.of();
    private CoverageRow selected;
    private List<CoverageQuery.CoveredPerson> people = List.of();
    private List<CoverageQuery.OverdueInduction> overdue = List.of();

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        rows = coverage.rows(year);
        selected = null;
        people = List.of();
        overdue = List.of();
    }

    public void select(CoverageRow row) {
        selected = row;
        people = coverage.people(row.unitId(), year);
        overdue = coverage.overdue(row.unitId(), year);
    }

    /** The coverage per unit (per cent, bars) and its overdue inductions (points), as the JSON p:chart takes. */
    public String getChartJson() {
        List<CoverageRow> withStaff =
                rows.stream().filter(r -> r.activeStaff() > 0).toList();
        return ChartJson.barsWithCounts(
                withStaff.stream().map(CoverageRow::unitName).toList(),
                Messages.text("training.coverage.rate"),
                withStaff.stream().map(CoverageRow::getCoveragePercent).toList(),
                Messages.text("training.coverage.overdue"),
                // a unit without overdue inductions gets no point (a row of zeros along the axis hid the few that
                // count)
                withStaff.stream()
                        .map(r -> r.overdueInductions() == 0 ? null : Integer.valueOf(r.overdueInductions()))
                        .toList());
    }

    public List<Integer> getYears() {
        int now = LocalDate.now().getYear();
        return IntStream.rangeClosed(now - 4, now)
                .boxed()
                .sorted((a, b) -> b - a)
                .toList();
    }

    public BigDecimal getRequiredHours() {
        return coverage.requiredHours();
    }

    /** District-wide figures: sums of the rows, the rate of the sums. */
    public CoverageRow getTotal() {
        int active = rows.stream().mapToInt(CoverageRow::activeStaff).sum();
        int trained = rows.stream().mapToInt(CoverageRow::trainedStaff).sum();
        int late = rows.stream().mapToInt(CoverageRow::overdueInductions).sum();
        return new CoverageRow(null, "", Messages.text("common.total"), active, trained, late);
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<CoverageRow> getRows() {
        return rows;
    }

    public CoverageRow getSelected() {
        return selected;
    }

    public List<CoverageQuery.CoveredPerson> getPeople() {
        return people;
    }

    public List<CoverageQuery.OverdueInduction> getOverdue() {
        return overdue;
    }
}
