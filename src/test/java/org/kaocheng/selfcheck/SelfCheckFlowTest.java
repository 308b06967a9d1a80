package org.kaocheng.selfcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.selfcheck.application.CampaignForm;
import org.kaocheng.selfcheck.application.CampaignOverview;
import org.kaocheng.selfcheck.application.ItemScore;
import org.kaocheng.selfcheck.application.SelfCheckMetricSource;
import org.kaocheng.selfcheck.application.UnitProgressRow;
import org.kaocheng.selfcheck.domain.AnswerKind;
import org.kaocheng.selfcheck.domain.AnswerValue;
import org.kaocheng.selfcheck.domain.CampaignTarget;
import org.kaocheng.selfcheck.domain.CheckStatus;
import org.kaocheng.selfcheck.domain.ChecklistItem;
import org.kaocheng.selfcheck.domain.ChecklistTemplate;
import org.kaocheng.selfcheck.domain.EventAction;
import org.kaocheng.selfcheck.domain.ItemContent;
import org.kaocheng.selfcheck.domain.SelfCheck;
import org.kaocheng.selfcheck.domain.SelfCheckAnswer;
import org.kaocheng.selfcheck.domain.SelfCheckEvent;
import org.kaocheng.testsupport.RecordDetails;
import org.kaocheng.testsupport.TestDatabase;

/** Templates, campaigns, rounds, access and concurrent edits through the services, on H2 and PostgreSQL. */
class SelfCheckFlowTest {

    @TempDir
    Path evidenceDir;

    private static AnswerValue yes() {
        return new AnswerValue(true, null, "见网站截图", null);
    }

    /** Answers every item of the unit's self-check and attaches a PDF to 1.1. */
    private static void fillAll(SelfCheckWorld w, Long selfCheckId) {
        w.tx(e -> {
            var s = w.as(
                    w.operatorA.getUnitId().equals(w.load(selfCheckId).getUnit().getId()) ? w.operatorA : w.operatorB);
            List<SelfCheckAnswer> answers = s.selfChecks().get(selfCheckId).getAnswers();
            s.selfChecks().saveAnswer(answers.get(0).getId(), answers.get(0).getVersion(), yes());
            s.selfChecks()
                    .saveAnswer(
                            answers.get(1).getId(),
                            answers.get(1).getVersion(),
                            new AnswerValue(null, new BigDecimal("120"), null, null));
            s.selfChecks()
                    .saveAnswer(
                            answers.get(2).getId(),
                            answers.get(2).getVersion(),
                            new AnswerValue(null, null, null, "规范"));
            s.evidence().upload(answers.get(0).getId(), "网站截图.pdf", new ByteArrayInputStream(EvidenceSamples.pdf()));
            return null;
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void editingAUsedTemplateCreatesANewVersionAndNeverChangesWhatUnitsAnswered(TestDatabase db) {
        try (SelfCheckWorld w = new SelfCheckWorld(db, evidenceDir)) {
            w.openCampaign();
            Long scA = w.selfCheckOf(w.unitA);
            fillAll(w, scA);
            SelfCheck before = w.load(scA);
            ChecklistItem usedItem = before.getAnswers().get(0).getItem();
            Long usedItemId = usedItem.getId();
            int usedItemVersion = usedItem.getVersion();

            ChecklistItem edited = w.tx(e -> w.as(w.assessor)
                    .templates()
                    .updateItem(
                            usedItemId,
                            usedItemVersion,
                            new ItemContent(
                                    "是否在20个工作日内公开并附截图?", null, AnswerKind.YES_NO, null, true, new BigDecimal("6"))));
            assertNotEquals(usedItemId, edited.getId(), "the edit went to a new item in a new version");
            ChecklistTemplate v2 = w.tx(e -> w.as(w.assessor)
                    .templates()
                    .get(edited.getSection().getTemplate().getId()));
            assertEquals(2, v2.getVersionNo());
            assertFalse(v2.isFrozen());
            assertEquals(3, v2.items().size());

            // a second edit of the used version goes to the same draft version 2, not to a version 3
            ChecklistItem again = w.tx(e -> w.as(w.assessor)
                    .templates()
                    .updateItem(
                            usedItemId,
                            usedItemVersion,
                            new ItemContent("是否按时公开?", null, AnswerKind.YES_NO, null, true, new BigDecimal("7"))));
            assertEquals(edited.getId(), again.getId());

            // adding a section to, or removing an item from, the used version also goes to version 2
            var added = w.tx(e -> w.as(w.assessor).templates().addSection(w.templateId, "工作保障"));
            assertEquals(v2.getId(), added.getTemplate().getId());
            Long usedItem3 = before.getAnswers().get(2).getItem().getId();
            ChecklistTemplate afterRemoval =
                    w.tx(e -> w.as(w.assessor).templates().removeItem(usedItem3));
            assertEquals(v2.getId(), afterRemoval.getId());
            ChecklistTemplate v2Now = w.tx(e -> w.as(w.assessor).templates().get(v2.getId()));
            assertEquals(
                    List.of("1.1", "1.2"),
                    v2Now.items().stream().map(ChecklistItem::getCode).toList());
            assertEquals(3, v2Now.getSections().size());
            assertEquals(
                    3,
                    w.tx(e -> w.as(w.assessor).templates().get(w.templateId))
                            .items()
                            .size(),
                    "version 1 keeps all three items");
            assertThrows(
                    AccessDeniedException.class,
                    () -> w.tx(e -> w.as(w.operatorA).templates().addSection(v2.getId(), "x")),
                    "only assessors keep templates");
            assertEquals(
                    List.of(v2.getId()),
                    w.as(w.viewer).templates().latestVersions().stream()
                            .map(ChecklistTemplate::getId)
                            .toList(),
                    "the list shows the newest version of each template");
            assertEquals(
                    List.of(2, 1),
                    w.as(w.assessor).templates().allVersions().stream()
                            .map(ChecklistTemplate::getVersionNo)
                            .toList());
            assertEquals(
                    1,
                    w.as(w.viewer)
                            .campaigns()
                            .page(org.kaocheng.platform.persistence.PageRequest.of(0, 10))
                            .total());

            SelfCheck after = w.load(scA);
            SelfCheckAnswer answer = after.getAnswers().get(0);
            assertEquals(usedItemId, answer.getItem().getId(), "the answer still belongs to the used version");
            assertEquals("是否在20个工作日内公开?", answer.getItem().getQuestion());
            assertEquals(new BigDecimal("5.00"), answer.getItem().getPoints());
            assertEquals(Boolean.TRUE, answer.getYesNo());
            ChecklistTemplate v1 = w.tx(e -> w.as(w.assessor).templates().get(w.templateId));
            assertTrue(v1.isFrozen());
            assertEquals(1, v1.getVersionNo());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aReturnedItemIsCorrectedResubmittedAndAcceptedWithEveryRoundKept(TestDatabase db) {
        try (SelfCheckWorld w = new SelfCheckWorld(db, evidenceDir)) {
            w.openCampaign();
            Long scA = w.selfCheckOf(w.unitA);
            fillAll(w, scA);
            w.clock = SelfCheckWorld.clockOn(SelfCheckWorld.CLOSES);
            w.tx(e -> w.as(w.operatorA).selfChecks().submit(scA, w.load(scA).getVersion()));

            List<SelfCheckAnswer> a = w.load(scA).getAnswers();
            w.tx(e -> {
                var review = w.as(w.assessor).selfChecks();
                review.accept(a.get(0).getId(), a.get(0).getVersion(), null, null);
                review.returnItem(a.get(1).getId(), a.get(1).getVersion(), "条数与网站统计不一致,请核对", BigDecimal.ONE);
                review.accept(a.get(2).getId(), a.get(2).getVersion(), new BigDecimal("1.5"), null);
                return null;
            });
            assertEquals(CheckStatus.RETURNED, w.load(scA).getStatus());

            w.clock = SelfCheckWorld.clockOn(SelfCheckWorld.CLOSES.plusDays(3));
            SelfCheckAnswer returned = w.load(scA).getAnswers().get(1);
            w.tx(e -> w.as(w.operatorA)
                    .selfChecks()
                    .saveAnswer(
                            returned.getId(),
                            returned.getVersion(),
                            new AnswerValue(null, new BigDecimal("118"), "已按网站统计更正", null)));
            w.tx(e -> w.as(w.operatorA).selfChecks().submit(scA, w.load(scA).getVersion()));
            assertEquals(CheckStatus.RESUBMITTED, w.load(scA).getStatus());

            SelfCheckAnswer resubmitted = w.load(scA).getAnswers().get(1);
            w.tx(e -> w.as(w.assessor)
                    .selfChecks()
                    .accept(resubmitted.getId(), resubmitted.getVersion(), new BigDecimal("3"), "已更正"));
            SelfCheck done = w.load(scA);
            assertEquals(CheckStatus.ACCEPTED, done.getStatus());
            assertEquals(2, done.getRoundNo());
            assertFalse(done.isLate());

            List<SelfCheckEvent> history =
                    w.tx(e -> w.as(w.operatorA).selfChecks().history(resubmitted.getId()));
            assertEquals(
                    List.of(EventAction.SUBMITTED, EventAction.RETURNED, EventAction.RESUBMITTED, EventAction.ACCEPTED),
                    history.stream().map(SelfCheckEvent::getAction).toList());
            assertEquals(
                    List.of("opA", "assessor", "opA", "assessor"),
                    history.stream().map(SelfCheckEvent::getActor).toList());
            assertEquals("120", history.get(0).getAnswerText());
            assertEquals("118 | 已按网站统计更正", history.get(2).getAnswerText());
            assertEquals("条数与网站统计不一致,请核对", history.get(1).getComment());

            var report = w.as(w.operatorA).selfChecks().reportData(scA);
            assertEquals("区教育局", report.unitName());
            assertEquals(3, report.items().size());
            assertEquals("118 | 已按网站统计更正", report.items().get(1).answer());
            assertEquals(0, new BigDecimal("9.5").compareTo(report.totalScore()), "5 + 3 + 1.5");
            assertEquals(0, new BigDecimal("10").compareTo(report.totalPoints()));
            assertEquals(1, report.evidence().size());
            assertEquals(64, report.evidence().get(0).sha256().length());
            assertThrows(
                    AccessDeniedException.class,
                    () -> w.as(w.operatorB).selfChecks().reportData(scA));

            List<ItemScore> scores = w.tx(e -> w.as(w.assessor).selfChecks().provisionalScores(w.campaignId, w.unitA));
            // 1.1 accepted at full points 5; 1.2 accepted with 3 of 3; 2.1 accepted with 1.5 of 2
            assertEquals(
                    List.of("1.1", "1.2", "2.1"),
                    scores.stream().map(ItemScore::itemCode).toList());
            assertEquals(0, new BigDecimal("5").compareTo(scores.get(0).provisionalScore()));
            assertEquals(0, new BigDecimal("3").compareTo(scores.get(1).provisionalScore()));
            assertEquals(0, new BigDecimal("1.5").compareTo(scores.get(2).provisionalScore()));
            assertThrows(
                    AccessDeniedException.class,
                    () -> w.as(w.operatorB).selfChecks().provisionalScores(w.campaignId, w.unitA));
        }
    }

    /**
     * A choice item's choices are kept joined by line breaks in a column of 1,000: more is refused
     * with a message (each choice within its 200 notwithstanding), 1,000 exactly is kept.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void choicesLongerTogetherThanTheirColumnAreRefusedWithAMessage(TestDatabase db) {
        try (SelfCheckWorld w = new SelfCheckWorld(db, evidenceDir)) {
            Long sectionId = w.tx(e -> {
                var t = w.as(w.assessor).templates().create("选项长度", null);
                return w.as(w.assessor).templates().addSection(t.getId(), "栏目").getId();
            });
            // five choices of 200 and four line breaks: 1,004
            List<String> tooLong = List.of("甲", "乙", "丙", "丁", "戊").stream()
                    .map(c -> c.repeat(200))
                    .toList();
            BusinessRuleException refused = assertThrows(
                    BusinessRuleException.class,
                    () -> w.tx(e -> w.as(w.assessor).templates().addItem(sectionId, choice(tooLong))));
            assertEquals("selfcheck.item.choicesTooLong", refused.getMessageKey());
            assertEquals(List.of(1000), List.of(refused.getArguments()));

            // 4 × 199 + 200 + 4 line breaks: 1,000
            List<String> longest =
                    List.of("甲".repeat(199), "乙".repeat(199), "丙".repeat(199), "丁".repeat(199), "戊".repeat(200));
            Long itemId = w.tx(e -> w.as(w.assessor)
                    .templates()
                    .addItem(sectionId, choice(longest))
                    .getId());
            assertEquals(longest, w.em.find(ChecklistItem.class, itemId).getChoiceList());
        }
    }

    private static ItemContent choice(List<String> choices) {
        return new ItemContent("选择", null, AnswerKind.CHOICE, choices, false, BigDecimal.ONE);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aUnitCannotReadOrChangeAnotherUnitsSelfCheckByGuessingIds(TestDatabase db) {
        try (SelfCheckWorld w = new SelfCheckWorld(db, evidenceDir)) {
            w.openCampaign();
            Long scA = w.selfCheckOf(w.unitA);
            fillAll(w, scA);
            SelfCheck a = w.load(scA);
            Long answerId = a.getAnswers().get(0).getId();
            int answerVersion = a.getAnswers().get(0).getVersion();
            Long evidenceId = w.em.createQuery("SELECT e.id FROM Evidence e WHERE e.unitId = :u", Long.class)
                    .setParameter("u", w.unitA)
                    .getSingleResult();

            var b = w.as(w.operatorB);
            assertThrows(AccessDeniedException.class, () -> b.selfChecks().get(scA));
            assertThrows(AccessDeniedException.class, () -> b.selfChecks().history(answerId));
            assertThrows(AccessDeniedException.class, () -> b.selfChecks().currentEvidence(scA));
            assertThrows(AccessDeniedException.class, () -> b.selfChecks().ofCampaignAndUnit(w.campaignId, w.unitA));
            assertThrows(
                    AccessDeniedException.class,
                    () -> w.tx(e -> b.selfChecks().saveAnswer(answerId, answerVersion, yes())));
            assertThrows(
                    AccessDeniedException.class, () -> w.tx(e -> b.selfChecks().submit(scA, a.getVersion())));
            assertThrows(AccessDeniedException.class, () -> b.evidence().download(evidenceId));
            assertThrows(
                    AccessDeniedException.class,
                    () -> w.tx(e -> {
                        b.evidence().withdraw(evidenceId);
                        return null;
                    }));
            assertThrows(
                    AccessDeniedException.class,
                    () -> w.tx(e ->
                            b.evidence().upload(answerId, "x.pdf", new ByteArrayInputStream(EvidenceSamples.pdf()))));
            assertThrows(
                    AccessDeniedException.class,
                    () -> b.evidence().download(evidenceId + 1),
                    "an id that does not exist is refused like a foreign one");
            assertThrows(AccessDeniedException.class, () -> b.selfChecks().get(scA + 12345));
            assertThrows(AccessDeniedException.class, () -> b.campaigns().overview(w.campaignId));
            assertThrows(
                    AccessDeniedException.class,
                    () -> w.tx(e -> b.selfChecks().accept(answerId, answerVersion, null, null)),
                    "units do not review");
            assertThrows(
                    AccessDeniedException.class,
                    () -> w.as(w.viewer).evidence().download(evidenceId),
                    "evidence files only for the unit itself and assessors");
            assertThrows(
                    AccessDeniedException.class,
                    () -> w.tx(e -> w.as(w.assessor).selfChecks().saveAnswer(answerId, answerVersion, yes())),
                    "assessors do not fill units' answers");

            assertEquals(scA, w.as(w.operatorA).selfChecks().get(scA).getId());
            assertEquals(scA, w.as(w.viewer).selfChecks().get(scA).getId());
            assertEquals(1, w.as(w.operatorB).selfChecks().mine().size(), "only B's own self-check");
            assertEquals(
                    w.unitB,
                    w.as(w.operatorB).selfChecks().mine().get(0).getUnit().getId());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aStaleEditOfTheSameItemIsRefusedWithAClearMessageAndNoAnswerIsLost(TestDatabase db) {
        try (SelfCheckWorld w = new SelfCheckWorld(db, evidenceDir)) {
            w.openCampaign();
            Long scA = w.selfCheckOf(w.unitA);
            fillAll(w, scA);
            w.tx(e -> w.as(w.operatorA).selfChecks().submit(scA, w.load(scA).getVersion()));
            List<SelfCheckAnswer> submitted = w.load(scA).getAnswers();
            w.tx(e -> {
                var review = w.as(w.assessor).selfChecks();
                review.accept(submitted.get(0).getId(), submitted.get(0).getVersion(), null, null);
                review.returnItem(submitted.get(1).getId(), submitted.get(1).getVersion(), "请核对条数", null);
                return review.accept(submitted.get(2).getId(), submitted.get(2).getVersion(), null, null);
            });
            assertEquals(CheckStatus.RETURNED, w.load(scA).getStatus());

            // the unit and the assessor both open the returned item
            SelfCheckAnswer opened = w.load(scA).getAnswers().get(1);
            int seenByBoth = opened.getVersion();

            // the unit saves its correction first
            w.tx(e -> w.as(w.operatorA)
                    .selfChecks()
                    .saveAnswer(opened.getId(), seenByBoth, new AnswerValue(null, new BigDecimal("99"), "已更正", null)));

            // the assessor's revised comment, based on the copy before the correction, is refused
            BusinessRuleException stale = assertThrows(
                    BusinessRuleException.class,
                    () -> w.tx(
                            e -> w.as(w.assessor).selfChecks().returnItem(opened.getId(), seenByBoth, "请同时附截图", null)));
            assertEquals("selfcheck.answer.changedMeanwhile", stale.getMessageKey());
            assertEquals("1.2", stale.getArguments()[0]);
            assertEquals("opA", stale.getArguments()[1], "the message says who changed the item");
            w.em.clear();

            SelfCheckAnswer kept = w.load(scA).getAnswers().get(1);
            assertEquals(0, new BigDecimal("99").compareTo(kept.getNumberValue()), "the unit's correction is not lost");
            assertEquals("请核对条数", kept.getReviewComment(), "the assessor's earlier comment is not lost either");

            // and the other way round: the assessor revises first, the unit's stale save is refused
            int current = kept.getVersion();
            w.tx(e -> w.as(w.assessor).selfChecks().returnItem(kept.getId(), current, "请附截图", null));
            BusinessRuleException unitStale = assertThrows(
                    BusinessRuleException.class,
                    () -> w.tx(e -> w.as(w.operatorA)
                            .selfChecks()
                            .saveAnswer(
                                    kept.getId(), current, new AnswerValue(null, new BigDecimal("100"), null, null))));
            assertEquals("selfcheck.answer.changedMeanwhile", unitStale.getMessageKey());
            assertEquals("assessor", unitStale.getArguments()[1]);
            SelfCheckAnswer last = w.load(scA).getAnswers().get(1);
            assertEquals(0, new BigDecimal("99").compareTo(last.getNumberValue()));
            assertEquals("请附截图", last.getReviewComment());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theOverviewCountsUnitsPerStatusHighlightsLateAndOverdueOnesAndFeedsTheMetrics(TestDatabase db) {
        try (SelfCheckWorld w = new SelfCheckWorld(db, evidenceDir)) {
            w.openCampaign();
            Long scA = w.selfCheckOf(w.unitA);
            Long scB = w.selfCheckOf(w.unitB);
            assertEquals(
                    0L,
                    w.em.createQuery("SELECT COUNT(s) FROM SelfCheck s WHERE s.unit.id = :u", Long.class)
                            .setParameter("u", w.unitC)
                            .getSingleResult(),
                    "town C is outside the departments' group");

            fillAll(w, scA);
            w.tx(e -> w.as(w.operatorA).selfChecks().submit(scA, w.load(scA).getVersion()));
            int reminded = w.tx(e -> w.as(w.assessor).campaigns().remindAllPending(w.campaignId, "请于10月15日前提交"));
            assertEquals(1, reminded, "only B has something to do");
            var reminders = w.as(w.operatorB).selfChecks().reminders();
            assertEquals(1, reminders.size());
            assertEquals("请于10月15日前提交", reminders.get(0).message());
            assertTrue(w.as(w.operatorA).selfChecks().reminders().isEmpty());

            w.clock = SelfCheckWorld.clockOn(SelfCheckWorld.CLOSES.plusDays(1));
            CampaignOverview o = w.as(w.assessor).campaigns().overview(w.campaignId);
            assertEquals(2, o.total());
            assertEquals(1, o.count(CheckStatus.SUBMITTED));
            assertEquals(1, o.count(CheckStatus.NOT_STARTED));
            assertEquals(1, o.overdue(), "B missed the deadline");
            assertEquals(0, o.late());
            List<UnitProgressRow> attention = w.as(w.assessor)
                    .campaigns()
                    .units(w.campaignId, new PageRequest(0, 10, null, true, Map.of("attention", "true")))
                    .rows();
            assertEquals(
                    List.of(w.unitB),
                    attention.stream().map(UnitProgressRow::unitId).toList());
            assertTrue(attention.get(0).overdue());

            BusinessRuleException tooLate = assertThrows(BusinessRuleException.class, () -> {
                fillAll(w, scB);
                w.tx(e -> w.as(w.operatorB).selfChecks().submit(scB, w.load(scB).getVersion()));
            });
            assertEquals("selfcheck.submit.deadlinePassed", tooLate.getMessageKey());
            w.tx(e -> {
                w.as(w.assessor)
                        .campaigns()
                        .reopen(scB, w.load(scB).getVersion(), SelfCheckWorld.CLOSES.plusDays(5), "因机构调整延期");
                return null;
            });
            w.clock = SelfCheckWorld.clockOn(SelfCheckWorld.CLOSES.plusDays(2));
            w.tx(e -> w.as(w.operatorB).selfChecks().submit(scB, w.load(scB).getVersion()));
            assertTrue(w.load(scB).isLate());

            o = w.as(w.assessor).campaigns().overview(w.campaignId);
            assertEquals(2, o.count(CheckStatus.SUBMITTED));
            assertEquals(1, o.late());
            assertEquals(0, o.overdue());
            List<UnitProgressRow> all = w.as(w.assessor)
                    .campaigns()
                    .units(w.campaignId, PageRequest.of(0, 10))
                    .rows();
            assertEquals(
                    List.of("A", "B"),
                    all.stream().map(UnitProgressRow::unitCode).toList());
            assertFalse(all.get(0).isHighlighted());
            assertTrue(all.get(1).isHighlighted());
            assertEquals(3, all.get(0).totalItems());
            assertEquals(
                    List.of(w.unitA),
                    w
                            .as(w.assessor)
                            .campaigns()
                            .units(w.campaignId, new PageRequest(0, 10, null, true, Map.of("status", "SUBMITTED")))
                            .rows()
                            .stream()
                            .filter(r -> !r.late())
                            .map(UnitProgressRow::unitId)
                            .toList());
            assertThrows(
                    BusinessRuleException.class,
                    () -> w.as(w.assessor)
                            .campaigns()
                            .units(w.campaignId, new PageRequest(0, 10, null, true, Map.of("status", "x' OR 1=1"))));

            SelfCheck a = w.load(scA);
            w.tx(e -> {
                for (SelfCheckAnswer answer : a.getAnswers()) {
                    w.as(w.assessor).selfChecks().accept(answer.getId(), answer.getVersion(), null, null);
                }
                return null;
            });
            SelfCheckAnswer b11 = w.load(scB).getAnswers().get(0);
            w.tx(e -> w.as(w.assessor).selfChecks().accept(b11.getId(), b11.getVersion(), new BigDecimal("4"), null));
            assertEquals(1, w.as(w.assessor).campaigns().overview(w.campaignId).count(CheckStatus.ACCEPTED));

            SelfCheckMetricSource metrics = w.as(w.assessor).metrics();
            var from = SelfCheckWorld.OPENS.withDayOfYear(1);
            var to = from.withMonth(12).withDayOfMonth(31);
            Map<Long, BigDecimal> accepted = metrics.values(SelfCheckMetricSource.ACCEPTED_SHARE, from, to);
            assertEquals(new BigDecimal("1.0000"), accepted.get(w.unitA), "3 of 3 items");
            assertEquals(new BigDecimal("0.3333"), accepted.get(w.unitB), "1 of 3 items");
            Map<Long, BigDecimal> points = metrics.values(SelfCheckMetricSource.POINTS_SHARE, from, to);
            assertEquals(new BigDecimal("1.0000"), points.get(w.unitA), "(5 + 3 + 2) / 10");
            assertEquals(new BigDecimal("0.4000"), points.get(w.unitB), "4 / 10");
            Map<Long, BigDecimal> late = metrics.values(SelfCheckMetricSource.LATE_SUBMISSIONS, from, to);
            assertEquals(0, BigDecimal.ZERO.compareTo(late.get(w.unitA)));
            assertEquals(0, BigDecimal.ONE.compareTo(late.get(w.unitB)));
            assertEquals(
                    1,
                    metrics.records(SelfCheckMetricSource.LATE_SUBMISSIONS, w.unitB, from, to)
                            .size());
            var pointRecords = metrics.records(SelfCheckMetricSource.POINTS_SHARE, w.unitB, from, to);
            assertEquals(3, pointRecords.size(), "1.1 lost a point; 1.2 and 2.1 are not accepted");
            var lostPoint = pointRecords.stream()
                    .filter(r -> RecordDetails.zh(r.detail()).startsWith("检查项状态：已通过，得分 "))
                    .findFirst()
                    .orElseThrow();
            assertTrue(lostPoint.label().contains(" 1.1 "), lostPoint.label());
            assertTrue(
                    RecordDetails.zh(lostPoint.detail()).matches("检查项状态：已通过，得分 \\d+\\.\\d+/\\d+\\.\\d+"),
                    lostPoint.detail());
            assertTrue(lostPoint.link().startsWith("/selfcheck/selfcheck.xhtml?id="), lostPoint.link());
            assertEquals(
                    2,
                    metrics.records(SelfCheckMetricSource.ACCEPTED_SHARE, w.unitB, from, to)
                            .size(),
                    "1.2 and 2.1 not accepted");
            assertTrue(metrics.values(SelfCheckMetricSource.ACCEPTED_SHARE, from.minusYears(1), to.minusYears(1))
                    .isEmpty());

            // the other targets: every unit but the district itself, or units chosen one by one
            w.clock = SelfCheckWorld.clockOn(SelfCheckWorld.CLOSES.plusDays(20));
            var day = SelfCheckWorld.CLOSES.plusDays(20);
            int everyUnit = w.tx(e -> {
                var c = w.as(w.assessor)
                        .campaigns()
                        .create(new CampaignForm(
                                w.templateId,
                                "全区自查",
                                "2026 Q4",
                                CampaignTarget.ALL,
                                null,
                                Set.of(),
                                day,
                                day.plusDays(10)));
                return w.as(w.assessor).campaigns().open(c.getId(), c.getVersion());
            });
            assertEquals(3, everyUnit, "A, B and town C; not the district");
            int chosen = w.tx(e -> {
                var c = w.as(w.assessor)
                        .campaigns()
                        .create(new CampaignForm(
                                w.templateId,
                                "专项自查",
                                "2026 专项",
                                CampaignTarget.UNITS,
                                null,
                                Set.of(w.unitC),
                                day,
                                day.plusDays(10)));
                return w.as(w.assessor).campaigns().open(c.getId(), c.getVersion());
            });
            assertEquals(1, chosen);
        }
    }
}
