package org.kaocheng.report.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.kaocheng.disclosure.domain.ApplicantType;
import org.kaocheng.disclosure.domain.ReviewCaseKind;
import org.kaocheng.platform.reporting.ReportEngine;
import org.kaocheng.report.domain.RegisterFigures;
import org.kaocheng.report.domain.ReportTexts;

/**
 * The compiled annual report design with a consistent report: the PDF carries the official
 * Chinese headings and the figures (text extracted back), the .xlsx has them in cells.
 */
class AnnualReportExportTest {

    private final ReportEngine engine = new ReportEngine();

    static AnnualReport sample() {
        ApplicationTable t = new ApplicationTable();
        int natural = ApplicantType.NATURAL_PERSON.ordinal();
        int company = ApplicantType.COMMERCIAL_ENTERPRISE.ordinal();
        // 自然人: 37 new + 4 carried in = 35 answered + 6 carried over; 企业: 5 new = 5 answered
        t.set(ApplicationTable.NEW, natural, 37);
        t.set(ApplicationTable.CARRIED_IN, natural, 4);
        t.set("GRANTED", natural, 20);
        t.set("REFUSED_STATE_SECRET", natural, 3);
        t.set("UNAVAILABLE_NOT_HELD", natural, 7);
        t.set("OTHER_NO_CORRECTION", natural, 5);
        t.set(ApplicationTable.OUTCOME_TOTAL, natural, 35);
        t.set(ApplicationTable.CARRIED_OUT, natural, 6);
        t.set(ApplicationTable.NEW, company, 5);
        t.set("PARTLY_GRANTED", company, 5);
        t.set(ApplicationTable.OUTCOME_TOTAL, company, 5);
        for (String row : ApplicationTable.ROWS) {
            t.set(row, ApplicationTable.TOTAL, t.get(row, natural) + t.get(row, company));
        }
        ReviewTable r = new ReviewTable();
        r.set(ReviewCaseKind.RECONSIDERATION, 0, 2);
        r.set(ReviewCaseKind.RECONSIDERATION, 3, 1);
        r.set(ReviewCaseKind.RECONSIDERATION, ReviewTable.TOTAL, 3);
        r.set(ReviewCaseKind.LITIGATION_DIRECT, 1, 1);
        r.set(ReviewCaseKind.LITIGATION_DIRECT, ReviewTable.TOTAL, 1);
        ProactiveFigures p =
                new ProactiveFigures(new RegisterFigures(1, 0, 12, 2, 31, 1432, 87, 9, new BigDecimal("12.5")), 6, 1);
        ReportTexts texts = new ReportTexts("2025年，区教育局认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开各类信息。\n第二段。", "一是公开内容不够全面。", null);
        List<ReportProblem> problems = ConsistencyChecks.check(false, p, List.of(), t, r);
        return new AnnualReport(1L, "区教育局", 2025, texts, p, t, r, List.of(), problems);
    }

    @Test
    void theSampleIsConsistent() {
        assertEquals(List.of(), sample().problems());
    }

    @Test
    void thePdfHasTheOfficialHeadingsAndFigures() throws Exception {
        AnnualReport report = sample();
        byte[] pdf = engine.pdf(
                "annual-report",
                AnnualReportLines.parameters(report, Locale.SIMPLIFIED_CHINESE),
                AnnualReportLines.of(report, Locale.SIMPLIFIED_CHINESE),
                Locale.SIMPLIFIED_CHINESE);
        Files.createDirectories(Path.of("target", "reports-out"));
        Files.write(Path.of("target", "reports-out", "annual-report.pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        String all = text.toString();
        for (String expected : List.of(
                "区教育局2025年政府信息公开工作年度报告",
                "一、总体情况",
                "二、主动公开政府信息情况",
                "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况",
                "五、存在的主要问题及改进情况",
                "六、其他需要报告的事项",
                "本年新收政府信息公开申请数量",
                "结转下年度继续办理",
                "属于国家秘密",
                "行政规范性文件",
                "未经复议直接起诉",
                "1432",
                "12.50")) {
            assertTrue(all.contains(expected), expected + " missing in: " + all);
        }
    }

    @Test
    void theXlsxHasTheFiguresInCells() throws Exception {
        AnnualReport report = sample();
        byte[] xlsx = engine.xlsx(
                "annual-report",
                AnnualReportLines.parameters(report, Locale.SIMPLIFIED_CHINESE),
                AnnualReportLines.of(report, Locale.SIMPLIFIED_CHINESE),
                Locale.SIMPLIFIED_CHINESE);
        Files.createDirectories(Path.of("target", "reports-out"));
        Files.write(Path.of("target", "reports-out", "annual-report.xlsx"), xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Map<String, Row> rowsByLabel = new HashMap<>();
            StringBuilder all = new StringBuilder();
            book.getSheetAt(0)
                    .forEach(row -> row.forEach(cell -> {
                        if (cell.getCellType() == CellType.STRING) {
                            rowsByLabel.putIfAbsent(cell.getStringCellValue().strip(), row);
                        }
                        all.append(cell).append('|');
                    }));
            Row newRow = rowsByLabel.get("一、本年新收政府信息公开申请数量");
            assertTrue(newRow != null, "the 本年新收 row: " + all);
            List<Double> numbers = new java.util.ArrayList<>();
            for (Cell cell : newRow) {
                if (cell.getCellType() == CellType.NUMERIC) {
                    numbers.add(cell.getNumericCellValue());
                }
            }
            // number cells, not text: the office sums and checks them in Excel
            assertEquals(List.of(37.0, 5.0, 0.0, 0.0, 0.0, 0.0, 42.0), numbers, "自然人, 5 organisation columns, 总计");
            List<String> digitsAsText = new java.util.ArrayList<>();
            book.getSheetAt(0)
                    .forEach(row -> row.forEach(cell -> {
                        if (cell.getCellType() == CellType.STRING
                                && cell.getStringCellValue().strip().matches("\\d+(\\.\\d+)?")) {
                            digitsAsText.add(cell.getAddress() + "=" + cell.getStringCellValue());
                        }
                    }));
            assertEquals(List.of(), digitsAsText, "no figure of 表二, 表三 or 表四 is a text cell");
            assertTrue(all.toString().contains("行政事业性收费"), all.toString());
        }
    }
}
