package org.kaocheng.appraisal.domain.scoring;

/** 优秀 / 良好 / 合格 / 不合格; the bundle key is {@code appraisal.grade.<NAME>}. */
public enum Grade {
    EXCELLENT,
    GOOD,
    PASS,
    FAIL
}
