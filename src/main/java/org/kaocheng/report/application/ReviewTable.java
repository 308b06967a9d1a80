package org.kaocheng.report.application;

import java.io.Serializable;
import org.kaocheng.disclosure.domain.ReviewCaseKind;
import org.kaocheng.disclosure.domain.ReviewResult;

/**
 * Section 四 (政府信息公开行政复议、行政诉讼情况): for 行政复议, 行政诉讼 未经复议直接起诉 and
 * 复议后起诉, the cases filed in the year by their result at the end of the year: 结果维持,
 * 结果纠正, 其他结果, 尚未审结 (not decided by 31 December), and 总计 (counted by the database on
 * its own).
 */
public final class ReviewTable implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Index of 总计; the results use their ordinal (UPHELD, CORRECTED, OTHER, PENDING). */
    public static final int TOTAL = ReviewResult.values().length;

    public static final int COLUMNS = TOTAL + 1;

    private final long[][] values = new long[ReviewCaseKind.values().length][COLUMNS];

    public long get(ReviewCaseKind kind, int column) {
        return values[kind.ordinal()][column];
    }

    public void set(ReviewCaseKind kind, int column, long value) {
        values[kind.ordinal()][column] = value;
    }

    /** Rows by kind ordinal, for pages. */
    public long[][] getValues() {
        return values;
    }

    public static String columnKey(int column) {
        return column == TOTAL
                ? "report.t4.column.TOTAL"
                : "disclosure.reviewResult." + ReviewResult.values()[column].name();
    }
}
