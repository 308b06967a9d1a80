package org.kaocheng.unit.domain;

/** What kind of body a unit is. */
public enum UnitCategory {
    DISTRICT,
    DEPARTMENT,
    TOWN,
    STREET
}
