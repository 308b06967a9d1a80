package org.kaocheng.disclosure.domain;

/** Where a response to public concerns (回应关切) was given. */
public enum ConcernChannel {
    WEBSITE,
    WEIBO,
    WECHAT,
    PRESS,
    MEDIA,
    HOTLINE,
    OTHER
}
