package org.kaocheng.selfcheck.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.kaocheng.selfcheck.domain.CheckStatus;

/** What a unit still has to do in a campaign, with the assessor's latest reminder. */
public record DashboardReminder(
        Long selfCheckId,
        String campaignTitle,
        String periodLabel,
        CheckStatus status,
        LocalDate closesOn,
        LocalDate reopenedUntil,
        boolean overdue,
        LocalDateTime remindedAt,
        String message) {}
