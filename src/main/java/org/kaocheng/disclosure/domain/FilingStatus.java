package org.kaocheng.disclosure.domain;

/** 备案: not filed, opening filed, closure filed. */
public enum FilingStatus {
    NOT_FILED,
    FILED,
    CLOSURE_FILED
}
