package org.kaocheng.appraisal.domain.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One node of a scheme's indicator tree as the scoring engine sees it.
 *
 * @param id         the indicator's id (any stable key; scores are keyed by it)
 * @param code       the code shown to people, e.g. {@code 2.1}
 * @param name       its name
 * @param level      1, 2 or 3
 * @param parentId   its parent's id, null on level 1
 * @param points     its points (for a bonus indicator: the most it can add)
 * @param rule       the rule of a leaf; null for a node with children
 */
public record IndicatorSpec(
        Long id, String code, String name, int level, Long parentId, BigDecimal points, RuleSpec rule) {

    public IndicatorSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(points, "points");
    }

    /** The same indicator with other points (what-if previews). */
    public IndicatorSpec withPoints(BigDecimal newPoints) {
        return new IndicatorSpec(id, code, name, level, parentId, newPoints, rule);
    }
}
