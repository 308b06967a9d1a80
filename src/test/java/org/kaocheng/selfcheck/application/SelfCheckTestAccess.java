package org.kaocheng.selfcheck.application;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.kaocheng.platform.security.CurrentUser;

/** Wires the capability's services outside the container, for one user. */
public final class SelfCheckTestAccess {

    private SelfCheckTestAccess() {}

    public record Services(
            TemplateService templates,
            CampaignService campaigns,
            SelfCheckService selfChecks,
            EvidenceService evidence,
            SelfCheckMetricSource metrics) {}

    public static Services services(EntityManager em, CurrentUser user, EvidenceStore store, Clock clock) {
        TemplateService templates = new TemplateService();
        templates.em = em;
        templates.user = user;
        templates.clock = clock;
        CampaignService campaigns = new CampaignService();
        campaigns.em = em;
        campaigns.user = user;
        campaigns.clock = clock;
        SelfCheckService selfChecks = new SelfCheckService();
        selfChecks.em = em;
        selfChecks.user = user;
        selfChecks.clock = clock;
        EvidenceService evidence = new EvidenceService();
        evidence.em = em;
        evidence.user = user;
        evidence.store = store;
        evidence.clock = clock;
        SelfCheckMetricSource metrics = new SelfCheckMetricSource();
        metrics.em = em;
        metrics.clock = clock;
        return new Services(templates, campaigns, selfChecks, evidence, metrics);
    }
}
