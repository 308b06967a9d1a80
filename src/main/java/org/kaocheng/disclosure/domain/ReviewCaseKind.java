package org.kaocheng.disclosure.domain;

/** 行政复议, 行政诉讼 (未经复议直接起诉 / 复议后起诉). */
public enum ReviewCaseKind {
    RECONSIDERATION,
    LITIGATION_DIRECT,
    LITIGATION_AFTER_RECONSIDERATION
}
