package org.kaocheng.selfcheck.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a checklist item asks: the question, guidance for the unit (填报说明), the kind of
 * answer with its choices, whether evidence is required, and its points in the appraisal.
 */
public record ItemContent(
        String question,
        String guidance,
        AnswerKind answerKind,
        List<String> choices,
        boolean evidenceRequired,
        BigDecimal points) {

    public ItemContent {
        choices = choices == null
                ? List.of()
                : choices.stream()
                        .filter(c -> c != null && !c.isBlank())
                        .map(String::trim)
                        .distinct()
                        .toList();
    }
}
