package org.kaocheng.selfcheck.domain;

/** The kind of answer a checklist item asks for. */
public enum AnswerKind {
    YES_NO,
    NUMBER,
    TEXT,
    CHOICE
}
