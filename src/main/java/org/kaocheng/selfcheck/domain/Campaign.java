package org.kaocheng.selfcheck.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;
import org.kaocheng.unit.domain.RankingGroup;

/**
 * A self-check campaign (自查任务): one template version sent to units for a period, open for
 * submissions from its opening date to its closing date (inclusive).
 */
@Entity
@Table(name = "sc_campaign")
@NamedQuery(name = "Campaign.all", query = "SELECT c FROM Campaign c ORDER BY c.closesOn DESC, c.id DESC")
@NamedQuery(name = "Campaign.usingTemplate", query = "SELECT COUNT(c) FROM Campaign c WHERE c.template = :template")
public class Campaign extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "sc_campaign_seq", sequenceName = "sc_campaign_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sc_campaign_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private ChecklistTemplate template;

    @Column(name = "title")
    private String title;

    @Column(name = "period_label")
    private String periodLabel;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind")
    private CampaignTarget targetKind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ranking_group_id")
    private RankingGroup rankingGroup;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "sc_campaign_unit", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "unit_id")
    private Set<Long> unitIds = new HashSet<>();

    @Column(name = "opens_on")
    private LocalDate opensOn;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private CampaignStatus status = CampaignStatus.DRAFT;

    @Column(name = "opened_at")
    private LocalDateTime openedAt;

    @Column(name = "created_by")
    private String createdBy;

    protected Campaign() {}

    public Campaign(
            ChecklistTemplate template,
            String title,
            String periodLabel,
            CampaignTarget targetKind,
            RankingGroup rankingGroup,
            Set<Long> unitIds,
            LocalDate opensOn,
            LocalDate closesOn,
            String createdBy) {
        if (template == null) {
            throw new BusinessRuleException("selfcheck.campaign.templateRequired");
        }
        if (title == null || title.isBlank() || periodLabel == null || periodLabel.isBlank()) {
            throw new BusinessRuleException("selfcheck.campaign.titleRequired");
        }
        if (opensOn == null || closesOn == null || closesOn.isBefore(opensOn)) {
            throw new BusinessRuleException("selfcheck.campaign.datesInvalid");
        }
        if (targetKind == null
                || targetKind == CampaignTarget.GROUP && rankingGroup == null
                || targetKind == CampaignTarget.UNITS && (unitIds == null || unitIds.isEmpty())) {
            throw new BusinessRuleException("selfcheck.campaign.targetRequired");
        }
        this.template = template;
        this.title = title.trim();
        this.periodLabel = periodLabel.trim();
        this.targetKind = targetKind;
        this.rankingGroup = targetKind == CampaignTarget.GROUP ? rankingGroup : null;
        this.unitIds = targetKind == CampaignTarget.UNITS ? new HashSet<>(unitIds) : new HashSet<>();
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.createdBy = createdBy;
    }

    /**
     * Opens the campaign: from its opening date (not before) and before its closing date has
     * passed. Freezes the template version.
     */
    public void open(LocalDate today, LocalDateTime now) {
        if (status != CampaignStatus.DRAFT) {
            throw new BusinessRuleException("selfcheck.campaign.alreadyOpen", title);
        }
        if (today.isBefore(opensOn)) {
            throw new BusinessRuleException("selfcheck.campaign.notYet", opensOn);
        }
        if (today.isAfter(closesOn)) {
            throw new BusinessRuleException("selfcheck.campaign.closed", closesOn);
        }
        template.freeze();
        status = CampaignStatus.OPEN;
        openedAt = now;
    }

    /** Whether a first submission on this day is on time. */
    public boolean isOnTime(LocalDate day) {
        return !day.isAfter(closesOn);
    }

    @Override
    public Long getId() {
        return id;
    }

    public ChecklistTemplate getTemplate() {
        return template;
    }

    public String getTitle() {
        return title;
    }

    public String getPeriodLabel() {
        return periodLabel;
    }

    public CampaignTarget getTargetKind() {
        return targetKind;
    }

    public RankingGroup getRankingGroup() {
        return rankingGroup;
    }

    public Set<Long> getUnitIds() {
        return Set.copyOf(unitIds);
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public LocalDateTime getOpenedAt() {
        return openedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    @Override
    public String toString() {
        return title + " (" + periodLabel + ")";
    }
}
