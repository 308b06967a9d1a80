package org.kaocheng.disclosure.application;

/** One unit's line of the timeliness dashboard. */
public record DashboardRow(UnitItemCounts items, UnitApplicationCounts applications, UnitNewMediaCounts newMedia) {

    public Long getUnitId() {
        return items.unitId();
    }

    public String getUnitName() {
        return items.unitName();
    }
}
