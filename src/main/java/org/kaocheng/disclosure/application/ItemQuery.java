package org.kaocheng.disclosure.application;

import java.time.LocalDate;
import org.kaocheng.disclosure.domain.ItemState;

/**
 * Which items a list shows: all fields optional. {@code from}/{@code to} bound the day zero of
 * the deadline (formed date; for interpretations the document's publication).
 */
public record ItemQuery(Long unitId, LocalDate from, LocalDate to, String kind, ItemState state, String titleContains) {

    public static ItemQuery all() {
        return new ItemQuery(null, null, null, null, null, null);
    }

    public ItemQuery withUnit(Long unit) {
        return new ItemQuery(unit, from, to, kind, state, titleContains);
    }
}
