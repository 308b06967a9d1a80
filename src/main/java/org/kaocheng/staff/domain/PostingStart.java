package org.kaocheng.staff.domain;

/** How a posting began. */
public enum PostingStart {
    /** 新任 */
    APPOINT,
    /** 调岗: arrived from another unit. */
    TRANSFER,
    /** 兼任: an additional post while holding another. */
    CONCURRENT
}
