package org.kaocheng.appraisal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.kaocheng.appraisal.application.DefaultScheme;
import org.kaocheng.appraisal.application.MetricCatalog;
import org.kaocheng.appraisal.application.RuleDescriptions;
import org.kaocheng.appraisal.domain.scoring.RuleSpec;
import org.kaocheng.appraisal.metric.MetricRecord;
import org.kaocheng.platform.web.Messages;

/** Texts of the appraisal pages: metric names, rules in words, record types. */
@Named
@ApplicationScoped
public class AppraisalLabels {

    @Inject
    MetricCatalog catalog;

    @Inject
    RuleDescriptions descriptions;

    public String metric(String code) {
        return descriptions.metric(code, Messages.locale());
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

    /** A metric value as sheets write it (per cent for a rate). */
    public String value(String code, java.math.BigDecimal value) {
        return descriptions.value(code, value);
    }

    public String rule(RuleSpec rule) {
        return descriptions.rule(rule, Messages.locale());
    }

    /** Why a record counts, in the reader's language (see {@link MetricRecord#detail}). */
    public String detail(String detail) {
        Locale locale = Messages.locale();
        return MetricRecord.renderDetail(detail, (key, arguments) -> Messages.text(locale, key, arguments));
    }

    /** A record type's name (a message key of the capability that lists it). */
    public String recordType(String type) {
        return type == null ? "" : Messages.text(type);
    }
}
