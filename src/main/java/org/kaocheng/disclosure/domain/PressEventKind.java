package org.kaocheng.disclosure.domain;

/** 新闻发布会 or 在线访谈: the seed counts both as press conferences ("含在线访谈"). */
public enum PressEventKind {
    PRESS_CONFERENCE,
    ONLINE_INTERVIEW
}
