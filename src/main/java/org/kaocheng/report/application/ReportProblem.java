package org.kaocheng.report.application;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/**
 * A failed consistency check: where ({@code table}, {@code row}, {@code column}: message keys of
 * their labels, {@code null} when not applicable) and what ({@code messageKey} with arguments).
 */
public record ReportProblem(String table, String row, String column, String messageKey, List<Object> arguments)
        implements Serializable {

    /** The sentence for a page: "表三 / 本年新收 / 自然人：…", labels and message from {@code text}. */
    public String describe(
            Function<String, String> label, java.util.function.BiFunction<String, Object[], String> message) {
        StringBuilder where = new StringBuilder(label.apply(table));
        if (row != null) {
            where.append(" / ").append(label.apply(row));
        }
        if (column != null) {
            where.append(" / ").append(label.apply(column));
        }
        return where + ": " + message.apply(messageKey, arguments.toArray());
    }
}
