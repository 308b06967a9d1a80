package org.kaocheng.appraisal.domain.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A scheme as the scoring engine sees it: the indicators in tree order (each parent before its
 * children, siblings in scheme order) and the grading policy.
 */
public record SchemeSpec(List<IndicatorSpec> indicators, GradePolicy grading) {

    public SchemeSpec {
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(grading, "grading");
    }

    public Map<Long, IndicatorSpec> byId() {
        Map<Long, IndicatorSpec> map = new LinkedHashMap<>();
        for (IndicatorSpec i : indicators) {
            map.put(i.id(), i);
        }
        return map;
    }

    public List<IndicatorSpec> children(Long parentId) {
        List<IndicatorSpec> result = new ArrayList<>();
        for (IndicatorSpec i : indicators) {
            if (Objects.equals(i.parentId(), parentId)) {
                result.add(i);
            }
        }
        return result;
    }

    public List<IndicatorSpec> levelOne() {
        return children(null);
    }

    public boolean isLeaf(IndicatorSpec indicator) {
        for (IndicatorSpec i : indicators) {
            if (indicator.id().equals(i.parentId())) {
                return false;
            }
        }
        return true;
    }

    /** A bonus indicator: a BONUS leaf, or a node whose leaves are all BONUS. */
    public boolean isBonus(IndicatorSpec indicator) {
        List<IndicatorSpec> children = children(indicator.id());
        if (children.isEmpty()) {
            return indicator.rule() != null && indicator.rule().kind() == RuleKind.BONUS;
        }
        return children.stream().allMatch(this::isBonus);
    }

    /** The indicators with other points (what-if previews); ids not given keep theirs. */
    public SchemeSpec withPoints(Map<Long, java.math.BigDecimal> points) {
        List<IndicatorSpec> changed = new ArrayList<>();
        for (IndicatorSpec i : indicators) {
            java.math.BigDecimal p = points.get(i.id());
            changed.add(p == null ? i : i.withPoints(p));
        }
        return new SchemeSpec(changed, grading);
    }
}
