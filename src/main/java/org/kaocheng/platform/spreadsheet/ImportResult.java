package org.kaocheng.platform.spreadsheet;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of an all-or-nothing import: rows imported (0 when any row failed, nothing is then
 * saved) and every error.
 */
public record ImportResult(int imported, List<ImportError> errors) implements Serializable {

    public ImportResult {
        errors = List.copyOf(errors);
    }

    public int getImported() {
        return imported;
    }

    public boolean isSuccess() {
        return errors.isEmpty();
    }
}
