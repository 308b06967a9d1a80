package org.kaocheng.selfcheck.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kaocheng.platform.persistence.Page;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.platform.web.PagedDataModel;
import org.kaocheng.selfcheck.application.CampaignOverview;
import org.kaocheng.selfcheck.application.CampaignService;
import org.kaocheng.selfcheck.application.UnitProgressRow;
import org.kaocheng.selfcheck.domain.Campaign;
import org.kaocheng.selfcheck.domain.CheckStatus;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One campaign for assessors: units per status (counted in SQL), the units' table with late
 * and overdue ones highlighted, reminders, reopening after the deadline, export to .xlsx.
 */
@Named
@ViewScoped
public class CampaignView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CampaignService campaigns;

    private Long id;
    private Campaign campaign;
    private CampaignOverview overview;
    private PagedDataModel<UnitProgressRow> units;
    private String reminder;
    private UnitProgressRow selected;
    private LocalDate reopenUntil;
    private boolean attentionOnly;
    private String reopenComment;

    public void load() {
        campaign = campaigns.get(id);
        overview = campaigns.overview(id);
        Long campaignId = id;
        CampaignService service = campaigns;
        units = new PagedDataModel<>(request -> service.units(campaignId, request), UnitProgressRow::selfCheckId);
    }

    public void remindAll() {
        int count = campaigns.remindAllPending(id, reminder);
        Messages.info("selfcheck.reminded", count);
        overview = campaigns.overview(id);
    }

    public void remind(UnitProgressRow row) {
        campaigns.remind(row.selfCheckId(), reminder);
        Messages.info("selfcheck.reminded", 1);
    }

    public void select(UnitProgressRow row) {
        selected = row;
        reopenUntil = LocalDate.now().plusDays(3);
        reopenComment = null;
    }

    public void reopen() {
        campaigns.reopen(selected.selfCheckId(), selected.selfCheckVersion(), reopenUntil, reopenComment);
        Messages.info("selfcheck.reopened", selected.unitName());
        overview = campaigns.overview(id);
    }

    /** Shows only late and overdue units, or all again. */
    public void filterAttention() {
        units.setFixedFilter("attention", attentionOnly ? "true" : null);
    }

    /** Every unit's row, page by page from the database, as an .xlsx file. */
    public StreamedContent getExport() {
        List<UnitProgressRow> rows = new ArrayList<>();
        int first = 0;
        Page<UnitProgressRow> page;
        do {
            page = campaigns.units(id, PageRequest.of(first, PageRequest.MAX_PAGE_SIZE));
            rows.addAll(page.rows());
            first += PageRequest.MAX_PAGE_SIZE;
        } while (first < page.total());
        byte[] xlsx = CampaignStatusWorkbook.write(campaign, rows, Messages.locale());
        return DefaultStreamedContent.builder()
                .name("selfcheck-" + campaign.getPeriodLabel().replaceAll("[^A-Za-z0-9]", "") + "-" + id + ".xlsx")
                .contentType(XLSX)
                .contentLength((long) xlsx.length)
                .stream(() -> new ByteArrayInputStream(xlsx))
                .build();
    }

    public CheckStatus[] getStatuses() {
        return CheckStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public CampaignOverview getOverview() {
        return overview;
    }

    public PagedDataModel<UnitProgressRow> getUnits() {
        return units;
    }

    public String getReminder() {
        return reminder;
    }

    public void setReminder(String reminder) {
        this.reminder = reminder;
    }

    public boolean isAttentionOnly() {
        return attentionOnly;
    }

    public void setAttentionOnly(boolean attentionOnly) {
        this.attentionOnly = attentionOnly;
    }

    public UnitProgressRow getSelected() {
        return selected;
    }

    public LocalDate getReopenUntil() {
        return reopenUntil;
    }

    public void setReopenUntil(LocalDate reopenUntil) {
        this.reopenUntil = reopenUntil;
    }

    public String getReopenComment() {
        return reopenComment;
    }

    public void setReopenComment(String reopenComment) {
        this.reopenComment = reopenComment;
    }
}
