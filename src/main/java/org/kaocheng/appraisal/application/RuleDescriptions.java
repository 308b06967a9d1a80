package org.kaocheng.appraisal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.kaocheng.appraisal.domain.scoring.RuleSpec;
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
        return switch (rule.kind()) {
            case RATE ->
                Messages.text(locale, "appraisal.ruleText.RATE")
                        + (rule.floor() == null
                                ? ""
                                : Messages.text(locale, "appraisal.ruleText.floor", plain(rule.floor())));
            case DEDUCTION -> Messages.text(locale, "appraisal.ruleText.DEDUCTION", plain(rule.perOccurrence()));
            case TIERS ->
                Messages.text(
                        locale,
                        rule.lowerIsBetter() ? "appraisal.ruleText.TIERS.lower" : "appraisal.ruleText.TIERS.higher",
                        Tier.format(rule.tiers()));
            case VETO -> Messages.text(locale, "appraisal.ruleText.VETO", plain(rule.effectiveVetoThreshold()));
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

    /** A sheet line explained in one text: metric and value, rule, arithmetic, where the score comes from. */
    public String explain(SheetLine line, Locale locale, UnaryOperator<String> names) {
        if (!line.leaf()) {
            return line.formula();
        }
        StringBuilder text = new StringBuilder();
        if (line.metricCode() != null) {
            text.append(Messages.text(
                            locale, "common.labelValue", metric(line.metricCode(), locale), line.metricValueText()))
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
