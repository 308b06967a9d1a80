package org.kaocheng.staff.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.kaocheng.platform.reporting.ReportEngine;
import org.kaocheng.platform.web.ChartJson;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.staff.application.TurnoverRow;
import org.kaocheng.staff.application.TurnoverService;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Turnover per unit for a year, as a table and a bar chart (highest first). */
@Named
@ViewScoped
public class TurnoverView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CHART_UNITS = 20;

    @Inject
    TurnoverService turnover;

    @Inject
    ReportEngine reports;

    private int year = LocalDate.now().getYear();
    private List<TurnoverRow> rows = List.of();
    private String chart;

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        rows = turnover.overview(year);
        List<Number> values = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        rows.stream()
                .filter(r -> r.getTurnoverPercent() != null)
                .limit(CHART_UNITS)
                .forEach(r -> {
                    values.add(r.getTurnoverPercent());
                    labels.add(r.unitName());
                });
        chart = ChartJson.bar(labels, Messages.text("turnover.rate") + " (%)", values, false);
    }

    /** 人员变动表 as PDF (Chinese font embedded). */
    public StreamedContent getPdf() {
        byte[] pdf = reports.pdf("turnover", reportParameters(), rows, Messages.locale());
        return DefaultStreamedContent.builder().name("turnover-" + year + ".pdf").contentType("application/pdf").stream(
                        () -> new ByteArrayInputStream(pdf))
                .build();
    }

    public StreamedContent getXlsx() {
        byte[] xlsx = reports.xlsx("turnover", reportParameters(), rows, Messages.locale());
        return DefaultStreamedContent.builder()
                .name("turnover-" + year + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(xlsx))
                .build();
    }

    private Map<String, Object> reportParameters() {
        return Map.of("year", year, "generatedOn", LocalDate.now().toString());
    }

    public List<Integer> getYears() {
        int now = LocalDate.now().getYear();
        return IntStream.rangeClosed(now - 4, now)
                .boxed()
                .sorted((a, b) -> b - a)
                .toList();
    }

    public BigDecimal getDistrictRate() {
        int leavers = rows.stream().mapToInt(TurnoverRow::leavers).sum();
        int start = rows.stream().mapToInt(TurnoverRow::headcountStart).sum();
        int end = rows.stream().mapToInt(TurnoverRow::headcountEnd).sum();
        BigDecimal rate = TurnoverRow.rate(leavers, start, end);
        return rate == null ? null : rate.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP);
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<TurnoverRow> getRows() {
        return rows;
    }

    public String getChart() {
        return chart;
    }
}
