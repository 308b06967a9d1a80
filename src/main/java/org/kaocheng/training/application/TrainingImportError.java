package org.kaocheng.training.application;

import java.io.Serializable;

/** A refused row of an imported sheet: the spreadsheet row number (1-based), the column letter, the reason. */
public record TrainingImportError(int row, String column, String messageKey, String argument) implements Serializable {}
