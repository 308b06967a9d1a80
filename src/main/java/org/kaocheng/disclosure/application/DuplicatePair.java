package org.kaocheng.disclosure.application;

import java.time.LocalDate;

/**
 * Two items that look like the same publication (重复发布; 多头发布 when by different units).
 *
 * @param reason DOCUMENT_NUMBER or TITLE
 */
public record DuplicatePair(
        Long firstId,
        Long firstUnitId,
        String firstUnitName,
        String firstTitle,
        LocalDate firstFormedOn,
        String firstChannel,
        Long secondId,
        Long secondUnitId,
        String secondUnitName,
        String secondTitle,
        LocalDate secondFormedOn,
        String secondChannel,
        String reason) {

    public boolean isAcrossUnits() {
        return !firstUnitId.equals(secondUnitId);
    }
}
