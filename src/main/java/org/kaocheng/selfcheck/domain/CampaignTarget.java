package org.kaocheng.selfcheck.domain;

/** Which units a campaign goes to. */
public enum CampaignTarget {
    /** Every active unit except the district itself. */
    ALL,
    /** The active units of one ranking group. */
    GROUP,
    /** Units chosen one by one. */
    UNITS
}
