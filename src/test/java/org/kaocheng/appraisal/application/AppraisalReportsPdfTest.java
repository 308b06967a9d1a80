package org.kaocheng.appraisal.application;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.kaocheng.platform.reporting.ReportEngine;
import org.kaocheng.platform.security.People;
import org.kaocheng.platform.security.UserAccount;
import org.kaocheng.testsupport.TestDatabase;

/**
 * The compiled appraisal designs fill and export: the ranking as PDF and XLSX, a score sheet
 * as PDF, with the Chinese text and the figures readable in the PDF.
 */
class AppraisalReportsPdfTest {

    /** The footer's page number with both its words (it read "第 1", without 页). */
    private static final java.util.regex.Pattern PAGE_ZH = java.util.regex.Pattern.compile("第\\s*1\\s*页");

    @Test
    void rankingAndSheetRenderChineseTextAndFigures() throws Exception {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(TestDatabase.H2.create());
        EntityManager em = emf.createEntityManager();
        try {
            AppraisalFixture f = new AppraisalFixture(em);
            RunInfo run = TestDatabase.<RunInfo>inTransaction(em, e -> {
                return f.runs.compute(f.schemeId, null, null);
            });
            AppraisalReportData data = new AppraisalReportData();
            data.runs = f.runs;
            data.descriptions = RuleDescriptions.of(MetricCatalog.of(List.of(f.source)));
            data.people = People.of(em);
            ReportEngine engine = new ReportEngine();
            Locale zh = Locale.SIMPLIFIED_CHINESE;

            AppraisalReportData.ReportInput ranking = data.ranking(run.id(), f.g1, zh);
            String rankingText = text(engine.pdf(ranking.design(), ranking.parameters(), ranking.rows(), zh));
            for (String expected :
                    List.of("2024年度考核方案", "乙局", "甲局", "丙局", "99.00", "97.00", "优秀", "单项否决", "主动公开", "名次")) {
                assertTrue(rankingText.contains(expected), expected + " missing from: " + rankingText);
            }
            assertTrue(PAGE_ZH.matcher(rankingText).find(), "第 1 页 in the footer: " + rankingText);
            Files.createDirectories(Path.of("target", "reports-out"));
            Files.write(
                    Path.of("target", "reports-out", "appraisal-ranking.pdf"),
                    engine.pdf(ranking.design(), ranking.parameters(), ranking.rows(), zh));
            AppraisalReportData.ReportInput rankingEn = data.ranking(run.id(), f.g1, Locale.ENGLISH);
            String rankingEnText =
                    text(engine.pdf(rankingEn.design(), rankingEn.parameters(), rankingEn.rows(), Locale.ENGLISH));
            assertTrue(rankingEnText.contains("Page 1"), "Page 1 in the footer: " + rankingEnText);
            byte[] xlsx = engine.xlsx(ranking.design(), ranking.parameters(), ranking.rows(), zh);
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
                assertTrue(zip.getNextEntry() != null, "an xlsx is a zip");
            }

            TestDatabase.inTransaction(em, e -> {
                e.persist(new UserAccount("assessor", "刘考核", "x"));
                f.runs.adjust(run.id(), f.t1, f.i21, new BigDecimal("30"), "会议纪要齐全");
            });
            AppraisalReportData.ReportInput sheet = data.sheet(run.id(), f.t1, zh);
            byte[] sheetPdf = engine.pdf(sheet.design(), sheet.parameters(), sheet.rows(), zh);
            Files.createDirectories(Path.of("target", "reports-out"));
            Files.write(Path.of("target", "reports-out", "appraisal-sheet.pdf"), sheetPdf);
            String sheetText = text(sheetPdf);
            for (String expected : List.of("一镇", "评分表", "逾期未公开", "20.00", "每次扣 2 分", "72.00", "合格", "会议纪要齐全（刘考核）")) {
                assertTrue(sheetText.contains(expected), expected + " missing from: " + sheetText);
            }
            assertTrue(PAGE_ZH.matcher(sheetText).find(), "第 1 页 in the footer: " + sheetText);
        } finally {
            em.close();
            emf.close();
        }
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
