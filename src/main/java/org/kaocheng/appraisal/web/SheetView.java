package org.kaocheng.appraisal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.kaocheng.appraisal.application.AppraisalService;
import org.kaocheng.appraisal.application.ObjectionRow;
import org.kaocheng.appraisal.application.ScoreSheet;
import org.kaocheng.appraisal.application.SheetLine;
import org.kaocheng.appraisal.domain.RunStatus;
import org.kaocheng.appraisal.metric.MetricRecord;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.web.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * A unit's score sheet: every indicator with its metric value, rule, arithmetic and the
 * records behind lost points; assessors adjust with a reason, the unit objects with evidence.
 */
@Named
@ViewScoped
public class SheetView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AppraisalService runs;

    @Inject
    CurrentUser user;

    @Inject
    org.kaocheng.appraisal.application.AppraisalReportData reportData;

    @Inject
    org.kaocheng.platform.reporting.ReportEngine reportEngine;

    private Long runId;
    private Long unitId;
    private ScoreSheet sheet;
    private List<ObjectionRow> objections;

    private SheetLine selected;
    private List<MetricRecord> records = List.of();
    private BigDecimal score;
    private String reason;
    private String evidence;
    private long maxBytes;

    public void load() {
        if (unitId == null) {
            unitId = user.getOperatorUnitId().orElse(null);
        }
        sheet = runs.sheet(runId, unitId);
        // viewers read published sheets but not the objections behind them
        objections = user.hasAnyRole(Role.ASSESSOR, Role.UNIT_OPERATOR)
                ? runs.objections(runId).stream()
                        .filter(o -> o.unitId().equals(unitId))
                        .toList()
                : List.of();
        if (user.hasRole(Role.UNIT_OPERATOR)) {
            maxBytes = runs.objectionFileMaxBytes();
        }
    }

    /** The largest file an objection takes, the upload's sizeLimit: a larger one is refused in the browser. */
    public long getMaxBytes() {
        return maxBytes;
    }

    public long getMaxMegabytes() {
        return maxBytes / (1024 * 1024);
    }

    public boolean isCanAdjust() {
        return user.hasRole(Role.ASSESSOR) && sheet.status() != RunStatus.PUBLISHED;
    }

    public boolean isCanObject() {
        return user.getOperatorUnitId().map(unitId::equals).orElse(false)
                && sheet.status() == RunStatus.UNDER_REVIEW
                && sheet.objectionDeadline() != null
                && !LocalDate.now().isAfter(sheet.objectionDeadline());
    }

    public void showRecords(SheetLine line) {
        selected = line;
        records = runs.records(runId, unitId, line.indicatorId());
    }

    public void startAdjust(SheetLine line) {
        selected = line;
        score = line.score();
        reason = line.adjustmentReason();
    }

    public void adjust() {
        runs.adjust(runId, unitId, selected.indicatorId(), score, reason, selected.adjustmentVersion());
        Messages.info("appraisal.saved");
        load();
    }

    public void startObjection(SheetLine line) {
        selected = line;
        evidence = null;
    }

    public void object() {
        runs.fileObjection(runId, unitId, selected.indicatorId(), evidence);
        Messages.info("appraisal.objection.filed");
        load();
    }

    /** A file attached to one of the unit's open objections. */
    public void attach(FileUploadEvent event) {
        Long objectionId = (Long) event.getComponent().getAttributes().get("objectionId");
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            runs.attachObjectionFile(objectionId, file.getFileName(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Messages.info("appraisal.objection.attached", file.getFileName());
        load();
    }

    /** This sheet as PDF. */
    public org.primefaces.model.StreamedContent getSheetPdf() {
        return ReportDownloads.pdf(reportEngine, reportData.sheet(runId, unitId, Messages.locale()));
    }

    public Long getRunId() {
        return runId;
    }

    public void setRunId(Long runId) {
        this.runId = runId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public ScoreSheet getSheet() {
        return sheet;
    }

    public List<ObjectionRow> getObjections() {
        return objections;
    }

    public SheetLine getSelected() {
        return selected;
    }

    public List<MetricRecord> getRecords() {
        return records;
    }

    public BigDecimal getScore() {
        return score;
    }

    public void setScore(BigDecimal score) {
        this.score = score;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}
