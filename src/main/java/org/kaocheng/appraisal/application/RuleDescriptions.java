package org.kaocheng.appraisal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.kaocheng.appraisal.domain.scoring.RuleSpec;
import org.kaocheng.appraisal.domain.scoring.ScoringEngine;
import org.kaocheng.appraisal.domain.scoring.Tier;
import org.kaocheng.appraisal.metric.MetricDefinition;
import org.kaocheng.platform.web.Messages;

/** Metric names and rules in words, for pages and reports, in the reader's language. */
@ApplicationScoped
public class RuleDescriptions {

    @Inject
    MetricCatalog catalog;

    /** For tests and tools. */
    public static RuleDescriptions of(MetricCatalog catalog) {
        RuleDescriptions d = new RuleDescriptions();
        d.catalog = catalog;
        return d;
    }

    /** A metric's name: the source's label, else the appraisal bundle's, else the code. */
    public String metric(String code, Locale locale) {
        if (code == null) {
            return "";
        }
        Optional<MetricDefinition> definition = catalog.definition(code);
        if (definition.isPresent()) {
            String text = Messages.text(locale, definition.get().labelKey());
            if (!text.equals(definition.get().labelKey())) {
                return text;
            }
        }
        String key = "appraisal.metric." + code;
        String text = Messages.text(locale, key);
        return text.equals(key) ? code : text;
    }

    /** The rule in words, e.g. "每次扣 2 分，扣完为止". */
    public String rule(RuleSpec rule, Locale locale) {
        if (rule == null) {
            return "";
        }
        boolean rate = isRate(rule.metricCode());
        return switch (rule.kind()) {
            case RATE ->
                Messages.text(locale, "appraisal.ruleText.RATE")
                        + (rule.floor() == null
                                ? ""
                                : Messages.text(
                                        locale, "appraisal.ruleText.floor", ScoringEngine.percent(rule.floor())));
            case DEDUCTION -> Messages.text(locale, "appraisal.ruleText.DEDUCTION", plain(rule.perOccurrence()));
            case TIERS -> Messages.text(locale, "appraisal.ruleText.TIERS", bands(rule, rate, locale));
            case VETO ->
                Messages.text(
                        locale, "appraisal.ruleText.VETO", ScoringEngine.shown(rule.effectiveVetoThreshold(), rate));
            case MANUAL -> Messages.text(locale, "appraisal.ruleText.MANUAL");
            case BONUS ->
                (rule.metricCode() == null
                                ? Messages.text(locale, "appraisal.ruleText.BONUS.manual")
                                : Messages.text(locale, "appraisal.ruleText.BONUS.metric", plain(rule.perOccurrence())))
                        + (rule.totalThreshold() == null
                                ? ""
                                : Messages.text(locale, "appraisal.ruleText.threshold", plain(rule.totalThreshold())));
        };
    }

    /** The bands in words, the best first (the order they are tried in): 达到 95% 得 10 分；达到 90% 得 8 分. */
    private static String bands(RuleSpec rule, boolean rate, Locale locale) {
        List<Tier> bands = new ArrayList<>(rule.tiers());
        Comparator<Tier> byBound = Comparator.comparing(Tier::bound);
        bands.sort(rule.lowerIsBetter() ? byBound : byBound.reversed());
        String key = rule.lowerIsBetter() ? "appraisal.ruleText.tier.lower" : "appraisal.ruleText.tier.higher";
        StringBuilder text = new StringBuilder();
        for (Tier t : bands) {
            if (text.length() > 0) {
                text.append(Messages.text(locale, "appraisal.ruleText.tier.separator"));
            }
            text.append(Messages.text(locale, key, ScoringEngine.shown(t.bound(), rate), plain(t.points())));
        }
        return text.toString();
    }

    /** A metric value as sheets write it: per cent for a rate, 3 rather than 3.0000, — for none. */
    public String value(String code, BigDecimal value) {
        return value == null ? "—" : ScoringEngine.shown(value, isRate(code));
    }

    private boolean isRate(String code) {
        return code != null && catalog.rates().contains(code);
    }

    /** A sheet line explained in one text: metric and value, rule, arithmetic, where the score comes from. */
    public String explain(SheetLine line, Locale locale, UnaryOperator<String> names) {
        if (!line.leaf()) {
            return line.formula();
        }
        StringBuilder text = new StringBuilder();
        if (line.metricCode() != null) {
            text.append(Messages.text(
                            locale,
                            "common.labelValue",
                            metric(line.metricCode(), locale),
                            value(line.metricCode(), line.metricValue())))
                    .append('\n');
        }
        text.append(rule(line.rule(), locale))
                .append('\n')
                .append(line.formula())
                .append('\n')
                .append(Messages.text(locale, "appraisal.note." + line.note()));
        if (line.adjustmentReason() != null) {
            text.append(Messages.text(
                    locale, "appraisal.sheet.adjustedBy", line.adjustmentReason(), names.apply(line.adjustedBy())));
        }
        if (line.veto()) {
            text.append('\n').append(Messages.text(locale, "appraisal.rule.VETO"));
        }
        return text.toString();
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
