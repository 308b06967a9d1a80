package org.kaocheng.appraisal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kaocheng.appraisal.application.AppraisalService;
import org.kaocheng.appraisal.application.RankingRow;
import org.kaocheng.appraisal.application.RunInfo;
import org.kaocheng.appraisal.domain.Indicator;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.platform.web.PagedDataModel;
import org.kaocheng.unit.domain.RankingGroup;

/**
 * A run's results: the ranking of one group at a time (lazy, paged in SQL) with the level-1
 * scores, and the workflow actions of assessors.
 */
@Named
@ViewScoped
public class RunView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AppraisalService runs;

    @Inject
    CurrentUser user;

    @Inject
    org.kaocheng.appraisal.application.AppraisalReportData reportData;

    @Inject
    org.kaocheng.platform.reporting.ReportEngine reportEngine;

    /** A level-1 column of the ranking. */
    public record Column(int index, String code, String name) implements Serializable {}

    private Long id;
    private RunInfo run;
    private List<RankingGroup> groups;
    private Long groupId;
    private List<Column> columns;
    private PagedDataModel<RankingRow> ranking;
    private long openObjections;
    private String revisionReason;
    private boolean schemeChanged;

    public void load() {
        run = runs.run(id);
        groups = runs.groups(id);
        if (groupId == null && !groups.isEmpty()) {
            groupId = groups.get(0).getId();
        }
        ranking = new PagedDataModel<>(request -> runs.ranking(id, groupId, request), RankingRow::unitId);
        openObjections = runs.openObjectionCount(id);
        scored();
    }

    /** The columns the run scored, and whether its scheme changed since (after each computation). */
    private void scored() {
        List<Indicator> levelOne = runs.levelOne(id);
        columns = new java.util.ArrayList<>();
        for (int k = 0; k < levelOne.size(); k++) {
            columns.add(new Column(k, levelOne.get(k).getCode(), levelOne.get(k).getName()));
        }
        schemeChanged = isAssessor() && runs.schemeChanged(id);
    }

    public boolean isAssessor() {
        return user.hasRole(Role.ASSESSOR);
    }

    public void startReview() {
        run = runs.startReview(id);
        Messages.info("appraisal.run.reviewStarted", run.objectionDeadline());
    }

    public void backToDraft() {
        run = runs.backToDraft(id);
    }

    public void refresh() {
        run = runs.refresh(id);
        scored();
        Messages.info("appraisal.run.refreshed");
    }

    public void publish() {
        run = runs.publish(id);
        Messages.info("appraisal.run.publishedMessage");
    }

    public String revise() {
        RunInfo revision = runs.revise(id, revisionReason);
        return "/appraisal/run?faces-redirect=true&id=" + revision.id();
    }

    public String delete() {
        runs.deleteDraft(id);
        return "/appraisal/runs?faces-redirect=true";
    }

    /** The ranking of the selected group as PDF. */
    public org.primefaces.model.StreamedContent getRankingPdf() {
        return ReportDownloads.pdf(reportEngine, reportData.ranking(id, groupId, Messages.locale()));
    }

    /** The ranking of the selected group as XLSX. */
    public org.primefaces.model.StreamedContent getRankingXlsx() {
        return ReportDownloads.xlsx(reportEngine, reportData.ranking(id, groupId, Messages.locale()));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RunInfo getRun() {
        return run;
    }

    public boolean isSchemeChanged() {
        return schemeChanged;
    }

    public List<RankingGroup> getGroups() {
        return groups;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public List<Column> getColumns() {
        return columns;
    }

    public PagedDataModel<RankingRow> getRanking() {
        return ranking;
    }

    public long getOpenObjections() {
        return openObjections;
    }

    public String getRevisionReason() {
        return revisionReason;
    }

    public void setRevisionReason(String revisionReason) {
        this.revisionReason = revisionReason;
    }
}
