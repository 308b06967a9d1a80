package org.kaocheng.selfcheck.domain;

/** A campaign is prepared as a draft; opening it gives every target unit its self-check. */
public enum CampaignStatus {
    DRAFT,
    OPEN
}
