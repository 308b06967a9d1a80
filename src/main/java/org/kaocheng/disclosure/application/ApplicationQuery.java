package org.kaocheng.disclosure.application;

import java.time.LocalDate;
import org.kaocheng.disclosure.domain.ApplicationState;

/**
 * Which applications a list shows (all optional); {@code from}/{@code to} bound the date of
 * receipt. {@code openOn} keeps the applications still open at the end of that day (received on
 * or before it, not answered by then): the dashboard's carried-over figures (结转).
 */
public record ApplicationQuery(
        Long unitId, LocalDate from, LocalDate to, ApplicationState state, String textContains, LocalDate openOn) {

    public ApplicationQuery(Long unitId, LocalDate from, LocalDate to, ApplicationState state, String textContains) {
        this(unitId, from, to, state, textContains, null);
    }

    public static ApplicationQuery all() {
        return new ApplicationQuery(null, null, null, null, null, null);
    }

    public ApplicationQuery withUnit(Long unit) {
        return new ApplicationQuery(unit, from, to, state, textContains, openOn);
    }
}
