package org.kaocheng.staff.domain;

/** The disclosure posts of DOMAIN.md §1. */
public enum PostType {
    /** 分管领导 */
    LEADER_IN_CHARGE,
    /** 政务公开专员 / 联络员: every unit must have one at all times. */
    DESIGNATED_OFFICER,
    /** 专职工作人员 */
    FULL_TIME,
    /** 兼职工作人员 */
    PART_TIME,
    /** 新媒体管理员 */
    NEW_MEDIA_ADMIN
}
