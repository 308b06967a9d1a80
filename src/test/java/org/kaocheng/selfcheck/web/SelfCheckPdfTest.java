package org.kaocheng.selfcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import org.junit.jupiter.api.Test;
import org.kaocheng.platform.reporting.ReportEngine;
import org.kaocheng.selfcheck.application.SelfCheckReportData;

/** The compiled self-check report fills with Chinese labels, every item and every checksum, and exports to PDF. */
class SelfCheckPdfTest {

    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    static SelfCheckReportData data() {
        return new SelfCheckReportData(
                "2026年第三季度政务公开自查",
                "2026 Q3",
                "区教育局",
                "ACCEPTED",
                true,
                2,
                LocalDate.of(2026, 10, 20),
                LocalDateTime.of(2026, 10, 12, 10, 0),
                LocalDateTime.of(2026, 10, 27, 9, 0),
                new BigDecimal("10.00"),
                new BigDecimal("9.50"),
                List.of(
                        new SelfCheckReportData.ItemLine(
                                "1.1",
                                "主动公开",
                                "是否在20个工作日内公开?",
                                "YES | 见截图",
                                "ACCEPTED",
                                new BigDecimal("5.00"),
                                new BigDecimal("5.00"),
                                null),
                        new SelfCheckReportData.ItemLine(
                                "1.2",
                                "主动公开",
                                "本季度主动公开条数",
                                "118 | 已更正",
                                "ACCEPTED",
                                new BigDecimal("5.00"),
                                new BigDecimal("4.50"),
                                "已更正")),
                List.of(new SelfCheckReportData.EvidenceLine(
                        "1.1", "网站截图.pdf", "PDF", 1234L, SHA, null, LocalDateTime.of(2026, 10, 12, 9, 0), "opA")));
    }

    static String allText(JasperPrint print) {
        StringBuilder text = new StringBuilder();
        print.getPages().forEach(p -> collect(p.getElements(), text));
        return text.toString();
    }

    private static void collect(List<JRPrintElement> elements, StringBuilder text) {
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintText t) {
                text.append(t.getFullText()).append('\n');
            } else if (e instanceof JRPrintFrame f) {
                collect(f.getElements(), text);
            }
        }
    }

    @Test
    void theReportListsEveryItemAndEveryChecksumWithChineseLabels() {
        ReportEngine engine = new ReportEngine();
        SelfCheckReportData data = data();
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        JasperPrint print = engine.fill(
                SelfCheckPdf.REPORT, SelfCheckPdf.parameters(data, zh), SelfCheckPdf.itemRows(data, zh), zh);
        String text = allText(print);
        assertTrue(text.contains("2026年第三季度政务公开自查（2026 Q3）"), text);
        assertTrue(text.contains("区教育局"), text);
        assertTrue(text.contains("已通过（逾期提交）"), text);
        assertTrue(text.contains("单位：区教育局"), text);
        assertTrue(text.contains("是 | 见截图"), "the yes/no answer in words: " + text);
        assertTrue(!text.contains("YES"), text);
        assertTrue(text.contains("118 | 已更正"), text);
        assertTrue(text.contains("本季度主动公开条数"), text);
        assertTrue(text.contains("4.5 / 5"), text);
        assertTrue(text.contains("佐证材料"), text);
        assertTrue(text.contains("网站截图.pdf"), text);
        assertTrue(text.contains("SHA-256 " + SHA), text);
        assertTrue(text.contains("9.5 / 10"), text);

        byte[] pdf = SelfCheckPdf.render(engine, data, zh);
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).contains("FontFile2"), "the Chinese font is embedded");
    }

    @Test
    void englishLabelsComeFromTheEnglishBundle() {
        SelfCheckReportData data = data();
        JasperPrint print = new ReportEngine()
                .fill(
                        SelfCheckPdf.REPORT,
                        SelfCheckPdf.parameters(data, Locale.ENGLISH),
                        SelfCheckPdf.itemRows(data, Locale.ENGLISH),
                        Locale.ENGLISH);
        String text = allText(print);
        assertTrue(text.contains("Evidence"), text);
        assertTrue(text.contains("Accepted (Late)"), text);
        assertTrue(
                List.of(text.split("\n")).stream().collect(Collectors.toSet()).contains("Provisional score"), text);
    }
}
