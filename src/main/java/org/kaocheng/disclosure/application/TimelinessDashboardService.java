package org.kaocheng.disclosure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kaocheng.disclosure.domain.ApplicationState;
import org.kaocheng.disclosure.domain.ItemState;
import org.kaocheng.platform.security.CurrentUser;

/**
 * Timeliness per unit and period: three aggregate statements (items, applications, new media),
 * each computed by the database for all units at once, joined here by unit id. The lists behind
 * each figure are the item and application lists filtered by the same unit, period and state.
 */
@ApplicationScoped
public class TimelinessDashboardService {

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    Clock clock = Clock.systemDefaultZone();

    public List<DashboardRow> dashboard(Long unitId, Period period) {
        Long scoped = DisclosureAccess.scopedUnit(user, unitId);
        DisclosureSettings s = DisclosureSettings.load(em);
        LocalDate today = LocalDate.now(clock);
        LocalDate checkDate = newMediaCheckDate(period);
        List<UnitItemCounts> items = TimelinessQueries.itemCounts(em, s, today, scoped, period.from(), period.to());
        Map<Long, UnitApplicationCounts> apps = new HashMap<>();
        TimelinessQueries.applicationCounts(em, s, today, scoped, period.from(), period.to())
                .forEach(c -> apps.put(c.unitId(), c));
        Map<Long, UnitNewMediaCounts> media = new HashMap<>();
        TimelinessQueries.newMediaCounts(em, s, checkDate, scoped).forEach(c -> media.put(c.unitId(), c));
        List<DashboardRow> rows = new ArrayList<>();
        for (UnitItemCounts c : items) {
            rows.add(new DashboardRow(
                    c,
                    apps.getOrDefault(
                            c.unitId(),
                            new UnitApplicationCounts(c.unitId(), c.unitName(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
                    media.getOrDefault(c.unitId(), new UnitNewMediaCounts(c.unitId(), c.unitName(), 0, 0, 0))));
        }
        return rows;
    }

    /** New-media accounts are checked on the period's last day, or today while the period runs. */
    public LocalDate newMediaCheckDate(Period period) {
        LocalDate today = LocalDate.now(clock);
        return period.to().isAfter(today) ? today : period.to();
    }

    /** Month by month on-time figures of a year (for the trend chart). */
    public List<MonthTrend> trend(Long unitId, int year) {
        Long scoped = DisclosureAccess.scopedUnit(user, unitId);
        return TimelinessQueries.monthlyTrend(em, DisclosureSettings.load(em), LocalDate.now(clock), scoped, year);
    }

    /** An operator's work list: overdue items (unpublished past due). */
    public List<ItemRow> overdueItems(Long unitId, int max) {
        Long scoped = DisclosureAccess.scopedUnit(user, unitId);
        return TimelinessQueries.items(
                em,
                DisclosureSettings.load(em),
                LocalDate.now(clock),
                new ItemQuery(scoped, null, null, null, ItemState.OVERDUE, null),
                0,
                max);
    }

    /** An operator's work list: unpublished items due within the reminder period (5 working days). */
    public List<ItemRow> itemsDueSoon(Long unitId, int max) {
        Long scoped = DisclosureAccess.scopedUnit(user, unitId);
        DisclosureSettings s = DisclosureSettings.load(em);
        return TimelinessQueries.itemsDueSoon(em, s, LocalDate.now(clock), scoped, s.dueSoonDays(), max);
    }

    /** An operator's work list: applications overdue or due within the reminder period. */
    public List<ApplicationRow> urgentApplications(Long unitId, int max) {
        Long scoped = DisclosureAccess.scopedUnit(user, unitId);
        DisclosureSettings s = DisclosureSettings.load(em);
        LocalDate today = LocalDate.now(clock);
        List<ApplicationRow> rows = new ArrayList<>(TimelinessQueries.applications(
                em, s, today, new ApplicationQuery(scoped, null, null, ApplicationState.OVERDUE, null), 0, max));
        rows.addAll(TimelinessQueries.applications(
                em, s, today, new ApplicationQuery(scoped, null, null, ApplicationState.DUE_SOON, null), 0, max));
        return rows;
    }
}
