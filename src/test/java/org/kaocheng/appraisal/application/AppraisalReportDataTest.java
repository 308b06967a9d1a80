package org.kaocheng.appraisal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaocheng.appraisal.application.AppraisalFixture.bd;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.platform.security.People;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.security.UserAccount;
import org.kaocheng.testsupport.TestDatabase;

/** The beans and parameters the ranking and score-sheet reports are filled with (figures of {@link AppraisalFixture}). */
class AppraisalReportDataTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void rankingAndSheetReportsCarryTheStoredResultsInChinese(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            AppraisalFixture f = new AppraisalFixture(em);
            RunInfo run = TestDatabase.<RunInfo>inTransaction(em, e -> {
                return f.runs.compute(f.schemeId, null, null);
            });
            AppraisalReportData reports = new AppraisalReportData();
            reports.runs = f.runs;
            reports.descriptions = RuleDescriptions.of(MetricCatalog.of(List.of(f.source)));
            reports.people = People.of(em);
            Locale zh = Locale.SIMPLIFIED_CHINESE;

            AppraisalReportData.ReportInput ranking = reports.ranking(run.id(), f.g1, zh);
            assertEquals("appraisal-ranking", ranking.design());
            @SuppressWarnings("unchecked")
            List<RankingReportRow> rows = (List<RankingReportRow>) ranking.rows();
            assertEquals(
                    List.of("乙局", "甲局", "丙局"),
                    rows.stream().map(RankingReportRow::getUnitName).toList());
            assertEquals(bd("54.00"), rows.get(0).getS1());
            assertEquals(bd("5.00"), rows.get(0).getS4(), "bonus column");
            assertNull(rows.get(0).getS5(), "the scheme has four level-1 indicators");
            assertEquals("优秀", rows.get(0).getGrade());
            assertEquals("单项否决", rows.get(2).getVeto());
            assertEquals("1 主动公开", ranking.parameters().get("col1"));
            assertEquals("", ranking.parameters().get("col5"));
            assertTrue(
                    ((String) ranking.parameters().get("subtitle")).startsWith("组G1 · 2024-01-01 ~ 2024-12-31 · 草稿"));

            AppraisalReportData.ReportInput sheet = reports.sheet(run.id(), f.t1, zh);
            @SuppressWarnings("unchecked")
            List<SheetReportRow> lines = (List<SheetReportRow>) sheet.rows();
            SheetReportRow rate = lines.get(1);
            assertEquals("1.1", rate.getCode());
            assertEquals(
                    "test.rate：80%\n比率 × 分值；低于 50% 得 0 分\n80% × 40 = 32.00\n按规则计算",
                    rate.getExplanation(), "a rate as per cent, in the value, the rule and the arithmetic");
            SheetReportRow deduction = lines.get(2);
            assertEquals("1.2", deduction.getCode());
            assertEquals(bd("20.00"), deduction.getLost());
            assertEquals("test.count：12\n每次扣 2 分，扣完为止\n20 - min(20, 12 × 2) = 0.00\n按规则计算", deduction.getExplanation());
            assertEquals("总分 72.00（含加分 0.00）；组G2第 2 名；等次：合格", sheet.parameters().get("summary"));

            TestDatabase.inTransaction(em, e -> {
                e.persist(new UserAccount("assessor", "刘考核", "x"));
                f.runs.adjust(run.id(), f.t1, f.i21, bd("25"), "会议纪要齐全");
            });
            SheetReportRow manual = ((List<?>) reports.sheet(run.id(), f.t1, zh).rows())
                    .stream()
                            .map(SheetReportRow.class::cast)
                            .filter(l -> l.getCode().equals("2.1"))
                            .findFirst()
                            .orElseThrow();
            assertTrue(
                    manual.getExplanation().endsWith("考核员评分：会议纪要齐全（刘考核）"),
                    "the reason and who gave it, by name: " + manual.getExplanation());

            f.as(Role.UNIT_OPERATOR, f.t1);
            org.junit.jupiter.api.Assertions.assertThrows(
                    AccessDeniedException.class,
                    () -> reports.sheet(run.id(), f.t1, zh),
                    "a draft's sheet is not the unit's to print yet");
            org.junit.jupiter.api.Assertions.assertThrows(
                    AccessDeniedException.class, () -> reports.ranking(run.id(), f.g2, zh));
        } finally {
            em.close();
            emf.close();
        }
    }
}
