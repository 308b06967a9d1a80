package org.kaocheng.appraisal.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * A line of the ranking report (reports/appraisal-ranking.jrxml), as a JavaBean for the report
 * engine: up to seven level-1 scores in columns s1…s7.
 */
public class RankingReportRow {

    static final int COLUMNS = 7;

    private final Integer rank;
    private final String unitName;
    private final BigDecimal[] scores = new BigDecimal[COLUMNS];
    private final BigDecimal total;
    private final String veto;
    private final String grade;

    RankingReportRow(RankingRow row, String vetoText, String gradeText) {
        this.rank = row.rank();
        this.unitName = row.unitName();
        List<BigDecimal> levelOne = row.levelOneScores();
        for (int k = 0; k < Math.min(COLUMNS, levelOne.size()); k++) {
            scores[k] = levelOne.get(k);
        }
        this.total = row.total();
        this.veto = row.isVetoed() ? vetoText : "";
        this.grade = gradeText;
    }

    public Integer getRank() {
        return rank;
    }

    public String getUnitName() {
        return unitName;
    }

    public BigDecimal getS1() {
        return scores[0];
    }

    public BigDecimal getS2() {
        return scores[1];
    }

    public BigDecimal getS3() {
        return scores[2];
    }

    public BigDecimal getS4() {
        return scores[3];
    }

    public BigDecimal getS5() {
        return scores[4];
    }

    public BigDecimal getS6() {
        return scores[5];
    }

    public BigDecimal getS7() {
        return scores[6];
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getVeto() {
        return veto;
    }

    public String getGrade() {
        return grade;
    }
}
