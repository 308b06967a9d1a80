package org.kaocheng.selfcheck.application;

import java.math.BigDecimal;
import org.kaocheng.selfcheck.domain.CheckStatus;

/** An item's provisional score in a unit's self-check, for the appraisal's manual indicators. */
public record ItemScore(
        Long answerId,
        String itemCode,
        String question,
        BigDecimal points,
        CheckStatus status,
        BigDecimal provisionalScore,
        String reviewComment) {}
