package org.kaocheng.appraisal.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.kaocheng.appraisal.domain.RunStatus;

/** A unit's score sheet in a run: its ranking line and every indicator explained. */
public record ScoreSheet(
        Long runId,
        String schemeName,
        int revision,
        RunStatus status,
        LocalDate periodFrom,
        LocalDate periodTo,
        LocalDate objectionDeadline,
        RankingRow result,
        List<SheetLine> lines)
        implements Serializable {

    public ScoreSheet {
        lines = List.copyOf(lines);
    }
}
