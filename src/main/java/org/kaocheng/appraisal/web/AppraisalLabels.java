package org.kaocheng.appraisal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.kaocheng.appraisal.application.DefaultScheme;
import org.kaocheng.appraisal.application.MetricCatalog;
import org.kaocheng.appraisal.domain.scoring.RuleSpec;
import org.kaocheng.appraisal.domain.scoring.Tier;
import org.kaocheng.appraisal.metric.MetricDefinition;
import org.kaocheng.platform.web.Messages;

/** Texts of the appraisal pages: metric names, rules in words, record types. */
@Named
@ApplicationScoped
public class AppraisalLabels {

    @Inject
    MetricCatalog catalog;

    /** A metric's name: the source's label, else ours, else the code. */
    public String metric(String code) {
        if (code == null) {
            return "";
        }
        Optional<MetricDefinition> definition = catalog.definition(code);
        if (definition.isPresent()) {
            String text = Messages.text(definition.get().labelKey());
            if (!text.equals(definition.get().labelKey())) {
                return text;
            }
        }
        String key = "appraisal.metric." + code;
        String text = Messages.text(key);
        return text.equals(key) ? code : text;
    }

    public boolean hasSource(String code) {
        return code != null && catalog.sourceOf(code).isPresent();
    }

    /** Every metric code a scheme may use: the installed sources' and the catalogue's known ones. */
    public List<String> metricCodes() {
        TreeSet<String> codes = new TreeSet<>(DefaultScheme.METRICS);
        catalog.definitions().forEach(d -> codes.add(d.code()));
        return List.copyOf(codes);
    }

    /** The rule in words, e.g. "每次扣 2 分,扣完为止". */
    public String rule(RuleSpec rule) {
        if (rule == null) {
            return "";
        }
        return switch (rule.kind()) {
            case RATE -> Messages.text("appraisal.ruleText.RATE")
                    + (rule.floor() == null ? "" : Messages.text("appraisal.ruleText.floor", plain(rule.floor())));
            case DEDUCTION -> Messages.text("appraisal.ruleText.DEDUCTION", plain(rule.perOccurrence()));
            case TIERS -> Messages.text(rule.lowerIsBetter() ? "appraisal.ruleText.TIERS.lower"
                    : "appraisal.ruleText.TIERS.higher", Tier.format(rule.tiers()));
            case VETO -> Messages.text("appraisal.ruleText.VETO", plain(rule.effectiveVetoThreshold()));
            case MANUAL -> Messages.text("appraisal.ruleText.MANUAL");
            case BONUS -> (rule.metricCode() == null ? Messages.text("appraisal.ruleText.BONUS.manual")
                    : Messages.text("appraisal.ruleText.BONUS.metric", plain(rule.perOccurrence())))
                    + (rule.totalThreshold() == null ? ""
                            : Messages.text("appraisal.ruleText.threshold", plain(rule.totalThreshold())));
        };
    }

    /** A record type's name (a message key of the capability that lists it). */
    public String recordType(String type) {
        return type == null ? "" : Messages.text(type);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
