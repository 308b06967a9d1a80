package org.kaocheng.selfcheck.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A unit's self-check as a printable document: its items with the answers and review, and the
 * list of evidence with checksums (for the PDF export).
 */
public record SelfCheckReportData(
        String campaignTitle,
        String periodLabel,
        String unitName,
        String status,
        boolean late,
        int rounds,
        LocalDate closesOn,
        LocalDateTime firstSubmittedAt,
        LocalDateTime lastSubmittedAt,
        BigDecimal totalPoints,
        BigDecimal totalScore,
        List<ItemLine> items,
        List<EvidenceLine> evidence) {

    /** One item: code, section, question, the answer as given, status, score and comment. */
    public record ItemLine(
            String code,
            String section,
            String question,
            String answer,
            String status,
            BigDecimal points,
            BigDecimal score,
            String comment) {}

    /** One current piece of evidence: the item it supports, its name, type, size and SHA-256 (or its link). */
    public record EvidenceLine(
            String itemCode,
            String name,
            String type,
            Long sizeBytes,
            String sha256,
            String url,
            LocalDateTime uploadedAt,
            String uploadedBy) {}
}
