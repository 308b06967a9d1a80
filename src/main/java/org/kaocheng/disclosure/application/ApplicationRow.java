package org.kaocheng.disclosure.application;

import java.time.LocalDate;
import org.kaocheng.disclosure.domain.ApplicationState;

/** An application with its clock, as the database computes it (see ApplicationTimeline). */
public record ApplicationRow(
        Long id,
        Long unitId,
        String unitName,
        String referenceNo,
        String applicantName,
        String applicantType,
        String subject,
        String channel,
        LocalDate receivedOn,
        LocalDate startOn,
        LocalDate due,
        boolean provisional,
        ApplicationState state,
        int lateBy,
        int pausedDays,
        boolean correctionLate,
        LocalDate answeredOn,
        String outcome) {}
