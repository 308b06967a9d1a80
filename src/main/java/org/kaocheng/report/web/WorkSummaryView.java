package org.kaocheng.report.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.kaocheng.platform.reporting.ReportEngine;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.report.application.WorkSummaryFigure;
import org.kaocheng.report.application.WorkSummaryFigures;
import org.kaocheng.report.application.WorkSummaryParagraph;
import org.kaocheng.report.application.WorkSummaryService;
import org.kaocheng.unit.application.UnitService;
import org.kaocheng.unit.domain.Unit;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The annual work summary: the year's figures with the records behind each, and the draft
 * whose prose the office edits here before exporting it as PDF or Word. The draft lives as long
 * as the page; the exported .docx is the document the office keeps editing.
 */
@Named
@ViewScoped
public class WorkSummaryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkSummaryService service;

    @Inject
    ReportEngine reports;

    @Inject
    UnitService units;

    @Inject
    CurrentUser user;

    private int year = LocalDate.now().getYear() - 1;
    private Long unitId;
    private WorkSummaryFigures figures;
    private List<WorkSummaryFigure> figureList = List.of();
    private List<WorkSummaryParagraph> draft = List.of();

    @PostConstruct
    void init() {
        generate();
    }

    /** Computes the figures and a fresh draft for the chosen year and unit. */
    public void generate() {
        figures = service.figures(unitId, year);
        unitId = figures.unitId();
        figureList = service.figureList(figures);
        draft = new ArrayList<>(service.draft(figures, Messages.locale(), LocalDate.now()));
    }

    public StreamedContent getPdf() {
        byte[] pdf = reports.pdf("work-summary", Map.of(), draft, Messages.locale());
        return DefaultStreamedContent.builder().name(fileName() + ".pdf").contentType("application/pdf").stream(
                        () -> new ByteArrayInputStream(pdf))
                .build();
    }

    public StreamedContent getDocx() {
        byte[] docx = reports.docx("work-summary", Map.of(), draft, Messages.locale());
        return DefaultStreamedContent.builder()
                .name(fileName() + ".docx")
                .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .stream(() -> new ByteArrayInputStream(docx))
                .build();
    }

    private String fileName() {
        return "work-summary-" + year + (figures.unitId() == null ? "" : "-" + figures.unitId());
    }

    public List<Integer> getYears() {
        int now = LocalDate.now().getYear();
        return IntStream.rangeClosed(now - 5, now)
                .boxed()
                .sorted((a, b) -> b - a)
                .toList();
    }

    public List<Unit> getUnits() {
        return units.unitsInScope();
    }

    public boolean isReadsAllUnits() {
        return user.readsAllUnits();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public WorkSummaryFigures getFigures() {
        return figures;
    }

    public List<WorkSummaryFigure> getFigureList() {
        return figureList;
    }

    public List<WorkSummaryParagraph> getDraft() {
        return draft;
    }
}
