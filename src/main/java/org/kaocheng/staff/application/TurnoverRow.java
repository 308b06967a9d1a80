package org.kaocheng.staff.application;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Turnover (人员变动) of one unit in one year. Headcounts count people holding at least one
 * disclosure post on 1 January and on 31 December; joiners and leavers count people who
 * arrived in or left the unit's disclosure work (a change of post inside the unit is neither);
 * the rate is leavers divided by the average of the two headcounts.
 */
public record TurnoverRow(
        Long unitId,
        String unitCode,
        String unitName,
        String groupName,
        int headcountStart,
        int headcountEnd,
        int joiners,
        int leavers,
        int concurrentHolders,
        int vacancyDays) {

    /** Leavers / average headcount, as a fraction with 4 decimals; null when nobody was there. */
    public BigDecimal getTurnoverRate() {
        return rate(leavers, headcountStart, headcountEnd);
    }

    public static BigDecimal rate(int leavers, int headcountStart, int headcountEnd) {
        int sum = headcountStart + headcountEnd;
        if (sum == 0) {
            return null;
        }
        // leavers / (sum / 2) = 2 * leavers / sum
        return BigDecimal.valueOf(2L * leavers).divide(BigDecimal.valueOf(sum), 4, RoundingMode.HALF_UP);
    }

    /** The rate in per cent with one decimal, for tables and charts. */
    public BigDecimal getTurnoverPercent() {
        BigDecimal rate = getTurnoverRate();
        return rate == null ? null : rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }
    // Getters for Faces EL (EL 5 of Jakarta EE 10 does not read record components).
    public Long getUnitId() {
        return unitId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getGroupName() {
        return groupName;
    }

    public int getHeadcountStart() {
        return headcountStart;
    }

    public int getHeadcountEnd() {
        return headcountEnd;
    }

    public int getJoiners() {
        return joiners;
    }

    public int getLeavers() {
        return leavers;
    }

    public int getConcurrentHolders() {
        return concurrentHolders;
    }

    public int getVacancyDays() {
        return vacancyDays;
    }
}
