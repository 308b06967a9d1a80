package org.kaocheng.disclosure.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rows of an uploaded .xlsx (first sheet) or .csv (UTF-8, with or without BOM, else GBK) as
 * text, each with its row number as the user sees it (1 = the header). Dates in Excel cells come
 * out as yyyy-MM-dd.
 */
public final class TabularFile {

    /** A data row: its number in the file and its cells. */
    public record Line(int number, List<String> cells) {

        public String cell(int index) {
            if (index < 0 || index >= cells.size()) {
                return null;
            }
            String v = cells.get(index);
            return v == null || v.isBlank() ? null : v.trim();
        }
    }

    private TabularFile() {
    }

    public static List<Line> read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") ? xlsx(content) : csv(content);
    }

    static List<Line> xlsx(byte[] content) {
        List<Line> lines = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null) {
                        cells.add(null);
                    } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        cells.add(cell.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString());
                    } else {
                        cells.add(formatter.formatCellValue(cell));
                    }
                }
                if (cells.stream().anyMatch(v -> v != null && !v.isBlank())) {
                    lines.add(new Line(row.getRowNum() + 1, cells));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new org.kaocheng.platform.BusinessRuleException("disclosure.import.unreadable");
        }
        return lines;
    }

    static List<Line> csv(byte[] content) {
        String text = decode(content);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<Line> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int row = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    if (ch == '\n') {
                        row++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                add(lines, rowStart, cells);
                cells = new ArrayList<>();
                row++;
                rowStart = row;
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            add(lines, rowStart, cells);
        }
        return lines;
    }

    private static void add(List<Line> lines, int number, List<String> cells) {
        if (cells.stream().anyMatch(v -> v != null && !v.isBlank())) {
            lines.add(new Line(number, cells));
        }
    }

    /** UTF-8 when the bytes are valid UTF-8, else GBK (what Excel in a Chinese locale writes). */
    static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("GBK"));
        }
    }

    /** A date cell as yyyy-MM-dd, yyyy/M/d or yyyy.M.d; null when empty. */
    public static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.trim().split("[-/.年月日]");
        if (parts.length < 3) {
            throw new IllegalArgumentException(text);
        }
        try {
            return LocalDate.of(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()),
                    Integer.parseInt(parts[2].trim().split("\\s")[0]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
