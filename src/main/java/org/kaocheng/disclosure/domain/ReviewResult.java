package org.kaocheng.disclosure.domain;

/** The annual report's result columns: 维持, 纠正, 其他结果, 尚未审结. */
public enum ReviewResult {
    UPHELD,
    CORRECTED,
    OTHER,
    PENDING
}
