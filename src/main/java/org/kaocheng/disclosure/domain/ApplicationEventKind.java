package org.kaocheng.disclosure.domain;

/** The dated steps of an application's timeline that move its due date. */
public enum ApplicationEventKind {
    /** 补正: requested on the start date; the corrected application received on the end date. */
    CORRECTION,
    /** 征求第三方意见 (Art. 32): not counted from the start date to the reply (end date). */
    CONSULTATION,
    /** 延期 (Art. 33): approved on the start date for {@code days} more working days. */
    EXTENSION,
    /** 收费: notice on the start date, payment on the end date; the wait is not counted. */
    FEE
}
