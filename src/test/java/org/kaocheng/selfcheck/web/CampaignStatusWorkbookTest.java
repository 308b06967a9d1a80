package org.kaocheng.selfcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.kaocheng.selfcheck.application.UnitProgressRow;
import org.kaocheng.selfcheck.domain.AnswerKind;
import org.kaocheng.selfcheck.domain.Campaign;
import org.kaocheng.selfcheck.domain.CampaignTarget;
import org.kaocheng.selfcheck.domain.CheckStatus;
import org.kaocheng.selfcheck.domain.ChecklistTemplate;
import org.kaocheng.selfcheck.domain.ItemContent;

/** The campaign status export is a readable .xlsx with Chinese labels and late units highlighted. */
class CampaignStatusWorkbookTest {

    @Test
    void everyUnitIsARowWithItsStatusAndLateOnesAreHighlighted() throws IOException {
        ChecklistTemplate t = new ChecklistTemplate("T", "模板", null, "a", LocalDateTime.now());
        t.addSection("栏目")
                .addItem(null, new ItemContent("问题", null, AnswerKind.YES_NO, null, false, java.math.BigDecimal.ONE));
        Campaign c = new Campaign(
                t,
                "2026年第三季度自查",
                "2026 Q3",
                CampaignTarget.ALL,
                null,
                Set.of(),
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 15),
                "a");
        List<UnitProgressRow> rows = List.of(
                new UnitProgressRow(
                        1L,
                        0,
                        11L,
                        "A",
                        "区教育局",
                        CheckStatus.ACCEPTED,
                        false,
                        false,
                        1,
                        LocalDateTime.of(2026, 10, 9, 10, 0),
                        LocalDateTime.of(2026, 10, 9, 10, 0),
                        null,
                        null,
                        3,
                        0,
                        3),
                new UnitProgressRow(
                        2L,
                        0,
                        12L,
                        "B",
                        "区卫健委",
                        CheckStatus.NOT_STARTED,
                        false,
                        true,
                        0,
                        null,
                        null,
                        null,
                        null,
                        0,
                        0,
                        3));
        byte[] xlsx = CampaignStatusWorkbook.write(c, rows, Locale.SIMPLIFIED_CHINESE);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("自查进度", sheet.getSheetName());
            assertEquals("单位代码", sheet.getRow(2).getCell(0).getStringCellValue());
            Row a = sheet.getRow(3);
            assertEquals("区教育局", a.getCell(1).getStringCellValue());
            assertEquals("已通过", a.getCell(2).getStringCellValue());
            assertEquals("2026-10-09 10:00", a.getCell(6).getStringCellValue());
            assertEquals(3, (int) a.getCell(8).getNumericCellValue());
            assertNotEquals(
                    FillPatternType.SOLID_FOREGROUND,
                    a.getCell(1).getCellStyle().getFillPattern());
            Row b = sheet.getRow(4);
            assertEquals("未开始", b.getCell(2).getStringCellValue());
            assertEquals("是", b.getCell(4).getStringCellValue(), "overdue");
            assertEquals(
                    FillPatternType.SOLID_FOREGROUND,
                    b.getCell(1).getCellStyle().getFillPattern());
        }
        try (XSSFWorkbook wb =
                new XSSFWorkbook(new ByteArrayInputStream(CampaignStatusWorkbook.write(c, rows, Locale.ENGLISH)))) {
            assertEquals("Self-check status", wb.getSheetAt(0).getSheetName());
            assertEquals("Not started", wb.getSheetAt(0).getRow(4).getCell(2).getStringCellValue());
        }
    }
}
