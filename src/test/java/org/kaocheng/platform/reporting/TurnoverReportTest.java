package org.kaocheng.platform.reporting;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.kaocheng.staff.application.TurnoverRow;

/**
 * The report engine with a real design: the compiled turnover report renders Chinese text and
 * digits with the embedded font (the text is extracted back from the PDF), and exports to XLSX.
 */
class TurnoverReportTest {

    private final ReportEngine engine = new ReportEngine();
    private final List<TurnoverRow> rows = List.of(
            new TurnoverRow(1L, "D01", "区教育局", "区级部门", 6, 5, 1, 2, 1, 14),
            new TurnoverRow(2L, "T01", "东湖镇", "镇街", 4, 4, 0, 0, 0, 0));

    @Test
    void thePdfCarriesTheChineseUnitNamesAndFigures() throws Exception {
        byte[] pdf = engine.pdf(
                "turnover", Map.of("year", 2026, "generatedOn", "2026-11-27"), rows, Locale.SIMPLIFIED_CHINESE);
        Files.createDirectories(Path.of("target", "reports-out"));
        Files.write(Path.of("target", "reports-out", "turnover.pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertTrue(text.contains("区教育局"), text);
        assertTrue(text.contains("东湖镇"), text);
        assertTrue(text.contains("人员变动"), "title from the Chinese bundle: " + text);
        assertTrue(text.contains("36.4%"), "2 leavers / average 5.5 = 36.4 %: " + text);
        assertTrue(
                new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).contains("FontFile2"),
                "the font is embedded");
    }

    @Test
    void theXlsxHasTheRows() throws Exception {
        byte[] xlsx = engine.xlsx(
                "turnover", Map.of("year", 2026, "generatedOn", "2026-11-27"), rows, Locale.SIMPLIFIED_CHINESE);
        Files.createDirectories(Path.of("target", "reports-out"));
        Files.write(Path.of("target", "reports-out", "turnover.xlsx"), xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            StringBuilder all = new StringBuilder();
            book.getSheetAt(0)
                    .forEach(r -> r.forEach(c -> all.append(c.toString()).append('|')));
            assertTrue(all.toString().contains("区教育局"), all.toString());
            assertTrue(all.toString().contains("变动率"), "Chinese labels: " + all);
        }
    }
}
