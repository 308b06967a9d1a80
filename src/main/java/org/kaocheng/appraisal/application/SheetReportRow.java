package org.kaocheng.appraisal.application;

import java.math.BigDecimal;

/** A line of a unit's score sheet report (reports/appraisal-sheet.jrxml), as a JavaBean. */
public class SheetReportRow {

    private final String code;
    private final String name;
    private final Integer level;
    private final BigDecimal points;
    private final BigDecimal score;
    private final BigDecimal lost;
    private final String explanation;

    SheetReportRow(SheetLine line, String explanation) {
        this.code = line.code();
        this.name = "\u3000".repeat(Math.max(0, line.level() - 1)) + line.name();
        this.level = line.level();
        this.points = line.points();
        this.score = line.score();
        this.lost = line.lost() != null && line.lost().signum() > 0 ? line.lost() : null;
        this.explanation = explanation;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Integer getLevel() {
        return level;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public BigDecimal getScore() {
        return score;
    }

    public BigDecimal getLost() {
        return lost;
    }

    public String getExplanation() {
        return explanation;
    }
}
