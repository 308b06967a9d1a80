package org.kaocheng.selfcheck.application;

import java.time.LocalDate;
import java.util.Set;
import org.kaocheng.selfcheck.domain.CampaignTarget;

/** A new campaign as the assessor fills it in. */
public record CampaignForm(
        Long templateId,
        String title,
        String periodLabel,
        CampaignTarget target,
        Long rankingGroupId,
        Set<Long> unitIds,
        LocalDate opensOn,
        LocalDate closesOn) {}
