package org.kaocheng.appraisal.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.kaocheng.appraisal.domain.scoring.Grade;

/** One unit's line of a ranking: rank (shared on equal totals), position after the tie-break, grade. */
public record RankingRow(
        Long unitId,
        String unitCode,
        String unitName,
        Long groupId,
        String groupName,
        int rank,
        int position,
        BigDecimal baseTotal,
        BigDecimal bonusTotal,
        BigDecimal total,
        int vetoCount,
        Grade grade,
        List<BigDecimal> levelOneScores)
        implements Serializable {

    public RankingRow {
        levelOneScores = levelOneScores == null ? List.of() : List.copyOf(levelOneScores);
    }

    public boolean isVetoed() {
        return vetoCount > 0;
    }
}
