package org.kaocheng.report.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.kaocheng.disclosure.application.ConcernResponseService.ConcernTotals;
import org.kaocheng.disclosure.application.NewMediaYear;
import org.kaocheng.disclosure.application.PressEventService.PressTotals;
import org.kaocheng.disclosure.application.PublicityEventService.PublicityTotals;
import org.kaocheng.disclosure.application.PublishedCounts;
import org.kaocheng.disclosure.application.ReadingPointService.ReadingPointTotals;
import org.kaocheng.disclosure.application.UnitApplicationCounts;
import org.kaocheng.platform.reporting.ReportEngine;
import org.kaocheng.training.application.TrainingYear;

/**
 * The draft of the work summary in the seed's structure, with the figures in the seed's
 * sentences, exported by the compiled design to PDF (Chinese text and figures extracted back)
 * and to DOCX (opened with Apache POI). Outputs land in target/reports-out for a look.
 */
class WorkSummaryDocumentTest {

    static final WorkSummaryFigures FIGURES = new WorkSummaryFigures(
            2025,
            null,
            null,
            new PublishedCounts(12034, 1456, 2311, 87, 64),
            new ConcernTotals(37, 2),
            new PressTotals(9, 3),
            new UnitApplicationCounts(null, null, 58, 40, 3, 1, 0, 6, 2, 4, 7, 55, 4),
            new PublicityTotals(3, 1280, 5600, 123456),
            new ReadingPointTotals(12, 3456, 789),
            new NewMediaYear(LocalDate.of(2025, 12, 31), 41, 3, 2, 5, 4),
            new TrainingYear(6, 85, 132, new BigDecimal("396.0")));

    private final ReportEngine engine = new ReportEngine();

    private List<WorkSummaryParagraph> draft(Locale locale) {
        return new WorkSummaryService().draft(FIGURES, locale, LocalDate.of(2026, 1, 15));
    }

    @Test
    void theDraftFollowsTheSeedAndCarriesTheFigures() {
        List<WorkSummaryParagraph> p = draft(Locale.SIMPLIFIED_CHINESE);
        assertEquals("全区2025年政务公开工作总结\n和2026年工作思路", p.get(0).getText());
        assertEquals(WorkSummaryParagraph.Kind.TITLE, p.get(0).getKind());
        String figures = p.get(2).getText();
        assertTrue(
                figures.startsWith("2025年1月1日至12月31日，全区累计主动公开政府信息15888条，其中政府网站公开信息数12034条，"
                        + "政务微博公开信息数1456条，政务微信公开信息数2311条，其他渠道公开信息数87条；"),
                figures);
        assertTrue(
                figures.contains("回应公众关注热点或重大舆情37次（其中重大舆情2次）；举行专题新闻发布会12场（含在线访谈3场）；"
                        + "发布政策解读64条；受理公民依申请公开58件，办结55件（其中4件为上年度结转），7件结转下年度办理。"),
                figures);
        assertEquals("一、2025年度政务公开工作成效", p.get(3).getText());
        assertTrue(
                p.get(5).getText().contains("现场咨询人数1280人次，现场发放宣传册5600册，各类直播平台的点击量12.3万次"),
                p.get(5).getText());
        assertTrue(p.get(7).getText().contains("培训85人、132人次，累计396学时"), p.get(7).getText());
        assertEquals("二、存在的主要问题", p.get(8).getText());
        assertEquals("三、2026年政务公开工作思路", p.get(10).getText());
        assertEquals("区政务公开办公室\n2026年1月15日", p.get(12).getText());
        assertTrue(
                p.get(6).getText().startsWith("截至2025年12月31日，在用政务新媒体账号41个"),
                p.get(6).getText());
    }

    @Test
    void aLeadIsBoldAndUserTextIsEscapedInTheMarkup() {
        WorkSummaryParagraph p = new WorkSummaryParagraph(WorkSummaryParagraph.Kind.BODY, "（一）查阅点。", "a<b & \"c\"");
        assertEquals("<style isBold=\"true\">（一）查阅点。</style>a&lt;b &amp; &quot;c&quot;", p.getMarkup());
    }

    @Test
    void thePdfHasTheChineseTextAndTheFigures() throws Exception {
        List<WorkSummaryParagraph> p = draft(Locale.SIMPLIFIED_CHINESE);
        byte[] pdf = engine.pdf("work-summary", Map.of(), p, Locale.SIMPLIFIED_CHINESE);
        Files.createDirectories(Path.of("target", "reports-out"));
        Files.write(Path.of("target", "reports-out", "work-summary.pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        reader.close();
        String all = text.toString().replaceAll("\\s", "");
        assertTrue(all.contains("政务公开工作总结"), all);
        assertTrue(all.contains("15888"), "total of items: " + all);
        assertTrue(all.contains("存在的主要问题"), all);
    }

    @Test
    void theDocxOpensInWordProcessorsWithTheFigures() throws Exception {
        List<WorkSummaryParagraph> p = draft(Locale.SIMPLIFIED_CHINESE);
        byte[] docx = engine.docx("work-summary", Map.of(), p, Locale.SIMPLIFIED_CHINESE);
        Files.createDirectories(Path.of("target", "reports-out"));
        Files.write(Path.of("target", "reports-out", "work-summary.docx"), docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String all = extractor.getText().replaceAll("\\s", "");
            assertTrue(all.contains("全区2025年政务公开工作总结和2026年工作思路"), all);
            assertTrue(all.contains("受理公民依申请公开58件，办结55件（其中4件为上年度结转）"), all);
            assertTrue(all.contains("三、2026年政务公开工作思路"), all);
        }
    }

    @Test
    void theEnglishDraftHasNoChineseUnitOfTenThousand() {
        List<WorkSummaryParagraph> p = draft(Locale.ENGLISH);
        assertTrue(
                p.get(5).getText().contains("reached 123456 clicks"), p.get(5).getText());
        assertTrue(
                p.get(2).getText().contains("disclosed 15888 items"), p.get(2).getText());
    }
}
