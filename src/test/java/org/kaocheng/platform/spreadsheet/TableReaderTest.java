package org.kaocheng.platform.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        byte[] xlsx = TableWriter.xlsx("s", List.of("单位代码", "姓名", "任职日期"),
                List.of(List.of("D01", "王五", LocalDate.of(2026, 1, 5)), List.of("D02", "赵六", "2026/2/3")));
        List<SheetRow> rows = TableReader.read(xlsx, "x.XLSX");
        assertEquals(2, rows.size());
        assertEquals("王五", rows.get(0).get("姓名"));
        assertEquals(LocalDate.of(2026, 1, 5), TableReader.parseDate(rows.get(0).get("任职日期")));
        assertEquals(LocalDate.of(2026, 2, 3), TableReader.parseDate(rows.get(1).get("任职日期")));
    }

    @Test
    void refusesOtherFileTypesAndUnreadableFiles() {
        assertEquals("import.unsupportedType", assertThrows(BusinessRuleException.class,
                () -> TableReader.read(new byte[] {1, 2}, "staff.pdf")).getMessageKey());
        assertEquals("import.unreadable", assertThrows(BusinessRuleException.class,
                () -> TableReader.read("not a zip".getBytes(StandardCharsets.UTF_8), "staff.xlsx")).getMessageKey());
        assertNull(TableReader.parseDate("2026-13-01"));
        assertNull(TableReader.parseDate("明天"));
    }
}
