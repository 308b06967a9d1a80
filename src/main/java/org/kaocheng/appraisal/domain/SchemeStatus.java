package org.kaocheng.appraisal.domain;

/** A scheme is edited as a draft and frozen once a published result uses it. */
public enum SchemeStatus {
    DRAFT,
    FROZEN
}
