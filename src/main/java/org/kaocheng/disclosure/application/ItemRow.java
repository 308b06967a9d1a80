package org.kaocheng.disclosure.application;

import java.time.LocalDate;
import org.kaocheng.disclosure.domain.ItemState;

/**
 * A proactive item or an interpretation with its timeliness, as the database computes it.
 *
 * @param kind   ITEM (against formed + N) or INTERPRETATION (against its document's publication + N)
 * @param baseOn the day zero of the deadline
 */
public record ItemRow(
        Long id,
        Long unitId,
        String unitName,
        String title,
        String documentNumber,
        LocalDate formedOn,
        LocalDate publishedOn,
        String channel,
        String kind,
        LocalDate baseOn,
        LocalDate due,
        boolean provisional,
        ItemState state,
        int lateBy) {

    public boolean isInterpretation() {
        return "INTERPRETATION".equals(kind);
    }
}
