package org.kaocheng.appraisal.application;

import java.io.Serializable;
import java.math.BigDecimal;
import org.kaocheng.appraisal.domain.scoring.Grade;

/** How a unit's total, rank and grade would change with other points (nothing is saved). */
public record WhatIfRow(
        Long unitId,
        String unitCode,
        String unitName,
        String groupName,
        BigDecimal currentTotal,
        BigDecimal previewTotal,
        int currentRank,
        int previewRank,
        Grade currentGrade,
        Grade previewGrade)
        implements Serializable {

    /** Places moved up (positive) or down (negative). */
    public int getMovement() {
        return currentRank - previewRank;
    }
}
