package org.kaocheng.appraisal.domain.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A unit's sheet: every indicator's score (in tree order), totals, vetoes, its rank in its
 * group (equal totals share a rank: 1, 2, 2, 4), its position after the tie-break, and grade.
 */
public record UnitScore(
        UnitInput unit,
        Map<Long, IndicatorScore> indicators,
        BigDecimal baseTotal,
        BigDecimal bonusTotal,
        BigDecimal total,
        int vetoCount,
        List<BigDecimal> levelOneScores,
        int rank,
        int position,
        Grade grade) {

    public UnitScore {
        indicators = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(indicators));
        levelOneScores = List.copyOf(levelOneScores);
    }

    public IndicatorScore score(Long indicatorId) {
        return indicators.get(indicatorId);
    }

    public boolean isVetoed() {
        return vetoCount > 0;
    }

    UnitScore ranked(int newRank, int newPosition, Grade newGrade) {
        return new UnitScore(
                unit,
                indicators,
                baseTotal,
                bonusTotal,
                total,
                vetoCount,
                levelOneScores,
                newRank,
                newPosition,
                newGrade);
    }
}
