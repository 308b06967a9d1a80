package org.kaocheng.training.domain;

/** Who runs a course: 省级 / 市级 / 区级. */
public enum CourseLevel {
    PROVINCE,
    CITY,
    DISTRICT
}
