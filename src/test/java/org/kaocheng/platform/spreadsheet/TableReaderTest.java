package org.kaocheng.platform.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaocheng.platform.BusinessRuleException;

class TableReaderTest {

    private static final String CSV = "单位代码,姓名,备注\r\nD01,张三,\"含,逗号\"\r\n\r\nD02,李四,\"引号\"\"内\"\r\n";

    @Test
    void readsUtf8CsvWithRowNumbersAsTheSpreadsheetShowsThem() {
        List<SheetRow> rows = TableReader.read(CSV.getBytes(StandardCharsets.UTF_8), "staff.csv");
        assertEquals(2, rows.size());
        assertEquals(2, rows.get(0).number());
        assertEquals("含,逗号", rows.get(0).get("备注"));
        assertEquals(4, rows.get(1).number(), "the blank row 3 keeps its number");
        assertEquals("引号\"内", rows.get(1).get("备注"));
    }

    @Test
    void readsGbkCsvAndUtf8WithByteOrderMark() {
        List<SheetRow> gbk = TableReader.read(CSV.getBytes(TableReader.GBK), "staff.csv");
        assertEquals("张三", gbk.get(0).get("姓名"));
        byte[] utf8 = CSV.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertEquals("D01", TableReader.read(bom, "s.csv").get(0).get("单位代码"), "the BOM is not part of the header");
    }

    @Test
    void readsXlsxWrittenByTheWriter() {
        byte[] xlsx = TableWriter.xlsx(
                "s",
                List.of("单位代码", "姓名", "任职日期"),
                List.of(List.of("D01", "王五", LocalDate.of(2026, 1, 5)), List.of("D02", "赵六", "2026/2/3")));
        List<SheetRow> rows = TableReader.read(xlsx, "x.XLSX");
        assertEquals(2, rows.size());
        assertEquals("王五", rows.get(0).get("姓名"));
        assertEquals(LocalDate.of(2026, 1, 5), TableReader.parseDate(rows.get(0).get("任职日期")));
        assertEquals(LocalDate.of(2026, 2, 3), TableReader.parseDate(rows.get(1).get("任职日期")));
    }

    @Test
    void refusesOtherFileTypesAndUnreadableFiles() {
        assertEquals(
                "import.unsupportedType",
                assertThrows(BusinessRuleException.class, () -> TableReader.read(new byte[] {1, 2}, "staff.pdf"))
                        .getMessageKey());
        assertEquals(
                "import.unreadable",
                assertThrows(
                                BusinessRuleException.class,
                                () -> TableReader.read("not a zip".getBytes(StandardCharsets.UTF_8), "staff.xlsx"))
                        .getMessageKey());
        assertNull(TableReader.parseDate("2026-13-01"));
        assertNull(TableReader.parseDate("明天"));
    }

    @Test
    void aTableKeepsItsHeaderWithoutDataRowsAndABlankHeaderCellKeepsTheColumnsAligned() throws java.io.IOException {
        TableReader.Table headerOnly = TableReader.readTable("标题,形成日期\r\n".getBytes(StandardCharsets.UTF_8), "i.csv");
        assertEquals(List.of("标题", "形成日期"), headerOnly.headers());
        assertEquals(List.of(), headerOnly.rows());
        assertTrue(TableReader.readTable(new byte[0], "i.csv").isEmpty());

        byte[] xlsx;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet();
            org.apache.poi.ss.usermodel.Row head = sheet.createRow(0);
            head.createCell(0).setCellValue("标题");
            head.createCell(2).setCellValue("形成日期"); // no cell at all in column 1
            org.apache.poi.ss.usermodel.Row data = sheet.createRow(1);
            data.createCell(0).setCellValue("通知");
            data.createCell(1).setCellValue("x");
            data.createCell(2).setCellValue("2024-02-05");
            wb.write(out);
            xlsx = out.toByteArray();
        }
        TableReader.Table table = TableReader.readTable(xlsx, "i.xlsx");
        assertEquals(List.of("标题", "", "形成日期"), table.headers());
        assertEquals(1, table.headerRow());
        assertEquals("2024-02-05", table.rows().get(0).get("形成日期"), "not shifted into the blank column");
    }

    @Test
    void datesAsPeopleTypeThem() {
        assertEquals(LocalDate.of(2024, 3, 1), TableReader.parseDate("2024.3.1"));
        assertEquals(LocalDate.of(2024, 3, 1), TableReader.parseDate("2024年3月1日"));
        assertEquals(LocalDate.of(2024, 3, 1), TableReader.parseDate("2024-03-01 10:30"));
        assertNull(TableReader.parseDate("2024/02/30"));
    }
}
