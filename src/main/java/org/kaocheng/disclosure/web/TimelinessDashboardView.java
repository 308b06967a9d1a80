package org.kaocheng.disclosure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import org.kaocheng.disclosure.application.ApplicationRow;
import org.kaocheng.disclosure.application.DashboardRow;
import org.kaocheng.disclosure.application.ItemRow;
import org.kaocheng.disclosure.application.MonthTrend;
import org.kaocheng.disclosure.application.Period;
import org.kaocheng.disclosure.application.TimelinessDashboardService;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.web.ChartJson;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.unit.application.UnitService;
import org.kaocheng.unit.domain.Unit;

/**
 * Timeliness per unit for a month, quarter or year; every figure links to the list of the
 * records behind it. A unit operator also sees their overdue and due-soon work lists.
 */
@Named
@ViewScoped
public class TimelinessDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TimelinessDashboardService dashboard;

    @Inject
    UnitService units;

    @Inject
    CurrentUser user;

    private Period.Kind kind = Period.Kind.YEAR;
    private int year = LocalDate.now().getYear();
    private int number = 1;
    private Long unitId;
    private transient List<DashboardRow> rows;
    private transient List<ItemRow> overdueItems;
    private transient List<ItemRow> itemsDueSoon;
    private transient List<ApplicationRow> urgentApplications;
    private String trendJson;

    /** Runs on opening the page (view action, after the view parameters year, kind, number, unitId) and on search. */
    public void refresh() {
        rows = dashboard.dashboard(unitId, getPeriod());
        trendJson = chart(dashboard.trend(unitId, year));
        if (user.getOperatorUnitId().isPresent()) {
            overdueItems = dashboard.overdueItems(null, 50);
            itemsDueSoon = dashboard.itemsDueSoon(null, 50);
            urgentApplications = dashboard.urgentApplications(null, 50);
        }
    }

    /** The monthly on-time rates (percent) of items and applications as a line chart for p:chart. */
    private static String chart(List<MonthTrend> trend) {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> items = new ArrayList<>();
        List<BigDecimal> applications = new ArrayList<>();
        for (MonthTrend m : trend) {
            // 1月 … 12月, Jan … Dec
            labels.add(Month.of(m.month()).getDisplayName(TextStyle.SHORT, Messages.locale()));
            items.add(percent(m.getItemOnTimeRate()));
            applications.add(percent(m.getApplicationOnTimeRate()));
        }
        return ChartJson.line(
                labels,
                List.of(
                        new ChartJson.Series(Messages.text("disclosure.dashboard.items"), items),
                        new ChartJson.Series(Messages.text("disclosure.dashboard.applications"), applications)),
                0,
                100);
    }

    private static BigDecimal percent(BigDecimal rate) {
        return rate == null ? null : rate.multiply(BigDecimal.valueOf(100));
    }

    public String getTrendJson() {
        return trendJson;
    }

    /** The day the new-media figures were checked on (their lists are checked on the same day). */
    public LocalDate getCheckDate() {
        return dashboard.newMediaCheckDate(getPeriod());
    }

    public Period getPeriod() {
        return new Period(kind, year, number);
    }

    public List<DashboardRow> getRows() {
        return rows;
    }

    public List<ItemRow> getOverdueItems() {
        return overdueItems;
    }

    public List<ItemRow> getItemsDueSoon() {
        return itemsDueSoon;
    }

    public List<ApplicationRow> getUrgentApplications() {
        return urgentApplications;
    }

    public boolean isOperator() {
        return user.getOperatorUnitId().isPresent();
    }

    public boolean isReadsAllUnits() {
        return user.readsAllUnits();
    }

    public List<Unit> getUnits() {
        return units.unitsInScope();
    }

    public Period.Kind[] getKinds() {
        return Period.Kind.values();
    }

    public Period.Kind getKind() {
        return kind;
    }

    public void setKind(Period.Kind kind) {
        this.kind = kind;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getNumber() {
        return number;
    }

    public void setNumber(int number) {
        this.number = number;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }
}
