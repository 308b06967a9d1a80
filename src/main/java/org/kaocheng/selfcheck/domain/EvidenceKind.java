package org.kaocheng.selfcheck.domain;

/** Evidence is a stored file or a link to a published page. */
public enum EvidenceKind {
    FILE,
    LINK
}
