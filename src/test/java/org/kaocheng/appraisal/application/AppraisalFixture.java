package org.kaocheng.appraisal.application;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kaocheng.appraisal.domain.scoring.RuleKind;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.security.UserAccount;
import org.kaocheng.selfcheck.application.EvidenceStore;
import org.kaocheng.selfcheck.application.SelfCheckTestAccess;
import org.kaocheng.staff.StaffFixtures;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;

/**
 * A small district for appraisal tests: group G1 with units A, B, C and group G2 with T1, T2,
 * and a scheme (quota on 优秀 34 %):
 * <pre>
 * 1   (60)  1.1 RATE test.rate 40, floor 0.5 | 1.2 DEDUCTION test.count 20, 2 per occurrence
 * 2   (40)  2.1 MANUAL 30                     | 2.2 DEDUCTION nobody.provides 10 (no source)
 * 3   (0)   VETO test.veto
 * B   (5)   BONUS test.bonus 5, 1 per occurrence, base total ≥ 80
 * </pre>
 */
class AppraisalFixture {

    final EntityManager em;
    final FixedMetricSource source = new FixedMetricSource();
    final SchemeService schemes = new SchemeService();
    final AppraisalService runs = new AppraisalService();
    final Path evidenceDir;
    Long g1;
    Long g2;
    Long a;
    Long b;
    Long c;
    Long t1;
    Long t2;
    Long schemeId;
    Long i11;
    Long i12;
    Long i1;
    Long i21;
    Long i3;

    AppraisalFixture(EntityManager em) {
        this.em = em;
        MetricCatalog catalog = MetricCatalog.of(List.of(source));
        schemes.em = em;
        schemes.catalog = catalog;
        runs.em = em;
        runs.catalog = catalog;
        try {
            evidenceDir = Files.createTempDirectory("kaocheng-objection-files");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        at("2025-01-10");
        as(Role.ASSESSOR, null);
        TestDatabase.inTransaction(em, e -> {
            RankingGroup group1 = StaffFixtures.group(e, "G1");
            RankingGroup group2 = StaffFixtures.group(e, "G2");
            Unit ua = StaffFixtures.unit(e, "A", "甲局", group1);
            Unit ub = StaffFixtures.unit(e, "B", "乙局", group1);
            Unit uc = StaffFixtures.unit(e, "C", "丙局", group1);
            Unit ut1 = StaffFixtures.unit(e, "T1", "一镇", group2);
            Unit ut2 = StaffFixtures.unit(e, "T2", "二镇", group2);
            e.flush();
            g1 = group1.getId();
            g2 = group2.getId();
            a = ua.getId();
            b = ub.getId();
            c = uc.getId();
            t1 = ut1.getId();
            t2 = ut2.getId();
        });
        // A 0.9, B 1.0, C 0.4 (below the floor), T1 0.8, T2 none
        source.put("test.rate", a, "0.9")
                .put("test.rate", b, "1")
                .put("test.rate", c, "0.4")
                .put("test.rate", t1, "0.8");
        source.put("test.count", a, "1")
                .put("test.count", b, "3")
                .put("test.count", c, "0")
                .put("test.count", t1, "12")
                .put("test.count", t2, "0");
        source.put("test.veto", a, "0").put("test.veto", c, "1");
        source.put("test.bonus", a, "3").put("test.bonus", b, "10").put("test.bonus", t1, "2");
        TestDatabase.inTransaction(em, e -> {
            schemeId = schemes.create(new SchemeService.SchemeForm(
                            "2024年度考核方案",
                            LocalDate.of(2024, 1, 1),
                            LocalDate.of(2024, 12, 31),
                            Set.of(g1, g2),
                            bd("90"),
                            bd("80"),
                            bd("60"),
                            bd("34"),
                            5))
                    .getId();
            i1 = schemes.addIndicator(schemeId, null, node("1", "主动公开", "60", 1))
                    .getId();
            i11 = schemes.addIndicator(
                            schemeId,
                            i1,
                            leaf("1.1", "按时公开率", "40", 1, RuleKind.RATE, "test.rate", bd("0.5"), null, null, null))
                    .getId();
            i12 = schemes.addIndicator(
                            schemeId,
                            i1,
                            leaf("1.2", "逾期未公开", "20", 2, RuleKind.DEDUCTION, "test.count", null, bd("2"), null, null))
                    .getId();
            Long i2 = schemes.addIndicator(schemeId, null, node("2", "组织保障", "40", 2))
                    .getId();
            i21 = schemes.addIndicator(
                            schemeId, i2, leaf("2.1", "工作机制", "30", 1, RuleKind.MANUAL, null, null, null, null, null))
                    .getId();
            schemes.addIndicator(
                    schemeId,
                    i2,
                    leaf("2.2", "未接入数据", "10", 2, RuleKind.DEDUCTION, "nobody.provides", null, bd("1"), null, null));
            i3 = schemes.addIndicator(
                            schemeId,
                            null,
                            leaf("3", "新媒体否决", "0", 3, RuleKind.VETO, "test.veto", null, null, null, null))
                    .getId();
            Long bonus = schemes.addIndicator(schemeId, null, node("B", "加分项", "5", 4))
                    .getId();
            schemes.addIndicator(
                    schemeId,
                    bonus,
                    leaf("B.1", "创新做法", "5", 1, RuleKind.BONUS, "test.bonus", null, bd("1"), null, bd("80")));
        });
    }

    void as(Role role, Long unitId) {
        UserAccount account = new UserAccount(role.name().toLowerCase() + (unitId == null ? "" : unitId), "测试", "x");
        account.setRoles(EnumSet.of(role));
        account.setUnitId(unitId);
        CurrentUser user = CurrentUser.of(account);
        schemes.user = user;
        runs.user = user;
        runs.evidence = SelfCheckTestAccess.services(em, user, EvidenceStore.in(evidenceDir), Clock.systemUTC())
                .evidence();
    }

    void at(String day) {
        runs.clock = Clock.fixed(LocalDate.parse(day).atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }

    static SchemeService.IndicatorForm node(String code, String name, String points, int order) {
        return new SchemeService.IndicatorForm(
                code, name, null, bd(points), order, null, null, null, null, null, null, false, null);
    }

    static SchemeService.IndicatorForm leaf(
            String code,
            String name,
            String points,
            int order,
            RuleKind kind,
            String metric,
            BigDecimal floor,
            BigDecimal per,
            String tiers,
            BigDecimal threshold) {
        return new SchemeService.IndicatorForm(
                code, name, null, bd(points), order, kind, metric, floor, per, null, tiers, false, threshold);
    }
}
