package org.kaocheng.appraisal.application;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.kaocheng.appraisal.domain.Indicator;
import org.kaocheng.appraisal.domain.Scheme;
import org.kaocheng.appraisal.domain.scoring.RuleSpec;
import org.kaocheng.appraisal.domain.scoring.Tier;
import org.kaocheng.unit.domain.RankingGroup;

/**
 * The default scheme of the demo district, modelled on published local schemes (Baoji,
 * Mianyang, Jinzhou, Jingzhou): 组织保障 10, 主动公开 30, 政策解读与回应关切 15, 依申请公开 15,
 * 政府网站与政务新媒体 15, 培训与队伍建设 15 (total 100), plus up to 5 bonus points reachable
 * from a base total of 85. Automatic leaves read the metric codes of the catalogue; leaves
 * whose capability is not installed score "no data".
 */
public final class DefaultScheme {

    /** The metric codes the default scheme reads, in the order of the tree. */
    public static final List<String> METRICS = List.of(
            "selfcheck.acceptedShare",
            "selfcheck.lateCount",
            "proactive.onTimeRate",
            "proactive.overdueCount",
            "interpretation.onTimeRate",
            "interpretation.missingCount",
            "application.onTimeRate",
            "application.overdueCount",
            "newMedia.vetoCount",
            "newMedia.zombieCount",
            "training.coverageRate",
            "training.overdueInductions",
            "staff.vacancyDays",
            "staff.turnoverRate");

    private final EntityManager em;
    private final Scheme scheme;
    private int order;

    private DefaultScheme(EntityManager em, Scheme scheme) {
        this.em = em;
        this.scheme = scheme;
    }

    /** Creates and persists the scheme for the calendar year, covering the given groups. */
    public static Scheme create(EntityManager em, String name, int year, Collection<RankingGroup> groups) {
        Scheme scheme = new Scheme(name, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        scheme.setGrading(
                BigDecimal.valueOf(90), BigDecimal.valueOf(80), BigDecimal.valueOf(60), BigDecimal.valueOf(30));
        scheme.setObjectionDays(5);
        scheme.setGroups(new LinkedHashSet<>(groups));
        em.persist(scheme);
        new DefaultScheme(em, scheme).build();
        em.flush();
        return scheme;
    }

    private void build() {
        Indicator org = node(null, "1", "组织保障", "10");
        leaf(org, "1.1", "领导重视与工作机制（分管领导、年度要点、专题会议）", "4", RuleSpec.manual());
        leaf(org, "1.2", "自查材料通过率", "4", RuleSpec.rate("selfcheck.acceptedShare", d("0.6")));
        leaf(org, "1.3", "自查逾期提交", "2", RuleSpec.deduction("selfcheck.lateCount", d("1")));

        Indicator proactive = node(null, "2", "主动公开", "30");
        Indicator timeliness = node(proactive, "2.1", "公开时效", "25");
        leaf(timeliness, "2.1.1", "20个工作日内按时公开率", "15", RuleSpec.rate("proactive.onTimeRate", d("0.6")));
        leaf(timeliness, "2.1.2", "逾期未公开事项", "10", RuleSpec.deduction("proactive.overdueCount", d("1")));
        leaf(proactive, "2.2", "公开质量（目录规范、无重复多头发布）", "5", RuleSpec.manual());

        Indicator interpretation = node(null, "3", "政策解读与回应关切", "15");
        leaf(interpretation, "3.1", "政策解读同步率", "8", RuleSpec.rate("interpretation.onTimeRate", null));
        leaf(interpretation, "3.2", "应解读未解读文件", "7", RuleSpec.deduction("interpretation.missingCount", d("2")));

        Indicator applications = node(null, "4", "依申请公开", "15");
        leaf(
                applications,
                "4.1",
                "按期答复率",
                "8",
                RuleSpec.tiers(
                        "application.onTimeRate",
                        List.of(new Tier(d("1"), d("8")), new Tier(d("0.95"), d("6")), new Tier(d("0.9"), d("4"))),
                        false));
        leaf(applications, "4.2", "逾期答复申请", "7", RuleSpec.deduction("application.overdueCount", d("2")));

        Indicator media = node(null, "5", "政府网站与政务新媒体", "15");
        leaf(media, "5.1", "新媒体检查单项否决（两周内未更新等）", "5", RuleSpec.veto("newMedia.vetoCount", d("1")));
        leaf(media, "5.2", "僵尸账号（超过3个月未更新）", "5", RuleSpec.deduction("newMedia.zombieCount", d("2")));
        leaf(media, "5.3", "网站与新媒体日常管理", "5", RuleSpec.manual());

        Indicator training = node(null, "6", "培训与队伍建设", "15");
        leaf(training, "6.1", "培训学时达标率", "6", RuleSpec.rate("training.coverageRate", d("0.5")));
        leaf(training, "6.2", "新任专员入职培训逾期", "3", RuleSpec.deduction("training.overdueInductions", d("1")));
        leaf(training, "6.3", "政务公开专员空缺天数", "3", RuleSpec.deduction("staff.vacancyDays", d("0.05")));
        leaf(
                training,
                "6.4",
                "人员变动率",
                "3",
                RuleSpec.tiers(
                        "staff.turnoverRate", List.of(new Tier(d("0.2"), d("3")), new Tier(d("0.5"), d("1.5"))), true));

        Indicator bonus = node(null, "7", "加分项", "5");
        leaf(bonus, "7.1", "工作创新获上级表彰或推广", "3", RuleSpec.bonus(null, null, d("85")));
        leaf(bonus, "7.2", "承办全区政务公开重点工作", "2", RuleSpec.bonus(null, null, d("85")));
    }

    private Indicator node(Indicator parent, String code, String name, String points) {
        Indicator i = new Indicator(scheme, parent, code, name, d(points), ++order);
        em.persist(i);
        return i;
    }

    private void leaf(Indicator parent, String code, String name, String points, RuleSpec rule) {
        Indicator i = new Indicator(scheme, parent, code, name, d(points), ++order);
        i.setRule(rule);
        em.persist(i);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
