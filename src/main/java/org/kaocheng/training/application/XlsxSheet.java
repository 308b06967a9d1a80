package org.kaocheng.training.application;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kaocheng.platform.BusinessRuleException;

/**
 * The first sheet of an .xlsx file as text cells: dates as yyyy-MM-dd, numbers as shown, blanks
 * as empty strings. Row 0 is the header; rows keep their spreadsheet numbers for error messages.
 */
final class XlsxSheet {

    /** A data row: its 1-based spreadsheet row number and its cells. */
    record SheetRow(int number, List<String> cells) {
        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private final List<String> header;
    private final List<SheetRow> rows;

    private XlsxSheet(List<String> header, List<SheetRow> rows) {
        this.header = header;
        this.rows = rows;
    }

    static XlsxSheet read(InputStream in) {
        try (Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getNumberOfSheets() == 0 ? null : wb.getSheetAt(0);
            if (sheet == null || sheet.getPhysicalNumberOfRows() == 0) {
                throw new BusinessRuleException("training.import.empty");
            }
            DataFormatter formatter = new DataFormatter();
            List<String> header = null;
            List<SheetRow> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
                List<String> cells = cells(sheet.getRow(r), formatter);
                if (header == null) {
                    header = cells;
                } else {
                    SheetRow row = new SheetRow(r + 1, cells);
                    if (!row.isBlank()) {
                        rows.add(row);
                    }
                }
            }
            return new XlsxSheet(header == null ? List.of() : header, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessRuleException b) {
                throw b;
            }
            throw new BusinessRuleException("training.import.unreadable");
        }
    }

    private static List<String> cells(Row row, DataFormatter formatter) {
        List<String> cells = new ArrayList<>();
        if (row == null) {
            return cells;
        }
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            Cell cell = row.getCell(c);
            cells.add(text(cell, formatter));
        }
        return cells;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDate date = cell.getDateCellValue()
                    .toInstant()
                    .atZone(ZoneId.systemDefault())
                    .toLocalDate();
            return date.toString();
        }
        return formatter.formatCellValue(cell).trim();
    }

    List<String> header() {
        return header;
    }

    List<SheetRow> rows() {
        return rows;
    }

    static String column(int index) {
        return CellReference.convertNumToColString(index);
    }
}
