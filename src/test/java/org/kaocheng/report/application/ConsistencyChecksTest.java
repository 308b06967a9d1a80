package org.kaocheng.report.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaocheng.disclosure.domain.ApplicantType;
import org.kaocheng.disclosure.domain.ReviewCaseKind;
import org.kaocheng.report.domain.RegisterFigures;

/** Each check of the official format fails exactly where the figures disagree, naming table, row and column. */
class ConsistencyChecksTest {

    private static final int NP = ApplicantType.NATURAL_PERSON.ordinal();

    private static List<ReportProblem> check(AnnualReport r) {
        return ConsistencyChecks.check(
                r.isDistrict(), r.proactive(), r.unitsWithoutRegister(), r.applications(), r.reviews());
    }

    @Test
    void aRowWhoseTotalIsNotTheSumOfItsColumns() {
        AnnualReport r = AnnualReportExportTest.sample();
        r.applications().set("GRANTED", ApplicationTable.TOTAL, 21);
        List<ReportProblem> p = check(r);
        // the row total, and (the 总计 column's results no longer add up) the column's checks
        ReportProblem row = p.get(0);
        assertEquals("report.problem.rowTotal", row.messageKey());
        assertEquals("report.t3.title", row.table());
        assertEquals("disclosure.outcome.GRANTED", row.row());
        assertEquals("report.t3.column.TOTAL", row.column());
        assertEquals(List.of(21L, 20L), row.arguments());
        assertEquals(
                List.of("report.problem.rowTotal", "report.problem.outcomeTotal"),
                p.stream().map(ReportProblem::messageKey).toList());
    }

    @Test
    void aColumnWhereNewPlusCarriedInIsNotResultsPlusCarriedOver() {
        AnnualReport r = AnnualReportExportTest.sample();
        r.applications().set(ApplicationTable.CARRIED_OUT, NP, 7);
        r.applications().set(ApplicationTable.CARRIED_OUT, ApplicationTable.TOTAL, 7);
        List<ReportProblem> p = check(r);
        assertEquals(2, p.size(), p.toString());
        assertEquals("report.problem.balance", p.get(0).messageKey());
        assertEquals("disclosure.applicantType.NATURAL_PERSON", p.get(0).column());
        assertEquals(List.of(37L, 4L, 35L, 7L), p.get(0).arguments());
        assertEquals("report.t3.column.TOTAL", p.get(1).column());
    }

    @Test
    void resultRowsThatDoNotAddUpToTheirTotal() {
        AnnualReport r = AnnualReportExportTest.sample();
        r.applications().set("OTHER", NP, 1);
        r.applications().set("OTHER", ApplicationTable.TOTAL, 1);
        List<ReportProblem> p = check(r);
        assertEquals(
                List.of("report.problem.outcomeTotal", "report.problem.outcomeTotal"),
                p.stream().map(ReportProblem::messageKey).toList());
        assertEquals(List.of(35L, 36L), p.get(0).arguments());
    }

    @Test
    void aReviewKindWhoseTotalIsWrong() {
        AnnualReport r = AnnualReportExportTest.sample();
        r.reviews().set(ReviewCaseKind.LITIGATION_AFTER_RECONSIDERATION, ReviewTable.TOTAL, 2);
        List<ReportProblem> p = check(r);
        assertEquals(1, p.size());
        assertEquals("report.t4.title", p.get(0).table());
        assertEquals(
                "disclosure.reviewKind.LITIGATION_AFTER_RECONSIDERATION",
                p.get(0).row());
        assertEquals(List.of(2L, 0L), p.get(0).arguments());
    }

    @Test
    void registerMissingOrInForceBelowIssuedMinusRepealed() {
        AnnualReport r = AnnualReportExportTest.sample();
        ProactiveFigures low = new ProactiveFigures(new RegisterFigures(4, 1, 2, 0, 5, 0, 0, 0, BigDecimal.ZERO), 6, 1);
        List<ReportProblem> p = ConsistencyChecks.check(false, low, List.of(), r.applications(), r.reviews());
        assertEquals(
                List.of("report.t2.rules", "report.t2.normative"),
                p.stream().map(ReportProblem::row).toList());
        assertEquals(List.of(5L, 6L, 0L), p.get(1).arguments());
        List<ReportProblem> missing =
                ConsistencyChecks.check(true, r.proactive(), List.of("乙镇", "丙街道"), r.applications(), r.reviews());
        assertEquals("report.problem.registerMissingUnits", missing.get(0).messageKey());
        assertEquals(List.of(2, "乙镇、丙街道"), missing.get(0).arguments());
        assertEquals(
                "report.problem.registerMissing",
                ConsistencyChecks.check(false, r.proactive(), List.of("甲局"), r.applications(), r.reviews())
                        .get(0)
                        .messageKey());
    }

    @Test
    void aProblemDescribesWhereItIs() {
        ReportProblem p = new ReportProblem(
                "report.t3.title",
                "report.t3.row.NEW",
                "report.t3.column.TOTAL",
                "report.problem.rowTotal",
                List.of(5L, 4L));
        assertEquals(
                "T3 / NEW / TOTAL: 5 != 4",
                p.describe(
                        k -> k.substring(k.lastIndexOf('.') + 1).replace("title", "T3"),
                        (k, a) -> a[0] + " != " + a[1]));
    }
}
