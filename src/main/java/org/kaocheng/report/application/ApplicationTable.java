package org.kaocheng.report.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaocheng.disclosure.domain.AnswerOutcome;
import org.kaocheng.disclosure.domain.ApplicantType;
import org.kaocheng.disclosure.domain.OutcomeCategory;

/**
 * Section 三 (收到和处理政府信息公开申请情况): rows 本年新收, 上年结转, every 办理结果, its 总计 and
 * 结转下年度; columns the six applicant types (自然人, then the five 法人或其他组织) and 总计. The
 * 总计 column and the 办理结果总计 row are counted by the database on their own, not added up
 * here, so that the consistency checks compare independent figures.
 */
public final class ApplicationTable implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String NEW = "NEW";
    public static final String CARRIED_IN = "CARRIED_IN";
    public static final String OUTCOME_TOTAL = "OUTCOME_TOTAL";
    public static final String CARRIED_OUT = "CARRIED_OUT";
    /** Index of the 总计 column; the applicant types use their ordinal. */
    public static final int TOTAL = ApplicantType.values().length;

    public static final int COLUMNS = TOTAL + 1;

    /** The official rows in order. */
    public static final List<String> ROWS;
    /** How the row labels are laid out (merged cells of the official table). */
    public static final List<Line> LINES;

    static {
        List<String> rows = new ArrayList<>(List.of(NEW, CARRIED_IN));
        Arrays.stream(AnswerOutcome.values()).map(Enum::name).forEach(rows::add);
        rows.add(OUTCOME_TOTAL);
        rows.add(CARRIED_OUT);
        ROWS = List.copyOf(rows);

        List<Line> lines = new ArrayList<>();
        lines.add(new Line(NEW, "report.t3.row.NEW", null, null, 3, true, 1, true, 1));
        lines.add(new Line(CARRIED_IN, "report.t3.row.CARRIED_IN", null, null, 3, true, 1, true, 1));
        int resultRows = AnswerOutcome.values().length + 1;
        boolean firstResult = true;
        OutcomeCategory previous = null;
        for (AnswerOutcome o : AnswerOutcome.values()) {
            OutcomeCategory c = o.getCategory();
            long inCategory = Arrays.stream(AnswerOutcome.values())
                    .filter(x -> x.getCategory() == c)
                    .count();
            boolean single = inCategory == 1;
            lines.add(new Line(
                    o.name(),
                    "report.t3.row.RESULTS",
                    "report.t3.category." + c.name(),
                    single ? null : "report.t3.outcome." + o.name(),
                    single ? 2 : 1,
                    firstResult,
                    resultRows,
                    c != previous,
                    (int) inCategory));
            firstResult = false;
            previous = c;
        }
        lines.add(new Line(
                OUTCOME_TOTAL,
                "report.t3.row.RESULTS",
                "report.t3.row.OUTCOME_TOTAL",
                null,
                2,
                false,
                resultRows,
                true,
                1));
        lines.add(new Line(CARRIED_OUT, "report.t3.row.CARRIED_OUT", null, null, 3, true, 1, true, 1));
        LINES = List.copyOf(lines);
    }

    /**
     * One row's labels: {@code span} 3 = one label over the three label columns, 2 = the first
     * column plus one label over the other two, 1 = three labels. A label that starts a merged
     * group is drawn on the group's first row ({@code labelFirst}/{@code groupFirst}) over
     * {@code labelRows}/{@code groupRows} rows.
     */
    public record Line(
            String row,
            String labelKey,
            String groupKey,
            String itemKey,
            int span,
            boolean labelFirst,
            int labelRows,
            boolean groupFirst,
            int groupRows)
            implements Serializable {

        public String getRow() {
            return row;
        }

        public String getLabelKey() {
            return labelKey;
        }

        public String getGroupKey() {
            return groupKey;
        }

        public String getItemKey() {
            return itemKey;
        }

        public int getSpan() {
            return span;
        }

        public boolean isLabelFirst() {
            return labelFirst;
        }

        public int getLabelRows() {
            return labelRows;
        }

        public boolean isGroupFirst() {
            return groupFirst;
        }

        public int getGroupRows() {
            return groupRows;
        }
    }

    private final Map<String, long[]> values = new LinkedHashMap<>();

    public ApplicationTable() {
        for (String row : ROWS) {
            values.put(row, new long[COLUMNS]);
        }
    }

    public long get(String row, int column) {
        return row(row)[column];
    }

    public void set(String row, int column, long value) {
        row(row)[column] = value;
    }

    void add(String row, int column, long value) {
        row(row)[column] += value;
    }

    private long[] row(String row) {
        long[] r = values.get(row);
        if (r == null) {
            throw new IllegalArgumentException("no row " + row);
        }
        return r;
    }

    /** The row's figures, columns in order (for pages: {@code table.values['NEW'][6]}). */
    public Map<String, long[]> getValues() {
        return values;
    }

    /** The outcome rows (the 21 办理结果 rows between 上年结转 and 总计). */
    public static List<String> outcomeRows() {
        return Arrays.stream(AnswerOutcome.values()).map(Enum::name).toList();
    }

    /** Column label keys: the applicant types, then 总计. */
    public static String columnKey(int column) {
        return column == TOTAL
                ? "report.t3.column.TOTAL"
                : "disclosure.applicantType." + ApplicantType.values()[column].name();
    }
}
