package org.kaocheng.selfcheck.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.kaocheng.platform.startup.DemoDataLoader;
import org.kaocheng.selfcheck.domain.AnswerKind;
import org.kaocheng.selfcheck.domain.AnswerValue;
import org.kaocheng.selfcheck.domain.Campaign;
import org.kaocheng.selfcheck.domain.CampaignTarget;
import org.kaocheng.selfcheck.domain.CheckStatus;
import org.kaocheng.selfcheck.domain.ChecklistSection;
import org.kaocheng.selfcheck.domain.ChecklistTemplate;
import org.kaocheng.selfcheck.domain.Evidence;
import org.kaocheng.selfcheck.domain.ItemContent;
import org.kaocheng.selfcheck.domain.SelfCheck;
import org.kaocheng.selfcheck.domain.SelfCheckAnswer;
import org.kaocheng.unit.domain.Unit;
import org.kaocheng.unit.domain.UnitCategory;

/**
 * The demo district's self-checks: a quarterly checklist template; the 2026 Q3 campaign
 * finished (every unit accepted, one item returned and corrected, one unit reopened and late,
 * evidence files with checksums); the 2026 Q4 campaign under way with units in every state.
 */
@ApplicationScoped
public class SelfCheckDemoData implements DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(SelfCheckDemoData.class.getName());
    private static final String ASSESSOR = "assessor";

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    EvidenceStore store;

    @Override
    public int order() {
        return 500;
    }

    @Override
    @Transactional
    public void load() {
        if (em.createQuery("SELECT COUNT(t) FROM ChecklistTemplate t", Long.class)
                        .getSingleResult()
                > 0) {
            return;
        }
        List<Unit> units = em.createQuery(
                        "SELECT u FROM Unit u WHERE u.active = :active AND u.category <> :district"
                                + " ORDER BY u.code",
                        Unit.class)
                .setParameter("district", UnitCategory.DISTRICT)
                .setParameter("active", true)
                .getResultList();
        if (units.isEmpty()) {
            return;
        }
        Random random = new Random(500);
        ChecklistTemplate template = template(LocalDateTime.of(2026, 6, 20, 9, 0));
        em.persist(template);
        em.flush();

        finishedQ3(template, units, random);
        ongoingQ4(template, units, random);
        em.flush();
        LOG.info(() -> "Demo self-checks: 2 campaigns for " + units.size() + " units");
    }

    private static ChecklistTemplate template(LocalDateTime at) {
        ChecklistTemplate t =
                new ChecklistTemplate("TDEMOQUARTER", "政务公开季度自查清单", "依据《政府信息公开条例》和本区政务公开工作要点，每季度自查一次。", ASSESSOR, at);
        ChecklistSection proactive = t.addSection("主动公开");
        proactive.addItem(
                null,
                new ItemContent(
                        "本季度形成或变更的政府信息是否均在20个工作日内公开？",
                        "对照本单位发文登记簿逐件核对，附网站栏目截图。",
                        AnswerKind.YES_NO,
                        null,
                        true,
                        new BigDecimal("10")));
        proactive.addItem(
                null,
                new ItemContent("本季度主动公开政府信息条数", "以政府网站统计为准。", AnswerKind.NUMBER, null, false, new BigDecimal("5")));
        proactive.addItem(
                null,
                new ItemContent(
                        "行政规范性文件是否同步发布政策解读？",
                        null,
                        AnswerKind.CHOICE,
                        List.of("全部同步", "部分同步", "未同步", "本季度无规范性文件"),
                        true,
                        new BigDecimal("5")));
        ChecklistSection applications = t.addSection("依申请公开");
        applications.addItem(
                null,
                new ItemContent(
                        "依申请公开答复是否均在法定期限内作出？",
                        "含补正、征求第三方意见的期间扣除。",
                        AnswerKind.YES_NO,
                        null,
                        false,
                        new BigDecimal("10")));
        ChecklistSection platforms = t.addSection("平台建设与工作保障");
        platforms.addItem(
                null,
                new ItemContent(
                        "政务新媒体账号近两周是否均有更新？", "单项否决项，附各账号更新截图。", AnswerKind.YES_NO, null, true, new BigDecimal("5")));
        platforms.addItem(
                null, new ItemContent("本季度政务公开工作存在的问题及整改措施", null, AnswerKind.TEXT, null, false, new BigDecimal("5")));
        return t;
    }

    private void finishedQ3(ChecklistTemplate template, List<Unit> units, Random random) {
        LocalDate opens = LocalDate.of(2026, 10, 8);
        LocalDate closes = LocalDate.of(2026, 10, 20);
        Campaign q3 = new Campaign(
                template, "2026年第三季度政务公开自查", "2026 Q3", CampaignTarget.ALL, null, Set.of(), opens, closes, ASSESSOR);
        em.persist(q3);
        q3.open(opens, opens.atTime(9, 0));
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            SelfCheck sc = new SelfCheck(q3, unit);
            em.persist(sc);
            em.flush();
            String operator = "operator-" + unit.getCode();
            LocalDateTime filled = opens.plusDays(2 + random.nextInt(8)).atTime(10, random.nextInt(60));
            fill(sc, operator, filled, random, true);
            boolean late = u == 2;
            if (late) {
                sc.reopen(
                        closes.plusDays(5),
                        "单位机构调整，经审核同意延期提交。",
                        ASSESSOR,
                        closes.plusDays(1),
                        closes.plusDays(1).atTime(9, 0));
                sc.submit(
                        a -> true,
                        operator,
                        closes.plusDays(3),
                        closes.plusDays(3).atTime(16, 30));
            } else {
                sc.submit(a -> true, operator, filled.toLocalDate(), filled.plusHours(1));
            }
            LocalDateTime reviewed = closes.plusDays(6).atTime(9, 30);
            List<SelfCheckAnswer> answers = sc.getAnswers();
            boolean returnOne = u == 0;
            for (int i = 0; i < answers.size(); i++) {
                SelfCheckAnswer a = answers.get(i);
                if (returnOne && i == 1) {
                    sc.returnItem(a, "填报条数与政府网站统计不一致，请核对后更正。", null, ASSESSOR, reviewed);
                } else {
                    BigDecimal points = a.getItem().getPoints();
                    BigDecimal score = random.nextInt(4) == 0 ? points.subtract(BigDecimal.ONE) : points;
                    sc.accept(a, score, null, ASSESSOR, reviewed);
                }
            }
            if (returnOne) {
                SelfCheckAnswer corrected = answers.get(1);
                sc.saveAnswer(
                        corrected,
                        new AnswerValue(null, new BigDecimal("136"), "已按网站后台统计更正。", null),
                        operator,
                        reviewed.plusDays(1));
                sc.submit(
                        a -> true,
                        operator,
                        closes.plusDays(7),
                        reviewed.plusDays(1).plusHours(1));
                sc.accept(corrected, corrected.getItem().getPoints(), "已更正。", ASSESSOR, reviewed.plusDays(2));
            }
            em.flush();
        }
    }

    private void ongoingQ4(ChecklistTemplate template, List<Unit> units, Random random) {
        LocalDate opens = LocalDate.of(2026, 11, 20);
        LocalDate closes = LocalDate.of(2026, 12, 10);
        Campaign q4 = new Campaign(
                template, "2026年第四季度政务公开自查", "2026 Q4", CampaignTarget.ALL, null, Set.of(), opens, closes, ASSESSOR);
        em.persist(q4);
        q4.open(opens, opens.atTime(9, 0));
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            SelfCheck sc = new SelfCheck(q4, unit);
            em.persist(sc);
            em.flush();
            String operator = "operator-" + unit.getCode();
            LocalDateTime at = opens.plusDays(1 + random.nextInt(5)).atTime(14, random.nextInt(60));
            switch (u % 4) {
                case 0 -> {} // not started
                case 1 -> fill(sc, operator, at, random, false);
                case 2 -> {
                    fill(sc, operator, at, random, true);
                    sc.submit(a -> true, operator, at.toLocalDate(), at.plusHours(2));
                }
                default -> {
                    fill(sc, operator, at, random, true);
                    sc.submit(a -> true, operator, at.toLocalDate(), at.plusHours(2));
                    List<SelfCheckAnswer> answers = sc.getAnswers();
                    sc.returnItem(answers.get(0), "截图未显示发布日期，请补充。", null, ASSESSOR, at.plusDays(1));
                    for (int i = 1; i < answers.size(); i++) {
                        sc.accept(answers.get(i), null, null, ASSESSOR, at.plusDays(1));
                    }
                }
            }
            if (sc.getStatus() == CheckStatus.NOT_STARTED && u % 8 == 0) {
                sc.remind("请尽快填报第四季度自查表。", ASSESSOR, opens.plusDays(5).atTime(9, 0));
            }
            em.flush();
        }
    }

    /** Answers every item (or the first half, for a draft) and attaches evidence where required. */
    private void fill(SelfCheck sc, String operator, LocalDateTime at, Random random, boolean complete) {
        List<SelfCheckAnswer> answers = sc.getAnswers();
        int count = complete ? answers.size() : answers.size() / 2;
        for (int i = 0; i < count; i++) {
            SelfCheckAnswer a = answers.get(i);
            AnswerValue value = switch (a.getItem().getAnswerKind()) {
                case YES_NO ->
                    new AnswerValue(random.nextInt(6) != 0, null, random.nextBoolean() ? "已逐件核对。" : null, null);
                case NUMBER -> new AnswerValue(null, BigDecimal.valueOf(40 + random.nextInt(160)), null, null);
                case CHOICE ->
                    new AnswerValue(
                            null,
                            null,
                            null,
                            a.getItem()
                                    .getChoiceList()
                                    .get(random.nextInt(
                                            a.getItem().getChoiceList().size())));
                case TEXT -> new AnswerValue(null, null, "部分栏目更新不及时，已明确专人负责，每周检查一次。", null);
            };
            sc.saveAnswer(a, value, operator, at);
            if (a.getItem().isEvidenceRequired()) {
                em.flush();
                attach(a, attachments++ % 2 == 0 ? "网站栏目截图.png" : "自查佐证材料.pdf", operator, at);
            }
        }
    }

    /** Alternates PNG and PDF evidence. */
    private int attachments;

    private void attach(SelfCheckAnswer answer, String name, String operator, LocalDateTime at) {
        byte[] content = name.endsWith(".png")
                ? DemoFiles.png()
                : DemoFiles.pdf(answer.getSelfCheck().getUnit().getName() + " "
                        + answer.getItem().getCode());
        EvidenceStore.StagedFile staged = store.stage(new ByteArrayInputStream(content), Long.MAX_VALUE);
        String stored = store.commit(staged);
        em.persist(Evidence.file(answer, name, stored, staged.type(), staged.size(), staged.sha256(), operator, at));
    }

    /** Small but real files for the demo evidence (the tests' PNG sample too). */
    public static final class DemoFiles {

        private DemoFiles() {}

        static byte[] pdf(String title) {
            String ascii = title.chars()
                    .mapToObj(c -> c < 128 ? String.valueOf((char) c) : "?")
                    .reduce("", String::concat)
                    .replace("(", "")
                    .replace(")", "");
            String stream = "BT /F1 12 Tf 20 100 Td (Self-check evidence " + ascii + ") Tj ET";
            String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                    + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                    + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 200]/Resources<</Font<</F1 5 0 R>>>>"
                    + "/Contents 4 0 R>>endobj\n"
                    + "4 0 obj<</Length " + stream.length() + ">>stream\n" + stream + "\nendstream endobj\n"
                    + "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
                    + "trailer<</Root 1 0 R>>\n%%EOF\n";
            return pdf.getBytes(StandardCharsets.US_ASCII);
        }

        public static byte[] png() {
            return new byte[] {
                (byte) 0x89,
                'P',
                'N',
                'G',
                0x0D,
                0x0A,
                0x1A,
                0x0A,
                0,
                0,
                0,
                0x0D,
                'I',
                'H',
                'D',
                'R',
                0,
                0,
                0,
                1,
                0,
                0,
                0,
                1,
                8,
                6,
                0,
                0,
                0,
                0x1F,
                0x15,
                (byte) 0xC4,
                (byte) 0x89,
                0,
                0,
                0,
                0x0A,
                'I',
                'D',
                'A',
                'T',
                0x78,
                (byte) 0x9C,
                0x63,
                0,
                1,
                0,
                0,
                5,
                0,
                1,
                0x0D,
                0x0A,
                0x2D,
                (byte) 0xB4,
                0,
                0,
                0,
                0,
                'I',
                'E',
                'N',
                'D',
                (byte) 0xAE,
                0x42,
                0x60,
                (byte) 0x82
            };
        }
    }
}
