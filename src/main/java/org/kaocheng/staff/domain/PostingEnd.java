package org.kaocheng.staff.domain;

/** How a posting ended. */
public enum PostingEnd {
    /** 调岗: moved to another unit. */
    TRANSFER,
    /** 离岗 */
    LEAVE
}
