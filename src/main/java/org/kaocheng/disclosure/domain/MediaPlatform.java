package org.kaocheng.disclosure.domain;

/** Platforms of government new-media accounts. */
public enum MediaPlatform {
    WEIBO,
    WECHAT,
    DOUYIN,
    TOUTIAO,
    KUAISHOU,
    BILIBILI,
    APP,
    OTHER
}
