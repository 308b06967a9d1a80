package org.kaocheng.report.application;

import java.util.ArrayList;
import java.util.List;
import org.kaocheng.disclosure.domain.ReviewCaseKind;

/**
 * The checks of the official format (DOMAIN §6) over a computed report; each failure names the
 * table, row and column. A report with any failure is not exported.
 * <ul>
 * <li>表三: every row's 总计 equals the sum of its applicant columns; per column the 办理结果 rows
 * add up to their 总计; per column 本年新收 + 上年结转 = 办理结果总计 + 结转下年度.</li>
 * <li>表四: every kind's 总计 equals 维持 + 纠正 + 其他结果 + 尚未审结.</li>
 * <li>表二: the register is filled (for the district: by every active unit); 现行有效件数 is at
 * least 本年制发 − 本年废止 (what was issued this year and not repealed is in force). Negative
 * figures cannot be stored at all ({@code RegisterFigures}, database constraints).</li>
 * </ul>
 */
public final class ConsistencyChecks {

    static final String T2 = "report.t2.title";
    static final String T3 = "report.t3.title";
    static final String T4 = "report.t4.title";

    private ConsistencyChecks() {}

    public static List<ReportProblem> check(
            boolean district,
            ProactiveFigures proactive,
            List<String> unitsWithoutRegister,
            ApplicationTable t3,
            ReviewTable t4) {
        List<ReportProblem> problems = new ArrayList<>();
        register(district, proactive, unitsWithoutRegister, problems);
        applications(t3, problems);
        reviews(t4, problems);
        return List.copyOf(problems);
    }

    static void register(boolean district, ProactiveFigures p, List<String> missing, List<ReportProblem> problems) {
        if (!missing.isEmpty()) {
            problems.add(
                    district
                            ? new ReportProblem(
                                    T2,
                                    null,
                                    null,
                                    "report.problem.registerMissingUnits",
                                    List.of(missing.size(), String.join("、", missing)))
                            : new ReportProblem(T2, null, null, "report.problem.registerMissing", List.of()));
        }
        inForce("report.t2.rules", p.getRulesInForce(), p.getRulesIssued(), p.getRulesRepealed(), problems);
        inForce(
                "report.t2.normative",
                p.getNormativeInForce(),
                p.getNormativeIssued(),
                p.getNormativeRepealed(),
                problems);
    }

    private static void inForce(String row, long inForce, long issued, long repealed, List<ReportProblem> problems) {
        if (inForce < issued - repealed) {
            problems.add(new ReportProblem(
                    T2, row, "report.t2.inForce", "report.problem.inForceTooLow", List.of(inForce, issued, repealed)));
        }
    }

    static void applications(ApplicationTable t, List<ReportProblem> problems) {
        for (String row : ApplicationTable.ROWS) {
            long sum = 0;
            for (int c = 0; c < ApplicationTable.TOTAL; c++) {
                sum += t.get(row, c);
            }
            long total = t.get(row, ApplicationTable.TOTAL);
            if (sum != total) {
                problems.add(new ReportProblem(
                        T3,
                        rowKey(row),
                        ApplicationTable.columnKey(ApplicationTable.TOTAL),
                        "report.problem.rowTotal",
                        List.of(total, sum)));
            }
        }
        for (int c = 0; c < ApplicationTable.COLUMNS; c++) {
            long results = 0;
            for (String row : ApplicationTable.outcomeRows()) {
                results += t.get(row, c);
            }
            long total = t.get(ApplicationTable.OUTCOME_TOTAL, c);
            if (results != total) {
                problems.add(new ReportProblem(
                        T3,
                        rowKey(ApplicationTable.OUTCOME_TOTAL),
                        ApplicationTable.columnKey(c),
                        "report.problem.outcomeTotal",
                        List.of(total, results)));
            }
            long in = t.get(ApplicationTable.NEW, c) + t.get(ApplicationTable.CARRIED_IN, c);
            long out = total + t.get(ApplicationTable.CARRIED_OUT, c);
            if (in != out) {
                problems.add(new ReportProblem(
                        T3,
                        null,
                        ApplicationTable.columnKey(c),
                        "report.problem.balance",
                        List.of(
                                t.get(ApplicationTable.NEW, c),
                                t.get(ApplicationTable.CARRIED_IN, c),
                                total,
                                t.get(ApplicationTable.CARRIED_OUT, c))));
            }
        }
    }

    static void reviews(ReviewTable t, List<ReportProblem> problems) {
        for (ReviewCaseKind kind : ReviewCaseKind.values()) {
            long sum = 0;
            for (int c = 0; c < ReviewTable.TOTAL; c++) {
                sum += t.get(kind, c);
            }
            long total = t.get(kind, ReviewTable.TOTAL);
            if (sum != total) {
                problems.add(new ReportProblem(
                        T4,
                        "disclosure.reviewKind." + kind.name(),
                        ReviewTable.columnKey(ReviewTable.TOTAL),
                        "report.problem.rowTotal",
                        List.of(total, sum)));
            }
        }
    }

    /** The label key naming a row of 表三 in a message. */
    static String rowKey(String row) {
        return switch (row) {
            case ApplicationTable.NEW,
                    ApplicationTable.CARRIED_IN,
                    ApplicationTable.OUTCOME_TOTAL,
                    ApplicationTable.CARRIED_OUT -> "report.t3.row." + row;
            default -> "disclosure.outcome." + row;
        };
    }
}
