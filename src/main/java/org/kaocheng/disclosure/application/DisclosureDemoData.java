package org.kaocheng.disclosure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.kaocheng.disclosure.domain.AnswerOutcome;
import org.kaocheng.disclosure.domain.ApplicantType;
import org.kaocheng.disclosure.domain.ApplicationEventKind;
import org.kaocheng.disclosure.domain.FilingStatus;
import org.kaocheng.disclosure.domain.InfoApplication;
import org.kaocheng.disclosure.domain.MediaPlatform;
import org.kaocheng.disclosure.domain.NewMediaAccount;
import org.kaocheng.disclosure.domain.OperatorKind;
import org.kaocheng.disclosure.domain.ProactiveItem;
import org.kaocheng.disclosure.domain.PublicationChannel;
import org.kaocheng.disclosure.domain.ReceiptChannel;
import org.kaocheng.disclosure.domain.ReviewCase;
import org.kaocheng.disclosure.domain.ReviewCaseKind;
import org.kaocheng.disclosure.domain.ReviewResult;
import org.kaocheng.disclosure.domain.UpdateSource;
import org.kaocheng.platform.startup.DemoDataLoader;
import org.kaocheng.unit.domain.Unit;

/**
 * The demo district's disclosure records since the start of last year: proactive items (mostly
 * on time, some late, a few still unpublished past due), normative documents with and without
 * interpretations, a duplicate published by two units, applications through every step of the
 * timeline, and new-media accounts of which some are silent. Runs after units (order 300) and
 * does nothing when an item exists. Deterministic: a fixed seed, dates relative to today.
 */
@ApplicationScoped
public class DisclosureDemoData implements DemoDataLoader {

    private static final String[] TOPICS = {
        "城乡居民医疗保险缴费",
        "老旧小区改造",
        "义务教育招生入学",
        "安全生产大检查",
        "秋冬季大气污染防治",
        "农村人居环境整治",
        "防汛抗旱工作",
        "就业创业补贴申领",
        "政府采购意向",
        "财政预算执行情况",
        "重大行政决策事项目录",
        "双随机一公开抽查结果",
        "行政许可办理结果",
        "行政处罚决定",
        "食品安全抽检结果",
        "最低生活保障标准调整"
    };
    private static final String[] FORMS = {"关于%s的通知", "关于做好%s工作的通知", "%s实施方案", "关于公布%s的公告", "%s工作情况"};
    private static final String[] APPLICANTS = {"张伟", "王芳", "李娜", "刘洋", "陈静", "某建设工程有限公司", "某律师事务所", "某大学公共管理学院"};

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Override
    public int order() {
        return 300;
    }

    @Override
    @Transactional
    public void load() {
        if (em.createQuery("SELECT COUNT(i) FROM ProactiveItem i", Long.class).getSingleResult() > 0) {
            return;
        }
        List<Unit> units = em.createNamedQuery("Unit.active", Unit.class)
                .setParameter("active", true)
                .getResultList();
        if (units.isEmpty()) {
            return;
        }
        Random random = new Random(20260300L);
        LocalDate today = LocalDate.now();
        LocalDate start = LocalDate.of(today.getYear() - 1, 1, 1);
        int span = (int) (today.toEpochDay() - start.toEpochDay());
        int u = 0;
        for (Unit unit : units) {
            u++;
            int count = 15 + random.nextInt(20);
            ProactiveItem lastDocument = null;
            for (int k = 0; k < count; k++) {
                LocalDate formed = workday(start.plusDays(random.nextInt(Math.max(span - 3, 1))));
                String title =
                        String.format(FORMS[random.nextInt(FORMS.length)], TOPICS[random.nextInt(TOPICS.length)]);
                ProactiveItem item = new ProactiveItem(
                        unit,
                        unit.getName() + title,
                        formed,
                        PublicationChannel.values()[random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(3)]);
                int roll = random.nextInt(100);
                // 80 % within a few days, 12 % four to seven weeks later (late), 8 % not yet published
                LocalDate published = roll < 80
                        ? formed.plusDays(random.nextInt(12))
                        : roll < 92 ? formed.plusDays(28 + random.nextInt(21)) : null;
                item.setDates(formed, published == null || published.isAfter(today) ? null : published);
                item.setCategory(random.nextBoolean() ? "通知公告" : "政策文件");
                if (k % 6 == 0) {
                    item.setNormative(true);
                    item.setDocumentNumber(unit.getCode() + "发〔" + formed.getYear() + "〕" + (k + 1) + "号");
                    item.setCategory("行政规范性文件");
                    lastDocument = item;
                }
                em.persist(item);
                if (k % 6 == 0 && random.nextInt(3) > 0 && item.getPublishedOn() != null) {
                    ProactiveItem interpretation = new ProactiveItem(
                            unit, "《" + item.getTitle() + "》政策解读", item.getPublishedOn(), PublicationChannel.WEBSITE);
                    LocalDate p = item.getPublishedOn()
                            .plusDays(random.nextInt(4) == 0 ? 6 + random.nextInt(6) : random.nextInt(3));
                    interpretation.setDates(item.getPublishedOn(), p.isAfter(today) ? null : p);
                    interpretation.setCategory("政策解读");
                    interpretation.interpret(item);
                    em.persist(interpretation);
                }
            }
            if (u == 2 && lastDocument != null) {
                // the same document published again by the next unit: 多头发布
                ProactiveItem copy = new ProactiveItem(
                        units.get(u % units.size()),
                        lastDocument.getTitle(),
                        lastDocument.getFormedOn(),
                        PublicationChannel.WECHAT);
                copy.setDocumentNumber(lastDocument.getDocumentNumber());
                copy.setDates(lastDocument.getFormedOn(), lastDocument.getPublishedOn());
                em.persist(copy);
            }
            applications(unit, random, start, span, today);
            newMedia(unit, random, today);
        }
        em.flush();
    }

    private void applications(Unit unit, Random random, LocalDate start, int span, LocalDate today) {
        int count = 2 + random.nextInt(5);
        for (int k = 0; k < count; k++) {
            LocalDate received = workday(start.plusDays(random.nextInt(Math.max(span - 2, 1))));
            ReceiptChannel channel = ReceiptChannel.values()[random.nextInt(ReceiptChannel.values().length)];
            int a = random.nextInt(APPLICANTS.length);
            ApplicantType type = a < 5
                    ? ApplicantType.NATURAL_PERSON
                    : a == 5
                            ? ApplicantType.COMMERCIAL_ENTERPRISE
                            : a == 6 ? ApplicantType.LEGAL_SERVICE_ORGANISATION : ApplicantType.RESEARCH_INSTITUTION;
            InfoApplication app = new InfoApplication(
                    unit,
                    channel,
                    received,
                    received,
                    received,
                    type,
                    APPLICANTS[a],
                    null,
                    "申请公开" + TOPICS[random.nextInt(TOPICS.length)] + "的相关文件");
            app.setItemCount(1 + random.nextInt(3));
            LocalDate t = received;
            int shape = random.nextInt(10);
            if (shape == 0 && t.plusDays(5).isBefore(today)) {
                app.requestCorrection(t = t.plusDays(3));
                if (t.plusDays(10).isBefore(today)) {
                    app.receiveCorrection(t = t.plusDays(8));
                }
            } else if (shape == 1 && t.plusDays(25).isBefore(today)) {
                app.startConsultation(t = t.plusDays(5));
                app.endPause(ApplicationEventKind.CONSULTATION, t = t.plusDays(15));
            } else if (shape == 2 && t.plusDays(25).isBefore(today)) {
                app.approveExtension(t = t.plusDays(20), 15, "区政务公开办主任", 20);
            } else if (shape == 3 && t.plusDays(10).isBefore(today)) {
                app.notifyFee(t = t.plusDays(5), BigDecimal.valueOf(100));
                app.endPause(ApplicationEventKind.FEE, t = t.plusDays(3));
            }
            boolean awaiting = shape == 0 && app.getEvents().stream().anyMatch(e -> e.getEndDate() == null);
            LocalDate answer = t.plusDays(random.nextInt(10) < 8 ? 5 + random.nextInt(20) : 30 + random.nextInt(20));
            if (!awaiting && answer.isBefore(today.minusDays(2)) && random.nextInt(10) > 0) {
                AnswerOutcome[] common = {
                    AnswerOutcome.GRANTED,
                    AnswerOutcome.GRANTED,
                    AnswerOutcome.PARTLY_GRANTED,
                    AnswerOutcome.UNAVAILABLE_NOT_HELD,
                    AnswerOutcome.REFUSED_PROCESS_INFORMATION,
                    AnswerOutcome.NOT_PROCESSED_PETITION
                };
                app.answer(answer, common[random.nextInt(common.length)]);
            }
            em.persist(app);
            if (app.getAnsweredOn() != null && random.nextInt(12) == 0) {
                ReviewCase c = new ReviewCase(
                        app,
                        random.nextBoolean() ? ReviewCaseKind.RECONSIDERATION : ReviewCaseKind.LITIGATION_DIRECT,
                        app.getAnsweredOn().plusDays(20));
                if (c.getFiledOn().plusDays(60).isBefore(today)) {
                    c.decide(
                            random.nextBoolean() ? ReviewResult.UPHELD : ReviewResult.CORRECTED,
                            c.getFiledOn().plusDays(60));
                }
                em.persist(c);
            }
        }
    }

    private void newMedia(Unit unit, Random random, LocalDate today) {
        int count = 1 + random.nextInt(2);
        for (int k = 0; k < count; k++) {
            MediaPlatform platform = k == 0 ? MediaPlatform.WECHAT : MediaPlatform.values()[random.nextInt(4)];
            NewMediaAccount account = new NewMediaAccount(
                    unit,
                    platform,
                    unit.getName() + (k == 0 ? "发布" : "服务号"),
                    today.minusYears(2).minusDays(random.nextInt(300)));
            if (random.nextInt(4) == 0) {
                account.setOperator(OperatorKind.THIRD_PARTY, "某文化传媒有限公司");
            }
            account.setFilingStatus(random.nextInt(6) == 0 ? FilingStatus.NOT_FILED : FilingStatus.FILED);
            int roll = random.nextInt(10);
            // most post every few days; some stopped three weeks ago (veto); a few months ago (zombie)
            LocalDate last = roll < 7
                    ? today.minusDays(random.nextInt(5))
                    : roll < 9
                            ? today.minusDays(20 + random.nextInt(20))
                            : today.minusMonths(4).minusDays(random.nextInt(60));
            for (LocalDate d = last; d.isAfter(last.minusDays(60)); d = d.minusDays(3 + random.nextInt(5))) {
                account.recordUpdate(d, UpdateSource.POST);
            }
            em.persist(account);
        }
    }

    private static LocalDate workday(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return day.minusDays(1);
        }
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
    }
}
