package org.kaocheng.training.domain;

/** Attendance on one session day: 出席 / 迟到 / 缺席 / 请假. */
public enum AttendanceStatus {
    PRESENT,
    LATE,
    ABSENT,
    EXCUSED;

    /** Present and late count as attended; an excused absence is still an absence. */
    public boolean attended() {
        return this == PRESENT || this == LATE;
    }
}
