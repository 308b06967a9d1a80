package org.kaocheng.disclosure.domain;

/** Where a proactive item was published: website, 微博, 微信 or another channel. */
public enum PublicationChannel {
    WEBSITE,
    WEIBO,
    WECHAT,
    OTHER
}
