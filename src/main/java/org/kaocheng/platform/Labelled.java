package org.kaocheng.platform;

/**
 * A value users see by its label from the message bundles (a status, a kind), also where it is
 * the argument of a message: "当前状态（计划中）下不能这样操作", not "（PLANNED）".
 */
public interface Labelled {

    /** The bundle key of the value's label. */
    String labelKey();
}
