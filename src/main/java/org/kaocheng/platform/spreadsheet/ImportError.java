package org.kaocheng.platform.spreadsheet;

/**
 * One problem of an import, located by row and column. {@code messageKey} and its arguments
 * come from the messages bundle.
 */
public record ImportError(int row, String column, String messageKey, Object... arguments) {}
