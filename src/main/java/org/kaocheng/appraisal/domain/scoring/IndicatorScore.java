package org.kaocheng.appraisal.domain.scoring;

import java.math.BigDecimal;

/**
 * One indicator's score for one unit, and why.
 *
 * @param points      the indicator's points
 * @param score       points obtained (2 decimals)
 * @param lost        points lost (0 for bonus indicators: a bonus not earned is not a loss)
 * @param metricValue the metric value used, or null
 * @param veto        a single veto applies
 * @param note        where the score comes from
 * @param formula     the arithmetic, in figures and symbols (language-neutral), e.g. {@code 10 - 3 × 1 = 7.00}; only characters the embedded report font has (no U+2212, U+21D2)
 */
public record IndicatorScore(
        Long indicatorId,
        BigDecimal points,
        BigDecimal score,
        BigDecimal lost,
        BigDecimal metricValue,
        boolean veto,
        ScoreNote note,
        String formula) {}
