package org.kaocheng.training.application;

import java.io.Serializable;
import java.util.List;

/** The outcome of an all-or-nothing import: nothing was applied when there are errors. */
public record ImportReport(int applied, List<TrainingImportError> errors) implements Serializable {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public boolean isAccepted() {
        return errors.isEmpty();
    }
}
