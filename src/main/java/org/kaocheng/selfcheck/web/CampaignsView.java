package org.kaocheng.selfcheck.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.platform.web.PagedDataModel;
import org.kaocheng.selfcheck.application.CampaignForm;
import org.kaocheng.selfcheck.application.CampaignService;
import org.kaocheng.selfcheck.application.TemplateService;
import org.kaocheng.selfcheck.domain.Campaign;
import org.kaocheng.selfcheck.domain.CampaignTarget;
import org.kaocheng.selfcheck.domain.ChecklistTemplate;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;

/** Campaigns: the list, a new campaign, and opening one. */
@Named
@ViewScoped
public class CampaignsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignService campaigns;

    @Inject
    TemplateService templates;

    @Inject
    CurrentUser user;

    private PagedDataModel<Campaign> model;
    private List<ChecklistTemplate> templateVersions = List.of();
    private List<RankingGroup> groups = List.of();
    private List<Unit> units = List.of();

    private Long templateId;
    private String title;
    private String periodLabel;
    private CampaignTarget target = CampaignTarget.ALL;
    private Long rankingGroupId;
    private List<Long> unitIds = new ArrayList<>();
    private LocalDate opensOn;
    private LocalDate closesOn;

    @PostConstruct
    void init() {
        CampaignService service = campaigns;
        model = new PagedDataModel<>(service::page, Campaign::getId);
        // refuses users who may not see campaigns before anything is rendered (403, not half a page)
        templateVersions = templates.allVersions();
        if (user.hasRole(Role.ASSESSOR)) {
            groups = campaigns.rankingGroups();
            units = campaigns.activeUnits();
        }
    }

    public void create() {
        campaigns.create(new CampaignForm(
                templateId, title, periodLabel, target, rankingGroupId, new HashSet<>(unitIds), opensOn, closesOn));
        Messages.info("common.saved");
        title = null;
        periodLabel = null;
    }

    public void open(Campaign campaign) {
        int count = campaigns.open(campaign.getId(), campaign.getVersion());
        Messages.info("selfcheck.campaign.opened", count);
    }

    public CampaignTarget[] getTargets() {
        return CampaignTarget.values();
    }

    public PagedDataModel<Campaign> getModel() {
        return model;
    }

    public List<ChecklistTemplate> getTemplateVersions() {
        return templateVersions;
    }

    public List<RankingGroup> getGroups() {
        return groups;
    }

    public List<Unit> getUnits() {
        return units;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPeriodLabel() {
        return periodLabel;
    }

    public void setPeriodLabel(String periodLabel) {
        this.periodLabel = periodLabel;
    }

    public CampaignTarget getTarget() {
        return target;
    }

    public void setTarget(CampaignTarget target) {
        this.target = target;
    }

    public Long getRankingGroupId() {
        return rankingGroupId;
    }

    public void setRankingGroupId(Long rankingGroupId) {
        this.rankingGroupId = rankingGroupId;
    }

    public List<Long> getUnitIds() {
        return unitIds;
    }

    public void setUnitIds(List<Long> unitIds) {
        this.unitIds = unitIds;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }
}
