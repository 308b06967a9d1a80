package org.kaocheng.appraisal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kaocheng.appraisal.metric.MetricDefinition;
import org.kaocheng.appraisal.metric.MetricKind;
import org.kaocheng.appraisal.metric.MetricSource;

/**
 * The metric catalogue: every {@link MetricSource} bean the deployed capabilities contribute.
 * A scheme may name a metric no source provides (yet); it then scores as "no data".
 */
@ApplicationScoped
public class MetricCatalog {

    @Inject
    Instance<MetricSource> instances;

    private List<MetricSource> fixed;

    /** The rate codes, found once: the deployed sources do not change while the application runs. */
    private volatile Set<String> rates;

    /** For tests: a catalogue of the given sources. */
    public static MetricCatalog of(List<MetricSource> sources) {
        MetricCatalog catalog = new MetricCatalog();
        catalog.fixed = List.copyOf(sources);
        return catalog;
    }

    private List<MetricSource> sources() {
        if (fixed != null) {
            return fixed;
        }
        List<MetricSource> all = new ArrayList<>();
        instances.forEach(all::add);
        return all;
    }

    /** Every metric of every source, by code. */
    public List<MetricDefinition> definitions() {
        Map<String, MetricDefinition> byCode = new LinkedHashMap<>();
        for (MetricSource s : sources()) {
            for (MetricDefinition d : s.metrics()) {
                byCode.putIfAbsent(d.code(), d);
            }
        }
        List<MetricDefinition> list = new ArrayList<>(byCode.values());
        list.sort(Comparator.comparing(MetricDefinition::code));
        return list;
    }

    public Optional<MetricDefinition> definition(String code) {
        return definitions().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** The codes of the metrics that are rates (0–1), which scores and sheets write as per cent. */
    public Set<String> rates() {
        Set<String> found = rates;
        if (found == null) {
            Set<String> codes = new HashSet<>();
            for (MetricDefinition d : definitions()) {
                if (d.kind() == MetricKind.RATE) {
                    codes.add(d.code());
                }
            }
            found = Set.copyOf(codes);
            rates = found;
        }
        return found;
    }

    /** The source computing the metric, if any capability provides it. */
    public Optional<MetricSource> sourceOf(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (MetricSource s : sources()) {
            for (MetricDefinition d : s.metrics()) {
                if (d.code().equals(code)) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The given metric codes grouped by the source computing them, in the sources' order; codes
     * no source provides are left out.
     */
    public Map<MetricSource, List<String>> bySource(Collection<String> codes) {
        Map<MetricSource, List<String>> grouped = new LinkedHashMap<>();
        List<MetricSource> sources = sources(); // one list: the same instances for every code
        for (String code : codes) {
            for (MetricSource s : sources) {
                if (s.metrics().stream().anyMatch(d -> d.code().equals(code))) {
                    grouped.computeIfAbsent(s, k -> new ArrayList<>()).add(code);
                    break;
                }
            }
        }
        return grouped;
    }
}
