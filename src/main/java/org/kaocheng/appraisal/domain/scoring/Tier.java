package org.kaocheng.appraisal.domain.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kaocheng.platform.BusinessRuleException;

/**
 * One band of a TIERS rule: a value reaching {@code bound} scores {@code points}. Kept in a
 * scheme as text {@code "0.95:10;0.9:8;0.8:5"}.
 */
public record Tier(BigDecimal bound, BigDecimal points) implements java.io.Serializable {

    public Tier {
        Objects.requireNonNull(bound, "bound");
        Objects.requireNonNull(points, "points");
    }

    /**
     * Parses {@code "bound:points;bound:points"}; blank gives no bands. A bound may be written in
     * per cent, as score sheets write rates: {@code "95%:10"} is {@code "0.95:10"}.
     */
    public static List<Tier> parse(String text) {
        List<Tier> tiers = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return tiers;
        }
        for (String part : text.split("[;；]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pair = part.trim().split("[:：]");
            if (pair.length != 2) {
                throw new BusinessRuleException("appraisal.tiers.syntax", part.trim());
            }
            try {
                String bound = pair[0].trim();
                BigDecimal value = bound.endsWith("%") || bound.endsWith("％")
                        ? new BigDecimal(bound.substring(0, bound.length() - 1).trim())
                                .movePointLeft(2)
                                .stripTrailingZeros()
                        : new BigDecimal(bound);
                tiers.add(new Tier(value, new BigDecimal(pair[1].trim())));
            } catch (NumberFormatException e) {
                throw new BusinessRuleException("appraisal.tiers.syntax", part.trim());
            }
        }
        return tiers;
    }

    /** The bands as a scheme keeps them: {@code "0.95:10;0.9:8"}. */
    public static String format(List<Tier> tiers) {
        return format(tiers, bound -> bound.stripTrailingZeros().toPlainString());
    }

    /** The bands with their bounds in per cent, as a rate's are edited: {@code "95%:10;90%:8"} ({@link #parse} reads it). */
    public static String formatPercent(List<Tier> tiers) {
        return format(tiers, ScoringEngine::percent);
    }

    private static String format(List<Tier> tiers, java.util.function.Function<BigDecimal, String> bound) {
        StringBuilder text = new StringBuilder();
        for (Tier t : tiers) {
            if (text.length() > 0) {
                text.append(';');
            }
            text.append(bound.apply(t.bound()))
                    .append(':')
                    .append(t.points().stripTrailingZeros().toPlainString());
        }
        return text.toString();
    }
}
