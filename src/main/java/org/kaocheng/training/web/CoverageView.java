package org.kaocheng.training.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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

    /** A Chart.js bar chart of the coverage per unit (per cent), as the JSON p:chart takes. */
    public String getChartJson() {
        List<CoverageRow> withStaff =
                rows.stream().filter(r -> r.activeStaff() > 0).toList();
        String labels = withStaff.stream().map(r -> json(r.unitName())).collect(Collectors.joining(","));
        String values = withStaff.stream()
                .map(r -> r.getCoveragePercent().toPlainString())
                .collect(Collectors.joining(","));
        String overdueValues = withStaff.stream()
                .map(r -> String.valueOf(r.overdueInductions()))
                .collect(Collectors.joining(","));
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":["
                + "{\"label\":" + json(Messages.text("training.coverage.rate")) + ",\"data\":[" + values
                + "],\"backgroundColor\":\"rgba(178,34,34,0.6)\",\"yAxisID\":\"y\"},"
                + "{\"label\":" + json(Messages.text("training.coverage.overdue")) + ",\"data\":[" + overdueValues
                + "],\"type\":\"line\",\"borderColor\":\"#555\",\"yAxisID\":\"y1\"}]},"
                + "\"options\":{\"responsive\":true,\"scales\":{\"y\":{\"min\":0,\"max\":100},"
                + "\"y1\":{\"position\":\"right\",\"min\":0,\"grid\":{\"drawOnChartArea\":false}}}}}";
    }

    private static String json(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '<' -> b.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
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
