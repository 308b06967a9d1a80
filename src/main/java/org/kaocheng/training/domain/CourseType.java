package org.kaocheng.training.domain;

/** How a course is delivered: 现场 / 网络 / 视频会议. */
public enum CourseType {
    IN_PERSON,
    ONLINE,
    VIDEO_CONFERENCE
}
