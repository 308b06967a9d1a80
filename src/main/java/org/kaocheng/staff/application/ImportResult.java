package org.kaocheng.staff.application;

import java.util.List;
import org.kaocheng.platform.spreadsheet.ImportError;

/** The outcome of an import: rows imported (0 when any row failed) and every error. */
public record ImportResult(int imported, List<ImportError> errors) {

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
