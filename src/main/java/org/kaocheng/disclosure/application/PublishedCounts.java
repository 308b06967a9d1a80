package org.kaocheng.disclosure.application;

/** Proactive items published in a period by channel (政府网站, 政务微博, 政务微信, other), and the policy interpretations among them. */
public record PublishedCounts(long website, long weibo, long wechat, long other, long interpretations)
        implements java.io.Serializable {

    public long getTotal() {
        return website + weibo + wechat + other;
    }

    public long getWebsite() {
        return website;
    }

    public long getWeibo() {
        return weibo;
    }

    public long getWechat() {
        return wechat;
    }

    public long getOther() {
        return other;
    }

    public long getInterpretations() {
        return interpretations;
    }
}
