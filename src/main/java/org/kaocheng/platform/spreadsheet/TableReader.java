package org.kaocheng.platform.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kaocheng.platform.BusinessRuleException;

/**
 * Reads the first sheet of an .xlsx file or a .csv file into header-keyed rows. A CSV is taken
 * as UTF-8 (with or without BOM) when it decodes cleanly, otherwise as GBK. Blank rows are
 * skipped but keep their numbers for the rows after them.
 */
public final class TableReader {

    public static final Charset GBK = Charset.forName("GBK");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private TableReader() {}

    /**
     * A whole table: its header row (number and texts, in column order, also when no data row
     * follows) and its data rows. Importers that accept several names for a column look the
     * header up here.
     */
    public record Table(int headerRow, List<String> headers, List<SheetRow> rows) {

        public Table {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }

        public boolean isEmpty() {
            return headers.stream().allMatch(h -> h == null || h.isBlank());
        }
    }

    public static List<SheetRow> read(byte[] content, String fileName) {
        return readTable(content, fileName).rows();
    }

    public static Table readTable(byte[] content, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".xlsx")) {
                return readXlsx(new ByteArrayInputStream(content));
            }
            if (name.endsWith(".csv")) {
                return readCsv(decode(content));
            }
        } catch (IOException | RuntimeException e) {
            throw new BusinessRuleException("import.unreadable", fileName);
        }
        throw new BusinessRuleException("import.unsupportedType", fileName);
    }

    /** UTF-8 when the bytes are valid UTF-8, GBK otherwise. */
    public static String decode(byte[] content) {
        int offset = content.length >= 3
                        && (content[0] & 0xFF) == 0xEF
                        && (content[1] & 0xFF) == 0xBB
                        && (content[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, GBK);
        }
    }

    private static Table readXlsx(InputStream in) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<String> headers = new ArrayList<>();
            int headerRow = 1;
            List<SheetRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (headers.isEmpty()) {
                    // by index: a blank header cell keeps its place, so the columns after it stay aligned
                    for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
                        Cell cell = row.getCell(i);
                        headers.add(
                                cell == null
                                        ? ""
                                        : formatter.formatCellValue(cell).strip());
                    }
                    headerRow = row.getRowNum() + 1;
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < headers.size(); i++) {
                    cells.put(headers.get(i), text(row.getCell(i), formatter));
                }
                SheetRow sheetRow = new SheetRow(row.getRowNum() + 1, cells);
                if (!sheetRow.isBlank()) {
                    rows.add(sheetRow);
                }
            }
            return new Table(headerRow, headers, rows);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(ISO);
        }
        return formatter.formatCellValue(cell);
    }

    static Table readCsv(String text) {
        List<List<String>> records = parseCsv(text);
        if (records.isEmpty()) {
            return new Table(1, List.of(), List.of());
        }
        List<String> headers = records.get(0).stream().map(String::strip).toList();
        List<SheetRow> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < headers.size(); i++) {
                cells.put(headers.get(i), i < record.size() ? record.get(i) : null);
            }
            SheetRow row = new SheetRow(r + 1, cells);
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        return new Table(1, headers, rows);
    }

    /** RFC 4180: commas, double quotes, quotes doubled inside quotes, CRLF or LF line ends. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /**
     * Dates as yyyy-MM-dd (also yyyy/M/d, yyyy.M.d and yyyy年M月d日, as people type them; a time
     * after the date is ignored); null if unreadable.
     */
    public static LocalDate parseDate(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.strip().split("\\s+")[0].split("[-/.年月日]");
        if (parts.length < 3) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
