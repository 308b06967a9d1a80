package org.kaocheng.disclosure.domain;

/** How an update date became known: a post entered, an import, or the last update seen at a check. */
public enum UpdateSource {
    POST,
    CHECK,
    IMPORT
}
