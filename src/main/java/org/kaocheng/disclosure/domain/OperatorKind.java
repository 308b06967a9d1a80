package org.kaocheng.disclosure.domain;

/** Who runs an account: the unit itself or a named third-party company. */
public enum OperatorKind {
    SELF,
    THIRD_PARTY
}
