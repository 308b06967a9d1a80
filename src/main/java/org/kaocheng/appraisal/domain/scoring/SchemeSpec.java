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

    /**
     * A digest of everything that decides scores and ranks: the tree in order with each
     * indicator's points and rule, and the grading policy (names and codes, which only label, are
     * left out; numbers compare by value, 10 = 10.00). A run keeps the digest of the spec it was
     * computed with, so that a later change of the scheme shows.
     */
    public String fingerprint() {
        StringBuilder text = new StringBuilder();
        for (IndicatorSpec i : indicators) {
            text.append(String.join(
                            "|", "" + i.id(), "" + i.parentId(), "" + i.level(), number(i.points()), rule(i.rule())))
                    .append('\n');
        }
        text.append(String.join(
                "|",
                number(grading.excellentMin()),
                number(grading.goodMin()),
                number(grading.passMin()),
                number(grading.excellentQuotaPercent())));
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A rule's kind and parameters as fingerprint text (empty for a node). */
    private static String rule(RuleSpec r) {
        if (r == null) {
            return "";
        }
        List<String> tiers = r.tiers().stream()
                .map(t -> number(t.bound()) + ":" + number(t.points()))
                .toList();
        return String.join(
                "|",
                r.kind().name(),
                "" + r.metricCode(),
                number(r.floor()),
                number(r.perOccurrence()),
                number(r.vetoThreshold()),
                "" + r.lowerIsBetter(),
                number(r.totalThreshold()),
                String.join(";", tiers));
    }

    private static String number(java.math.BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
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
