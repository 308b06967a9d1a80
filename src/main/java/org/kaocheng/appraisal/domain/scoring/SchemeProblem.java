package org.kaocheng.appraisal.domain.scoring;

import java.util.List;

/**
 * Something wrong with a scheme's tree, as a message key of the bundle and its arguments.
 *
 * @param indicatorId the indicator concerned, or null for the whole scheme
 * @param code        its code, or null
 */
public record SchemeProblem(Long indicatorId, String code, String messageKey, List<Object> arguments)
        implements java.io.Serializable {

    public SchemeProblem {
        arguments = List.copyOf(arguments);
    }

    public Object[] args() {
        return arguments.toArray();
    }
}
