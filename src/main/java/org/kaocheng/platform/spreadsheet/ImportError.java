package org.kaocheng.platform.spreadsheet;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One problem of an import, located by row (as the sheet numbers it) and column. {@code
 * messageKey} and its arguments come from the messages bundle. Equal when row, column, key and
 * arguments are equal.
 */
public record ImportError(int row, String column, String messageKey, Object... arguments) implements Serializable {

    public ImportError {
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImportError e
                && row == e.row
                && java.util.Objects.equals(column, e.column)
                && java.util.Objects.equals(messageKey, e.messageKey)
                && Arrays.equals(arguments, e.arguments);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(row, column, messageKey, Arrays.hashCode(arguments));
    }

    @Override
    public String toString() {
        return "ImportError[" + row + ", " + column + ", " + messageKey + ", " + Arrays.toString(arguments) + "]";
    }
}
