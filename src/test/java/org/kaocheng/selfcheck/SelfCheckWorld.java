package org.kaocheng.selfcheck;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.security.UserAccount;
import org.kaocheng.selfcheck.application.CampaignForm;
import org.kaocheng.selfcheck.application.CampaignService;
import org.kaocheng.selfcheck.application.EvidenceStore;
import org.kaocheng.selfcheck.application.SelfCheckTestAccess;
import org.kaocheng.selfcheck.domain.AnswerKind;
import org.kaocheng.selfcheck.domain.Campaign;
import org.kaocheng.selfcheck.domain.CampaignTarget;
import org.kaocheng.selfcheck.domain.ChecklistSection;
import org.kaocheng.selfcheck.domain.ChecklistTemplate;
import org.kaocheng.selfcheck.domain.ItemContent;
import org.kaocheng.selfcheck.domain.SelfCheck;
import org.kaocheng.staff.StaffFixtures;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;
import org.kaocheng.unit.domain.UnitCategory;

/**
 * A small district for self-check persistence tests: two departments A and B in one ranking
 * group, a town C in another, the district itself; an assessor, a viewer and an operator for A
 * and B; a template of three items and a campaign opened on 2026-10-01, closing 2026-10-15.
 */
final class SelfCheckWorld implements AutoCloseable {

    static final LocalDate OPENS = LocalDate.of(2026, 10, 1);
    static final LocalDate CLOSES = LocalDate.of(2026, 10, 15);

    final DataSource ds;
    final EntityManagerFactory emf;
    final EntityManager em;
    final Path evidenceDir;
    final EvidenceStore store;
    Clock clock = clockOn(OPENS);

    Long unitA;
    Long unitB;
    Long unitC;
    Long groupDepartments;
    Long templateId;
    Long campaignId;

    final UserAccount assessor = account("assessor", null, Role.ASSESSOR);
    final UserAccount viewer = account("viewer", null, Role.VIEWER);
    UserAccount operatorA;
    UserAccount operatorB;

    SelfCheckWorld(TestDatabase db, Path evidenceDir) {
        this.ds = db.create();
        this.emf = TestDatabase.entityManagerFactory(ds);
        this.em = emf.createEntityManager();
        this.evidenceDir = evidenceDir;
        this.store = EvidenceStore.in(evidenceDir);
        TestDatabase.inTransaction(em, e -> {
            RankingGroup departments = StaffFixtures.group(e, "DEPT");
            RankingGroup towns = StaffFixtures.group(e, "TOWN");
            Unit district = new Unit("D", "某区人民政府", UnitCategory.DISTRICT, null, null);
            e.persist(district);
            unitA = StaffFixtures.unit(e, "A", "区教育局", departments).getId();
            unitB = StaffFixtures.unit(e, "B", "区卫健委", departments).getId();
            Unit c = new Unit("C", "城关镇", UnitCategory.TOWN, district, towns);
            e.persist(c);
            e.flush();
            unitC = c.getId();
            groupDepartments = departments.getId();
        });
        operatorA = account("opA", unitA, Role.UNIT_OPERATOR);
        operatorB = account("opB", unitB, Role.UNIT_OPERATOR);
    }

    static Clock clockOn(LocalDate day) {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        return Clock.fixed(day.atTime(10, 0).atZone(zone).toInstant(), zone);
    }

    static UserAccount account(String name, Long unitId, Role role) {
        UserAccount a = new UserAccount(name, name, "x");
        a.setRoles(EnumSet.of(role));
        a.setUnitId(unitId);
        return a;
    }

    SelfCheckTestAccess.Services as(UserAccount account) {
        return SelfCheckTestAccess.services(em, CurrentUser.of(account), store, clock);
    }

    <T> T tx(Function<EntityManager, T> work) {
        T result = TestDatabase.inTransaction(em, work);
        em.clear();
        return result;
    }

    /** The template (1.1 yes/no with evidence, 5 points; 1.2 number, 3 points; 2.1 choice, 2 points). */
    Long createTemplate() {
        templateId = tx(e -> {
            var s = as(assessor);
            ChecklistTemplate t = s.templates().create("季度政务公开自查清单", "每季度");
            ChecklistSection s1 = s.templates().addSection(t.getId(), "主动公开");
            s.templates()
                    .addItem(
                            s1.getId(),
                            new ItemContent(
                                    "是否在20个工作日内公开?", "附网站截图", AnswerKind.YES_NO, null, true, new BigDecimal("5")));
            s.templates()
                    .addItem(
                            s1.getId(),
                            new ItemContent("本季度主动公开条数", null, AnswerKind.NUMBER, null, false, new BigDecimal("3")));
            ChecklistSection s2 = s.templates().addSection(t.getId(), "依申请公开");
            s.templates()
                    .addItem(
                            s2.getId(),
                            new ItemContent(
                                    "答复规范程度",
                                    null,
                                    AnswerKind.CHOICE,
                                    List.of("规范", "基本规范", "不规范"),
                                    false,
                                    new BigDecimal("2")));
            return t.getId();
        });
        return templateId;
    }

    /** A campaign for the departments' group, opened on its opening day. */
    Long openCampaign() {
        if (templateId == null) {
            createTemplate();
        }
        campaignId = tx(e -> {
            CampaignService campaigns = as(assessor).campaigns();
            Campaign c = campaigns.create(new CampaignForm(
                    templateId,
                    "2026年第三季度政务公开自查",
                    "2026 Q3",
                    CampaignTarget.GROUP,
                    groupDepartments,
                    Set.of(),
                    OPENS,
                    CLOSES));
            campaigns.open(c.getId(), c.getVersion());
            return c.getId();
        });
        return campaignId;
    }

    Long selfCheckOf(Long unitId) {
        return em.createQuery("SELECT s.id FROM SelfCheck s WHERE s.campaign.id = :c AND s.unit.id = :u", Long.class)
                .setParameter("c", campaignId)
                .setParameter("u", unitId)
                .getSingleResult();
    }

    SelfCheck load(Long selfCheckId) {
        em.clear();
        SelfCheck sc = em.find(SelfCheck.class, selfCheckId);
        sc.getAnswers();
        return sc;
    }

    @Override
    public void close() {
        em.close();
        emf.close();
    }
}
