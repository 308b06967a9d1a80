package org.kaocheng.selfcheck.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.selfcheck.application.UnitProgressRow;
import org.kaocheng.selfcheck.domain.Campaign;

/** A campaign's status per unit as an .xlsx sheet (late and overdue units highlighted). */
final class CampaignStatusWorkbook {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CampaignStatusWorkbook() {}

    static byte[] write(Campaign campaign, List<UnitProgressRow> rows, Locale locale) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(Messages.text(locale, "selfcheck.export.sheet"));
            CellStyle highlight = wb.createCellStyle();
            highlight.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
            highlight.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Row head0 = sheet.createRow(0);
            head0.createCell(0)
                    .setCellValue(campaign.getTitle() + " (" + campaign.getPeriodLabel() + ") "
                            + campaign.getOpensOn().format(DAY) + " ~ "
                            + campaign.getClosesOn().format(DAY));
            String[] keys = {
                "selfcheck.unitCode",
                "common.unit",
                "common.status",
                "selfcheck.late",
                "selfcheck.overdue",
                "selfcheck.round",
                "selfcheck.firstSubmittedAt",
                "selfcheck.lastSubmittedAt",
                "selfcheck.acceptedItems",
                "selfcheck.returnedItems",
                "selfcheck.totalItems"
            };
            Row header = sheet.createRow(2);
            for (int i = 0; i < keys.length; i++) {
                header.createCell(i).setCellValue(Messages.text(locale, keys[i]));
            }
            String yes = Messages.text(locale, "common.yes");
            int r = 3;
            for (UnitProgressRow row : rows) {
                Row x = sheet.createRow(r++);
                x.createCell(0).setCellValue(row.unitCode());
                x.createCell(1).setCellValue(row.unitName());
                x.createCell(2).setCellValue(Messages.text(locale, "selfcheck.status." + row.status()));
                x.createCell(3).setCellValue(row.late() ? yes : "");
                x.createCell(4).setCellValue(row.overdue() ? yes : "");
                x.createCell(5).setCellValue(row.roundNo());
                x.createCell(6)
                        .setCellValue(
                                row.firstSubmittedAt() == null
                                        ? ""
                                        : row.firstSubmittedAt().format(MINUTE));
                x.createCell(7)
                        .setCellValue(
                                row.lastSubmittedAt() == null
                                        ? ""
                                        : row.lastSubmittedAt().format(MINUTE));
                x.createCell(8).setCellValue(row.acceptedItems());
                x.createCell(9).setCellValue(row.returnedItems());
                x.createCell(10).setCellValue(row.totalItems());
                if (row.isHighlighted()) {
                    for (Cell cell : x) {
                        cell.setCellStyle(highlight);
                    }
                }
            }
            // fixed widths: autoSizeColumn needs fonts on the server
            sheet.setColumnWidth(0, 12 * 256);
            sheet.setColumnWidth(1, 30 * 256);
            for (int i = 2; i < keys.length; i++) {
                sheet.setColumnWidth(i, 16 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
