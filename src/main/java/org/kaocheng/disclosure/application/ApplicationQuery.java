package org.kaocheng.disclosure.application;

import java.time.LocalDate;
import org.kaocheng.disclosure.domain.ApplicationState;

/** Which applications a list shows (all optional); {@code from}/{@code to} bound the date of receipt. */
public record ApplicationQuery(Long unitId, LocalDate from, LocalDate to, ApplicationState state, String textContains) {

    public static ApplicationQuery all() {
        return new ApplicationQuery(null, null, null, null, null);
    }

    public ApplicationQuery withUnit(Long unit) {
        return new ApplicationQuery(unit, from, to, state, textContains);
    }
}
