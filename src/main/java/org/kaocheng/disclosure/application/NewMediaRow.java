package org.kaocheng.disclosure.application;

import java.time.LocalDate;

/** An account active on the check date, with its last sign of life and the two check results. */
public record NewMediaRow(
        Long id,
        Long unitId,
        String unitName,
        String platform,
        String accountName,
        String accountId,
        String operatorKind,
        String operatorCompany,
        String filingStatus,
        LocalDate openedOn,
        LocalDate lastUpdate,
        boolean vetoFailed,
        boolean zombie) {

    /** Which accounts a check lists: all active ones, those failing either rule, or one rule's. */
    public enum Show {
        ALL,
        FAILING,
        VETO,
        ZOMBIE
    }
}
