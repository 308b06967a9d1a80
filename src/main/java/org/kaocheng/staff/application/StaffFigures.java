package org.kaocheng.staff.application;

import java.util.List;

/** Dashboard figures for the user's scope (one unit for an operator, the district otherwise). */
public record StaffFigures(
        long staffInPost,
        long unitsWithoutOfficer,
        long postingChangesThisYear,
        long units,
        List<TurnoverRow> topTurnover) {}
