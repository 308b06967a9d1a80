package org.kaocheng.platform.spreadsheet;

import java.util.Map;

/**
 * One data row of an uploaded table. {@code number} is the row number the user sees in their
 * spreadsheet program (the header is row 1, the first data row is row 2).
 */
public record SheetRow(int number, Map<String, String> cells) {

    /** The trimmed cell under the header, or null when empty. */
    public String get(String header) {
        String value = cells.get(header);
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public boolean isBlank() {
        return cells.values().stream().allMatch(v -> v == null || v.isBlank());
    }
}
