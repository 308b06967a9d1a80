package org.kaocheng.appraisal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import org.kaocheng.appraisal.domain.Indicator;
import org.kaocheng.appraisal.domain.Scheme;
import org.kaocheng.appraisal.domain.scoring.RuleKind;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.security.UserAccount;
import org.kaocheng.platform.startup.DemoDataLoader;
import org.kaocheng.unit.domain.RankingGroup;

/**
 * The appraisal part of the demo district: the default scheme for the demo year over every
 * ranking group, and a computed draft run with the manual indicators scored from a fixed seed
 * (as an assessor would from the self-check evidence). Runs after the other capabilities'
 * loaders (order 600) so that their records feed the metrics.
 */
@ApplicationScoped
public class AppraisalDemoData implements DemoDataLoader {

    static final int DEMO_YEAR = 2026;
    static final String SCHEME_NAME = DEMO_YEAR + "年度政务公开工作目标责任制考核方案";
    private static final Logger LOG = Logger.getLogger(AppraisalDemoData.class.getName());

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    MetricCatalog catalog;

    @Override
    public int order() {
        return 600;
    }

    @Override
    @Transactional
    public void load() {
        if (!em.createNamedQuery("Scheme.all", Scheme.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty()) {
            return;
        }
        List<RankingGroup> groups =
                em.createNamedQuery("RankingGroup.all", RankingGroup.class).getResultList();
        if (groups.isEmpty()) {
            LOG.warning("No ranking groups: the demo appraisal scheme is not created");
            return;
        }
        Scheme scheme = DefaultScheme.create(em, SCHEME_NAME, DEMO_YEAR, groups);
        // the loader acts as the demo district's assessor (the account UnitDemoData creates, as the
        // self-check demo does), so that the run and its adjustments name a person
        UserAccount assessor = new UserAccount("assessor", "刘考核", "-");
        assessor.setRoles(EnumSet.of(Role.ASSESSOR));
        AppraisalService runs = new AppraisalService();
        runs.em = em;
        runs.user = CurrentUser.of(assessor);
        runs.catalog = catalog;
        RunInfo run = runs.compute(scheme.getId(), null, null);

        Random random = new Random(600);
        List<Indicator> manual = em.createNamedQuery("Indicator.ofScheme", Indicator.class)
                .setParameter("schemeId", scheme.getId())
                .getResultStream()
                .filter(i -> i.getRuleKind() == RuleKind.MANUAL)
                .toList();
        List<AppraisalService.AdjustmentForm> scores = new java.util.ArrayList<>();
        for (RankingRow unit : runs.ranking(
                        run.id(),
                        null,
                        new org.kaocheng.platform.persistence.PageRequest(
                                0, org.kaocheng.platform.persistence.PageRequest.MAX_PAGE_SIZE, null, true, null))
                .rows()) {
            for (Indicator i : manual) {
                // most units lose 0–1.5 points on a manual indicator, a few lose more
                int tenths = random.nextInt(10) < 8 ? random.nextInt(16) : 15 + random.nextInt(20);
                BigDecimal score =
                        i.getPoints().subtract(BigDecimal.valueOf(tenths, 1)).max(BigDecimal.ZERO);
                scores.add(new AppraisalService.AdjustmentForm(
                        unit.unitId(), i.getId(), score, tenths == 0 ? "自查材料齐全，按要求开展" : "依据自查佐证材料：部分工作记录不完整"));
            }
        }
        runs.adjustAll(run.id(), scores);
        LOG.info(() -> "Demo appraisal: scheme " + SCHEME_NAME + " and draft run " + run.id());
    }
}
