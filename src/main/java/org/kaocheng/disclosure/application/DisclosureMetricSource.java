package org.kaocheng.disclosure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kaocheng.appraisal.metric.MetricDefinition;
import org.kaocheng.appraisal.metric.MetricKind;
import org.kaocheng.appraisal.metric.MetricRecord;
import org.kaocheng.appraisal.metric.MetricSource;
import org.kaocheng.disclosure.domain.ApplicationState;
import org.kaocheng.disclosure.domain.ItemState;

/**
 * The disclosure metrics of the appraisal, each computed by the database for all units at once.
 * Items and interpretations count by the day zero of their deadline in the period, applications
 * by their date of receipt; states are as of today (an item still unpublished is overdue now,
 * whatever period it belongs to). New-media checks are made on the period's last day (or today
 * while it runs). The caller (the appraisal) checks who may see scores.
 */
@ApplicationScoped
public class DisclosureMetricSource implements MetricSource {

    public static final String PROACTIVE_ON_TIME_RATE = "proactive.onTimeRate";
    public static final String PROACTIVE_OVERDUE = "proactive.overdueCount";
    public static final String INTERPRETATION_ON_TIME_RATE = "interpretation.onTimeRate";
    public static final String INTERPRETATION_MISSING = "interpretation.missingCount";
    public static final String APPLICATION_ON_TIME_RATE = "application.onTimeRate";
    public static final String APPLICATION_OVERDUE = "application.overdueCount";
    public static final String NEW_MEDIA_VETO = "newMedia.vetoCount";
    public static final String NEW_MEDIA_ZOMBIE = "newMedia.zombieCount";

    private static final int MAX_RECORDS = 1000;

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public List<MetricDefinition> metrics() {
        return List.of(
                new MetricDefinition(
                        PROACTIVE_ON_TIME_RATE, "disclosure.metric." + PROACTIVE_ON_TIME_RATE, MetricKind.RATE),
                new MetricDefinition(PROACTIVE_OVERDUE, "disclosure.metric." + PROACTIVE_OVERDUE, MetricKind.COUNT),
                new MetricDefinition(
                        INTERPRETATION_ON_TIME_RATE,
                        "disclosure.metric." + INTERPRETATION_ON_TIME_RATE,
                        MetricKind.RATE),
                new MetricDefinition(
                        INTERPRETATION_MISSING, "disclosure.metric." + INTERPRETATION_MISSING, MetricKind.COUNT),
                new MetricDefinition(
                        APPLICATION_ON_TIME_RATE, "disclosure.metric." + APPLICATION_ON_TIME_RATE, MetricKind.RATE),
                new MetricDefinition(APPLICATION_OVERDUE, "disclosure.metric." + APPLICATION_OVERDUE, MetricKind.COUNT),
                new MetricDefinition(NEW_MEDIA_VETO, "disclosure.metric." + NEW_MEDIA_VETO, MetricKind.COUNT),
                new MetricDefinition(NEW_MEDIA_ZOMBIE, "disclosure.metric." + NEW_MEDIA_ZOMBIE, MetricKind.COUNT));
    }

    @Override
    public Map<Long, BigDecimal> values(String metricCode, LocalDate from, LocalDate to) {
        return values(List.of(metricCode), from, to).get(metricCode);
    }

    /**
     * The item metrics are columns of one statement, as are the application and the new-media
     * ones: each statement runs once however many of its metrics are asked for.
     */
    @Override
    public Map<String, Map<Long, BigDecimal>> values(Collection<String> metricCodes, LocalDate from, LocalDate to) {
        DisclosureSettings s = DisclosureSettings.load(em);
        LocalDate today = LocalDate.now(clock);
        List<UnitItemCounts> items = null;
        List<UnitApplicationCounts> applications = null;
        List<UnitNewMediaCounts> newMedia = null;
        Map<String, Map<Long, BigDecimal>> values = new LinkedHashMap<>();
        for (String metricCode : metricCodes) {
            switch (metricCode) {
                case PROACTIVE_ON_TIME_RATE, PROACTIVE_OVERDUE, INTERPRETATION_ON_TIME_RATE, INTERPRETATION_MISSING -> {
                    if (items == null) {
                        items = TimelinessQueries.itemCounts(em, s, today, null, from, to);
                    }
                }
                case APPLICATION_ON_TIME_RATE, APPLICATION_OVERDUE -> {
                    if (applications == null) {
                        applications = TimelinessQueries.applicationCounts(em, s, today, null, from, to);
                    }
                }
                case NEW_MEDIA_VETO, NEW_MEDIA_ZOMBIE -> {
                    if (newMedia == null) {
                        newMedia = TimelinessQueries.newMediaCounts(em, s, checkDate(to, today), null);
                    }
                }
                default -> throw new IllegalArgumentException("unknown metric " + metricCode);
            }
            values.put(
                    metricCode,
                    switch (metricCode) {
                        case PROACTIVE_ON_TIME_RATE ->
                            collect(items, UnitItemCounts::unitId, UnitItemCounts::getItemOnTimeRate);
                        case PROACTIVE_OVERDUE ->
                            collect(items, UnitItemCounts::unitId, c -> BigDecimal.valueOf(c.itemsOverdue()));
                        case INTERPRETATION_ON_TIME_RATE ->
                            collect(items, UnitItemCounts::unitId, UnitItemCounts::getInterpretationOnTimeRate);
                        case INTERPRETATION_MISSING ->
                            collect(items, UnitItemCounts::unitId, c -> BigDecimal.valueOf(c.missingInterpretations()));
                        case APPLICATION_ON_TIME_RATE ->
                            collect(applications, UnitApplicationCounts::unitId, UnitApplicationCounts::getOnTimeRate);
                        case APPLICATION_OVERDUE ->
                            collect(applications, UnitApplicationCounts::unitId, c -> BigDecimal.valueOf(c.overdue()));
                        case NEW_MEDIA_VETO ->
                            collect(newMedia, UnitNewMediaCounts::unitId, c -> BigDecimal.valueOf(c.vetoFailed()));
                        default -> collect(newMedia, UnitNewMediaCounts::unitId, c -> BigDecimal.valueOf(c.zombies()));
                    });
        }
        return values;
    }

    @Override
    public Map<Long, List<MetricRecord>> records(
            String metricCode, Collection<Long> unitIds, LocalDate from, LocalDate to) {
        Long unit = MetricSource.onlyUnit(unitIds);
        DisclosureSettings s = DisclosureSettings.load(em);
        LocalDate today = LocalDate.now(clock);
        // at most MAX_RECORDS per unit and state, whether one unit or all are read
        int max = unit == null ? Integer.MAX_VALUE : MAX_RECORDS;
        Map<Long, List<MetricRecord>> records = new LinkedHashMap<>();
        switch (metricCode) {
            case PROACTIVE_ON_TIME_RATE, PROACTIVE_OVERDUE, INTERPRETATION_ON_TIME_RATE -> {
                String kind = INTERPRETATION_ON_TIME_RATE.equals(metricCode) ? "INTERPRETATION" : "ITEM";
                List<ItemState> states = PROACTIVE_OVERDUE.equals(metricCode)
                        ? List.of(ItemState.OVERDUE)
                        : List.of(ItemState.LATE, ItemState.OVERDUE);
                for (ItemState state : states) {
                    List<ItemRow> rows = TimelinessQueries.items(
                            em, s, today, new ItemQuery(unit, from, to, kind, state, null), 0, max);
                    MetricSource.addByUnit(
                            records,
                            unitIds,
                            rows,
                            ItemRow::unitId,
                            r -> new MetricRecord(
                                    "disclosure.metric.record.proactiveItem",
                                    r.id(),
                                    r.title(),
                                    MetricRecord.detail(
                                            "disclosure.metric.detail.item." + state.name(), r.lateBy(), r.due()),
                                    "/disclosure/item.xhtml?id=" + r.id()),
                            MAX_RECORDS);
                }
            }
            case INTERPRETATION_MISSING ->
                MetricSource.addByUnit(
                        records,
                        unitIds,
                        TimelinessQueries.missingInterpretations(em, unit, from, to),
                        ItemRow::unitId,
                        r -> new MetricRecord(
                                "disclosure.metric.record.normativeDocument",
                                r.id(),
                                r.title(),
                                MetricRecord.detail("disclosure.metric.detail.missingInterpretation"),
                                "/disclosure/item.xhtml?id=" + r.id()),
                        MAX_RECORDS);
            case APPLICATION_ON_TIME_RATE, APPLICATION_OVERDUE -> {
                List<ApplicationState> states = APPLICATION_OVERDUE.equals(metricCode)
                        ? List.of(ApplicationState.OVERDUE)
                        : List.of(ApplicationState.ANSWERED_LATE, ApplicationState.OVERDUE);
                for (ApplicationState state : states) {
                    List<ApplicationRow> rows = TimelinessQueries.applications(
                            em, s, today, new ApplicationQuery(unit, from, to, state, null), 0, max);
                    MetricSource.addByUnit(
                            records,
                            unitIds,
                            rows,
                            ApplicationRow::unitId,
                            r -> new MetricRecord(
                                    "disclosure.metric.record.application",
                                    r.id(),
                                    r.subject(),
                                    MetricRecord.detail(
                                            "disclosure.metric.detail.application." + state.name(),
                                            r.lateBy(),
                                            r.due()),
                                    "/disclosure/application.xhtml?id=" + r.id()),
                            MAX_RECORDS);
                }
            }
            case NEW_MEDIA_VETO, NEW_MEDIA_ZOMBIE -> {
                boolean zombie = NEW_MEDIA_ZOMBIE.equals(metricCode);
                List<NewMediaRow> rows = TimelinessQueries.newMedia(em, s, checkDate(to, today), unit, true).stream()
                        .filter(r -> zombie ? r.zombie() : r.vetoFailed())
                        .toList();
                MetricSource.addByUnit(
                        records,
                        unitIds,
                        rows,
                        NewMediaRow::unitId,
                        r -> new MetricRecord(
                                "disclosure.metric.record.newMediaAccount",
                                r.id(),
                                r.platform() + " " + r.accountName(),
                                r.lastUpdate() == null
                                        ? MetricRecord.detail("disclosure.metric.detail.neverUpdated")
                                        : MetricRecord.detail("disclosure.metric.detail.lastUpdate", r.lastUpdate()),
                                "/disclosure/new-media.xhtml"),
                        MAX_RECORDS);
            }
            default -> throw new IllegalArgumentException("unknown metric " + metricCode);
        }
        return records;
    }

    private static LocalDate checkDate(LocalDate to, LocalDate today) {
        return to.isAfter(today) ? today : to;
    }

    private static <T> Map<Long, BigDecimal> collect(
            List<T> rows, Function<T, Long> unit, Function<T, BigDecimal> value) {
        Map<Long, BigDecimal> values = new HashMap<>();
        for (T row : rows) {
            BigDecimal v = value.apply(row);
            if (v != null) {
                values.put(unit.apply(row), v);
            }
        }
        return values;
    }
}
