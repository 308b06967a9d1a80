package org.kaocheng.selfcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.selfcheck.domain.AnswerKind;
import org.kaocheng.selfcheck.domain.AnswerValue;
import org.kaocheng.selfcheck.domain.Campaign;
import org.kaocheng.selfcheck.domain.CampaignTarget;
import org.kaocheng.selfcheck.domain.CheckStatus;
import org.kaocheng.selfcheck.domain.ChecklistItem;
import org.kaocheng.selfcheck.domain.ChecklistSection;
import org.kaocheng.selfcheck.domain.ChecklistTemplate;
import org.kaocheng.selfcheck.domain.EventAction;
import org.kaocheng.selfcheck.domain.ItemContent;
import org.kaocheng.selfcheck.domain.SelfCheck;
import org.kaocheng.selfcheck.domain.SelfCheckAnswer;
import org.kaocheng.selfcheck.domain.SelfCheckEvent;
import org.kaocheng.unit.domain.Unit;
import org.kaocheng.unit.domain.UnitCategory;

/** The rules of templates, rounds and deadlines, without a database. */
class SelfCheckRulesTest {

    static final LocalDate OPENS = LocalDate.of(2026, 10, 1);
    static final LocalDate CLOSES = LocalDate.of(2026, 10, 15);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 10, 10, 9, 0);

    static ChecklistTemplate template() {
        ChecklistTemplate t = new ChecklistTemplate("T1", "季度自查清单", null, "assessor", NOW);
        ChecklistSection s = t.addSection("主动公开");
        s.addItem(null, new ItemContent("是否按时发布?", "查看网站栏目", AnswerKind.YES_NO, null, true, new BigDecimal("5")));
        s.addItem(null, new ItemContent("本季度发布条数", null, AnswerKind.NUMBER, null, false, new BigDecimal("3")));
        ChecklistSection s2 = t.addSection("依申请公开");
        s2.addItem(
                null,
                new ItemContent(
                        "办理情况", null, AnswerKind.CHOICE, List.of("良好", "一般", "较差"), false, new BigDecimal("2")));
        return t;
    }

    static SelfCheck openSelfCheck() {
        Campaign c = new Campaign(
                template(), "2026年第三季度自查", "2026 Q3", CampaignTarget.ALL, null, Set.of(), OPENS, CLOSES, "assessor");
        c.open(OPENS, NOW);
        return new SelfCheck(c, new Unit("U1", "区教育局", UnitCategory.DEPARTMENT, null, null));
    }

    static void answerAll(SelfCheck sc) {
        List<SelfCheckAnswer> a = sc.getAnswers();
        sc.saveAnswer(a.get(0), new AnswerValue(true, null, "已在网站发布", null), "unit", NOW);
        sc.saveAnswer(a.get(1), new AnswerValue(null, new BigDecimal("42"), null, null), "unit", NOW);
        sc.saveAnswer(a.get(2), new AnswerValue(null, null, null, "良好"), "unit", NOW);
    }

    @Test
    void itemCodesFollowSectionAndPosition() {
        ChecklistTemplate t = template();
        assertEquals(
                List.of("1.1", "1.2", "2.1"),
                t.items().stream().map(ChecklistItem::getCode).toList());
        assertEquals(new BigDecimal("10"), t.totalPoints(), "5 + 3 + 2");
    }

    @Test
    void aFrozenVersionRefusesEditsAndTheNextVersionIsAnIndependentCopy() {
        ChecklistTemplate v1 = template();
        v1.freeze();
        ChecklistItem item = v1.item("1.1").orElseThrow();
        assertThrows(BusinessRuleException.class, () -> item.change(item.content()));
        assertThrows(BusinessRuleException.class, () -> v1.addSection("新栏目"));

        ChecklistTemplate v2 = v1.deriveNextVersion("assessor", NOW);
        assertEquals(2, v2.getVersionNo());
        assertFalse(v2.isFrozen());
        assertEquals(
                List.of("1.1", "1.2", "2.1"),
                v2.items().stream().map(ChecklistItem::getCode).toList());
        ChecklistItem copy = v2.item("1.1").orElseThrow();
        copy.change(new ItemContent("是否在20个工作日内发布?", null, AnswerKind.YES_NO, null, true, new BigDecimal("6")));
        assertEquals("是否按时发布?", item.getQuestion(), "the used version is unchanged");
        assertEquals(new BigDecimal("5"), item.getPoints());
        assertEquals(new BigDecimal("6"), copy.getPoints());
    }

    @Test
    void aChoiceItemNeedsTwoChoicesAndPointsCannotBeNegative() {
        ChecklistSection s = new ChecklistTemplate("T2", "模板", null, "a", NOW).addSection("栏目");
        assertThrows(
                BusinessRuleException.class,
                () -> s.addItem(
                        null, new ItemContent("选择", null, AnswerKind.CHOICE, List.of("仅一项"), false, BigDecimal.ONE)));
        assertThrows(
                BusinessRuleException.class,
                () -> s.addItem(
                        null, new ItemContent("分值", null, AnswerKind.YES_NO, null, false, new BigDecimal("-1"))));
    }

    @Test
    void aFullRoundGoesDraftSubmittedReturnedResubmittedAccepted() {
        SelfCheck sc = openSelfCheck();
        assertEquals(CheckStatus.NOT_STARTED, sc.getStatus());
        answerAll(sc);
        assertEquals(CheckStatus.DRAFT, sc.getStatus());

        sc.submit(a -> true, "unit", CLOSES, NOW);
        assertEquals(CheckStatus.SUBMITTED, sc.getStatus());
        assertEquals(1, sc.getRoundNo());
        assertFalse(sc.isLate(), "submitted on the closing day is on time");
        List<SelfCheckAnswer> a = sc.getAnswers();
        assertThrows(
                BusinessRuleException.class,
                () -> sc.saveAnswer(a.get(0), new AnswerValue(false, null, null, null), "unit", NOW),
                "a submitted item cannot be changed");

        sc.accept(a.get(0), null, null, "assessor", NOW);
        assertEquals(new BigDecimal("5"), a.get(0).getProvisionalScore(), "full points by default");
        sc.returnItem(a.get(1), "条数与网站统计不符", new BigDecimal("1"), "assessor", NOW);
        assertEquals(CheckStatus.SUBMITTED, sc.getStatus(), "item 2.1 still awaits review");
        sc.accept(a.get(2), new BigDecimal("1.5"), null, "assessor", NOW);
        assertEquals(CheckStatus.RETURNED, sc.getStatus());

        assertThrows(
                BusinessRuleException.class,
                () -> sc.saveAnswer(a.get(0), new AnswerValue(false, null, null, null), "unit", NOW),
                "an accepted item stays as accepted");
        sc.saveAnswer(a.get(1), new AnswerValue(null, new BigDecimal("45"), "已核对", null), "unit", NOW);
        assertEquals(CheckStatus.RETURNED, a.get(1).getStatus());
        sc.submit(x -> true, "unit", CLOSES.plusDays(5), NOW.plusDays(5));
        assertEquals(CheckStatus.RESUBMITTED, sc.getStatus(), "a resubmission after the closing date is allowed");
        assertEquals(CheckStatus.RESUBMITTED, a.get(1).getStatus());
        assertEquals(CheckStatus.ACCEPTED, a.get(0).getStatus());
        assertEquals(2, sc.getRoundNo());
        assertFalse(sc.isLate());

        sc.accept(a.get(1), new BigDecimal("3"), "已更正", "assessor", NOW.plusDays(6));
        assertEquals(CheckStatus.ACCEPTED, sc.getStatus());

        List<SelfCheckEvent> item2 =
                sc.getEvents().stream().filter(e -> e.getAnswer() == a.get(1)).toList();
        assertEquals(
                List.of(EventAction.SUBMITTED, EventAction.RETURNED, EventAction.RESUBMITTED, EventAction.ACCEPTED),
                item2.stream().map(SelfCheckEvent::getAction).toList());
        assertEquals(
                List.of(1, 1, 2, 2),
                item2.stream().map(SelfCheckEvent::getRoundNo).toList());
        assertEquals("42", item2.get(0).getAnswerText(), "the answer as it was in round 1");
        assertEquals("45 | 已核对", item2.get(2).getAnswerText(), "the corrected answer of round 2");
        assertEquals("条数与网站统计不符", item2.get(1).getComment());
    }

    @Test
    void submissionNeedsEveryItemAnsweredAndRequiredEvidence() {
        SelfCheck sc = openSelfCheck();
        sc.saveAnswer(sc.getAnswers().get(0), new AnswerValue(true, null, null, null), "unit", NOW);
        BusinessRuleException unanswered =
                assertThrows(BusinessRuleException.class, () -> sc.submit(a -> true, "unit", OPENS, NOW));
        assertEquals("selfcheck.submit.unanswered", unanswered.getMessageKey());
        answerAll(sc);
        BusinessRuleException noEvidence =
                assertThrows(BusinessRuleException.class, () -> sc.submit(a -> false, "unit", OPENS, NOW));
        assertEquals("selfcheck.submit.evidenceMissing", noEvidence.getMessageKey());
        assertEquals("1.1", noEvidence.getArguments()[0], "only 1.1 requires evidence");
        assertEquals(CheckStatus.DRAFT, sc.getStatus());
    }

    @Test
    void aChoiceMustBeOneOfTheItemsChoices() {
        SelfCheck sc = openSelfCheck();
        assertThrows(
                BusinessRuleException.class,
                () -> sc.saveAnswer(sc.getAnswers().get(2), new AnswerValue(null, null, null, "优秀"), "unit", NOW));
    }

    @Test
    void afterTheClosingDateOnlyAReopenedSelfCheckMaySubmitAndItIsMarkedLate() {
        SelfCheck sc = openSelfCheck();
        answerAll(sc);
        LocalDate dayAfter = CLOSES.plusDays(1);
        BusinessRuleException refused =
                assertThrows(BusinessRuleException.class, () -> sc.submit(a -> true, "unit", dayAfter, NOW));
        assertEquals("selfcheck.submit.deadlinePassed", refused.getMessageKey());
        assertTrue(sc.isOverdue(dayAfter));
        assertFalse(sc.isOverdue(CLOSES));

        assertThrows(
                BusinessRuleException.class,
                () -> sc.reopen(CLOSES.plusDays(5), null, "assessor", CLOSES, NOW),
                "nothing to reopen before the deadline has passed");
        assertThrows(
                BusinessRuleException.class,
                () -> sc.reopen(CLOSES, null, "assessor", dayAfter, NOW),
                "a reopening must reach today or later");
        sc.reopen(CLOSES.plusDays(3), "因系统故障延期", "assessor", dayAfter, NOW);
        assertFalse(sc.isOverdue(CLOSES.plusDays(3)));
        assertTrue(sc.isOverdue(CLOSES.plusDays(4)));

        sc.submit(a -> true, "unit", CLOSES.plusDays(3), NOW);
        assertEquals(CheckStatus.SUBMITTED, sc.getStatus());
        assertTrue(sc.isLate());
        assertThrows(
                BusinessRuleException.class,
                () -> sc.reopen(CLOSES.plusDays(9), null, "assessor", dayAfter, NOW),
                "a submitted self-check is not reopened");
    }

    @Test
    void aReturnNeedsACommentAndAScoreWithinTheItemsPoints() {
        SelfCheck sc = openSelfCheck();
        answerAll(sc);
        sc.submit(a -> true, "unit", OPENS, NOW);
        SelfCheckAnswer first = sc.getAnswers().get(0);
        assertThrows(BusinessRuleException.class, () -> sc.returnItem(first, " ", null, "assessor", NOW));
        assertThrows(
                BusinessRuleException.class, () -> sc.accept(first, new BigDecimal("5.01"), null, "assessor", NOW));
        assertThrows(
                BusinessRuleException.class, () -> sc.accept(first, new BigDecimal("-0.5"), null, "assessor", NOW));
        assertEquals(CheckStatus.SUBMITTED, first.getStatus());
        assertNull(first.getProvisionalScore());
        sc.returnItem(first, "缺少截图", null, "assessor", NOW);
        sc.returnItem(first, "缺少网站截图及发布日期", BigDecimal.ONE, "assessor", NOW);
        assertEquals("缺少网站截图及发布日期", first.getReviewComment(), "a return may be revised before resubmission");
        assertThrows(
                BusinessRuleException.class,
                () -> sc.accept(first, null, null, "assessor", NOW),
                "a returned item is accepted only after resubmission");
    }

    @Test
    void aCampaignOpensFromItsOpeningDateUntilItsClosingDateAndFreezesItsTemplate() {
        ChecklistTemplate t = template();
        Campaign c = new Campaign(t, "自查", "2026 Q4", CampaignTarget.ALL, null, Set.of(), OPENS, CLOSES, "a");
        assertThrows(BusinessRuleException.class, () -> c.open(OPENS.minusDays(1), NOW));
        assertThrows(BusinessRuleException.class, () -> c.open(CLOSES.plusDays(1), NOW));
        c.open(OPENS, NOW);
        assertTrue(t.isFrozen());
        assertThrows(BusinessRuleException.class, () -> c.open(OPENS, NOW));
        assertThrows(
                BusinessRuleException.class,
                () -> new Campaign(t, "自查", "2026 Q4", CampaignTarget.ALL, null, Set.of(), CLOSES, OPENS, "a"),
                "closing before opening");
        assertThrows(
                BusinessRuleException.class,
                () -> new Campaign(t, "自查", "2026 Q4", CampaignTarget.UNITS, null, Set.of(), OPENS, CLOSES, "a"),
                "chosen units but none chosen");
    }
}
