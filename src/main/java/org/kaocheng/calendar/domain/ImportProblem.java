package org.kaocheng.calendar.domain;

import java.io.Serializable;
import java.util.List;

/**
 * One error found in a schedule file: where ({@code days[3].date}, {@code year}, line and
 * column of a syntax error), a message key of the bundle and its arguments.
 */
public record ImportProblem(String location, String messageKey, List<String> arguments) implements Serializable {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem of(String location, String messageKey, Object... arguments) {
        return new ImportProblem(
                location,
                messageKey,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
