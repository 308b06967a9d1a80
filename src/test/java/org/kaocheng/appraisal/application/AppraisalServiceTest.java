package org.kaocheng.appraisal.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaocheng.appraisal.application.AppraisalFixture.bd;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.appraisal.domain.ObjectionStatus;
import org.kaocheng.appraisal.domain.RunStatus;
import org.kaocheng.appraisal.domain.scoring.Grade;
import org.kaocheng.appraisal.domain.scoring.ScoreNote;
import org.kaocheng.appraisal.metric.MetricRecord;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.platform.security.Role;
import org.kaocheng.selfcheck.EvidenceSamples;
import org.kaocheng.testsupport.TestDatabase;

/**
 * Runs, adjustments, review, objections, publication and revisions, with the figures of
 * {@link AppraisalFixture} worked out by hand, on H2 and PostgreSQL:
 * <pre>
 *        1.1            1.2             2.1  2.2  3     base  bonus          total
 *   A    0.9×40=36      20-1×2=18       30   10   no    94    3 (94≥80)      97
 *   B    1×40=40        20-3×2=14       30   10   no    94    min(5,10)=5    99
 *   C    0.4<0.5 → 0    20              30   10   veto  60    0 (60<80)      60  不合格 (veto)
 *   T1   0.8×40=32      20-min(20,24)=0 30   10   no    72    0 (72<80)      72  合格
 *   T2   no value → 40  20              30   10   no    100   no value → 0   100
 * </pre>
 * G1: B 1st (优秀: 34 % of 3 = 1 place), A 2nd (良好), C 3rd. G2: T2 1st (良好: 34 % of 2 = 0
 * places), T1 2nd.
 */
class AppraisalServiceTest {

    private static void withFixture(TestDatabase db, Consumer<AppraisalFixture> test) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            test.accept(new AppraisalFixture(em));
        } finally {
            em.close();
            emf.close();
        }
    }

    private static <T> T tx(AppraisalFixture f, java.util.function.Function<EntityManager, T> work) {
        return TestDatabase.inTransaction(f.em, work);
    }

    private static <X extends Throwable> X refused(AppraisalFixture f, Class<X> type, Executable action) {
        X e = assertThrows(
                type,
                () -> TestDatabase.inTransaction(f.em, em -> {
                    try {
                        action.execute();
                    } catch (RuntimeException ex) {
                        throw ex;
                    } catch (Throwable t) {
                        throw new IllegalStateException(t);
                    }
                }));
        f.em.clear();
        return e;
    }

    private static RunInfo compute(AppraisalFixture f) {
        return tx(f, e -> f.runs.compute(f.schemeId, null, null));
    }

    private static List<RankingRow> ranking(AppraisalFixture f, Long runId, Long group) {
        return f.runs.ranking(runId, group, PageRequest.of(0, 50)).rows();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void computeScoresRanksAndGradesEveryUnitWithinItsGroup(TestDatabase db) {
        withFixture(db, f -> {
            RunInfo run = compute(f);
            assertEquals(RunStatus.DRAFT, run.status());
            assertEquals(
                    Map.of("test.rate", 1, "test.count", 1, "test.veto", 1, "test.bonus", 1),
                    f.source.calls,
                    "one aggregate per metric for all units, none for the metric without a source");

            List<RankingRow> g1 = ranking(f, run.id(), f.g1);
            assertEquals(
                    List.of("B", "A", "C"),
                    g1.stream().map(RankingRow::unitCode).toList());
            assertEquals(
                    List.of(bd("99.00"), bd("97.00"), bd("60.00")),
                    g1.stream().map(RankingRow::total).toList());
            assertEquals(List.of(1, 2, 3), g1.stream().map(RankingRow::rank).toList());
            assertEquals(
                    List.of(Grade.EXCELLENT, Grade.GOOD, Grade.FAIL),
                    g1.stream().map(RankingRow::grade).toList());
            assertEquals(1, g1.get(2).vetoCount());
            assertEquals(
                    List.of(bd("54.00"), bd("40.00"), bd("0.00"), bd("5.00")),
                    g1.get(0).levelOneScores());

            List<RankingRow> g2 = ranking(f, run.id(), f.g2);
            assertEquals(
                    List.of("T2", "T1"), g2.stream().map(RankingRow::unitCode).toList());
            assertEquals(
                    List.of(bd("100.00"), bd("72.00")),
                    g2.stream().map(RankingRow::total).toList());
            assertEquals(
                    List.of(Grade.GOOD, Grade.PASS),
                    g2.stream().map(RankingRow::grade).toList());
            // scored from the values just fetched; scored again from the values stored with the run, it reads the same
            tx(f, e -> {
                f.runs.adjustAll(run.id(), List.of());
                return null;
            });
            assertEquals(g1, ranking(f, run.id(), f.g1));
            assertEquals(g2, ranking(f, run.id(), f.g2));
            assertEquals(
                    5, f.runs.ranking(run.id(), null, PageRequest.of(0, 50)).total());
            assertEquals(
                    2,
                    f.runs.ranking(run.id(), null, PageRequest.of(3, 2)).rows().size(),
                    "paged in SQL");

            // a scored indicator cannot be removed from the (still editable) scheme; a new one can
            BusinessRuleException inUse =
                    refused(f, BusinessRuleException.class, () -> f.schemes.removeIndicator(f.i21));
            assertEquals("appraisal.indicator.inUse", inUse.getMessageKey());
            Long added = tx(
                    f,
                    e -> f.schemes
                            .addIndicator(f.schemeId, null, AppraisalFixture.node("X", "新增", "1", 9))
                            .getId());
            // the draft run keeps the columns it scored: the new indicator has no score in it yet
            assertEquals(
                    List.of(bd("54.00"), bd("40.00"), bd("0.00"), bd("5.00")),
                    ranking(f, run.id(), f.g1).get(0).levelOneScores());
            assertEquals(
                    4, f.runs.levelOne(run.id()).size(), "the ranking's columns are the indicators the run scored");
            // ...and says its scheme changed: no adjustment, review or publication on rules it was not computed with
            assertTrue(f.runs.schemeChanged(run.id()));
            BusinessRuleException changed =
                    refused(f, BusinessRuleException.class, () -> f.runs.adjust(run.id(), f.b, f.i21, bd("20"), "理由"));
            assertEquals("appraisal.run.schemeChanged", changed.getMessageKey());
            assertEquals(
                    "appraisal.run.schemeChanged",
                    refused(f, BusinessRuleException.class, () -> f.runs.startReview(run.id()))
                            .getMessageKey());
            assertEquals(
                    List.of(bd("54.00"), bd("40.00"), bd("0.00"), bd("5.00")),
                    ranking(f, run.id(), f.g1).get(0).levelOneScores(),
                    "nothing rescored");
            tx(f, e -> {
                f.schemes.removeIndicator(added);
                return null;
            });
            assertFalse(f.runs.schemeChanged(run.id()), "the scheme is as it was computed with again");
            assertEquals(null, f.em.find(org.kaocheng.appraisal.domain.Indicator.class, added));
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyLostPointIsExplainedWithTheMetricValueTheArithmeticAndTheRecords(TestDatabase db) {
        withFixture(db, f -> {
            RunInfo run = compute(f);
            ScoreSheet sheet = f.runs.sheet(run.id(), f.t1);
            assertEquals(bd("72.00"), sheet.result().total());
            SheetLine deduction = sheet.lines().stream()
                    .filter(l -> l.code().equals("1.2"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(bd("0.00"), deduction.score());
            assertEquals(bd("20.00"), deduction.lost());
            assertEquals(0, bd("12").compareTo(deduction.metricValue()));
            assertEquals("20 - min(20, 12 × 2) = 0.00", deduction.formula());
            assertEquals("test.count", deduction.metricCode());
            SheetLine bonus = sheet.lines().stream()
                    .filter(l -> l.code().equals("B.1"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(ScoreNote.BELOW_BONUS_THRESHOLD, bonus.note());
            assertEquals("72.00 < 80 → 0", bonus.formula());
            SheetLine noSource = sheet.lines().stream()
                    .filter(l -> l.code().equals("2.2"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(ScoreNote.NO_SOURCE, noSource.note());
            assertEquals(bd("10.00"), noSource.score());
            assertEquals(
                    List.of("1", "1.1", "1.2", "2", "2.1", "2.2", "3", "B", "B.1"),
                    sheet.lines().stream().map(SheetLine::code).toList(),
                    "tree order");

            List<MetricRecord> records = f.runs.records(run.id(), f.t1, f.i12);
            assertEquals(1, records.size());
            assertEquals(
                    List.of("test.count/" + f.t1 + "/2024-01-01/2024-12-31"),
                    f.source.asked,
                    "the records of the unit, metric and period of the run");
            assertEquals(List.of(), f.runs.records(run.id(), f.t1, f.i21), "a manual indicator has no records");

            ScoreSheet noValue = f.runs.sheet(run.id(), f.t2);
            assertEquals(ScoreNote.NO_VALUE, noValue.lines().get(1).note());
            assertNull(noValue.lines().get(1).metricValue());
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAdjustmentNeedsAReasonIsAuditedAndRecomputesTheRanking(TestDatabase db) {
        withFixture(db, f -> {
            RunInfo run = compute(f);
            BusinessRuleException noReason =
                    refused(f, BusinessRuleException.class, () -> f.runs.adjust(run.id(), f.b, f.i21, bd("20"), " "));
            assertEquals("appraisal.reason.required", noReason.getMessageKey());
            BusinessRuleException outOfRange =
                    refused(f, BusinessRuleException.class, () -> f.runs.adjust(run.id(), f.b, f.i21, bd("31"), "超出"));
            assertEquals("appraisal.adjust.range", outOfRange.getMessageKey());

            // B's manual 2.1 from 30 to 20: base 84, bonus 5 → 89, behind A (97)
            tx(f, e -> {
                f.runs.adjust(run.id(), f.b, f.i21, bd("20"), "会议纪要缺失两次");
                return null;
            });
            List<RankingRow> g1 = ranking(f, run.id(), f.g1);
            assertEquals(
                    List.of("A", "B", "C"),
                    g1.stream().map(RankingRow::unitCode).toList());
            assertEquals(bd("89.00"), g1.get(1).total());
            assertEquals(
                    List.of(Grade.EXCELLENT, Grade.GOOD, Grade.FAIL),
                    g1.stream().map(RankingRow::grade).toList());
            SheetLine manual = f.runs.sheet(run.id(), f.b).lines().stream()
                    .filter(l -> l.code().equals("2.1"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(ScoreNote.MANUAL, manual.note());
            assertEquals("会议纪要缺失两次", manual.adjustmentReason());

            // a correction of the automatic 1.1 of C (0 → 35) and changing B's entry again
            tx(f, e -> {
                f.runs.adjust(run.id(), f.c, f.i11, bd("35"), "数据口径更正");
                f.runs.adjust(run.id(), f.b, f.i21, bd("25"), "补交纪要一次");
                return null;
            });
            SheetLine corrected = f.runs.sheet(run.id(), f.c).lines().stream()
                    .filter(l -> l.code().equals("1.1"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(ScoreNote.CORRECTED, corrected.note());
            assertEquals("0.00 → 35.00", corrected.formula());
            Number audited =
                    (Number) f.em.createNativeQuery("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Adjustment'")
                            .getSingleResult();
            assertEquals(3, audited.intValue(), "two inserts and one update of an adjustment");
            String newValues = (String) f.em.createNativeQuery("SELECT new_values FROM audit_entry"
                            + " WHERE entity_type = 'Adjustment' AND action = 'UPDATE'")
                    .getSingleResult();
            assertTrue(newValues.contains("补交纪要一次"), newValues);
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void whatIfShowsHowRanksWouldMoveWithoutSavingAnything(TestDatabase db) {
        withFixture(db, f -> {
            RunInfo run = compute(f);
            // 1.1 40 → 10, 1 60 → 30: A 9 + 18 + 40 = 67, B 10 + 14 + 40 = 64 (bonus needs 80)
            AppraisalService.WhatIf preview = f.runs.whatIf(run.id(), Map.of(f.i11, bd("10"), f.i1, bd("30")));
            assertEquals(List.of(), preview.problems());
            WhatIfRow a = preview.rows().stream()
                    .filter(r -> r.unitCode().equals("A"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(bd("97.00"), a.currentTotal());
            assertEquals(bd("67.00"), a.previewTotal());
            assertEquals(2, a.currentRank());
            assertEquals(1, a.previewRank());
            assertEquals(1, a.getMovement());
            WhatIfRow b = preview.rows().stream()
                    .filter(r -> r.unitCode().equals("B"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(bd("64.00"), b.previewTotal());
            assertEquals(2, b.previewRank());
            assertEquals("B", ranking(f, run.id(), f.g1).get(0).unitCode(), "nothing saved");

            AppraisalService.WhatIf unbalanced = f.runs.whatIf(run.id(), Map.of(f.i11, bd("10")));
            assertEquals("appraisal.check.sum", unbalanced.problems().get(0).messageKey());
            assertEquals(
                    List.of("60", "30", "-30"), unbalanced.problems().get(0).arguments());
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSheetShowingAnOlderAdjustmentCannotReplaceANewerOne(TestDatabase db) {
        withFixture(db, f -> {
            RunInfo run = compute(f);
            // two assessors' sheets show B's 2.1 without an adjustment; the first saves one
            assertNull(line(f, run, f.b, "2.1").adjustmentVersion());
            tx(f, e -> {
                f.runs.adjust(run.id(), f.b, f.i21, bd("20"), "会议纪要缺失两次", null);
                return null;
            });
            refused(
                    f,
                    jakarta.persistence.OptimisticLockException.class,
                    () -> f.runs.adjust(run.id(), f.b, f.i21, bd("10"), "另一位考核员", null));
            // both reload; the first changes it again, the second (now stale) is refused
            Integer seen = line(f, run, f.b, "2.1").adjustmentVersion();
            assertNotNull(seen);
            tx(f, e -> {
                f.runs.adjust(run.id(), f.b, f.i21, bd("21"), "会议纪要缺失两次（复核）", seen);
                return null;
            });
            refused(
                    f,
                    jakarta.persistence.OptimisticLockException.class,
                    () -> f.runs.adjust(run.id(), f.b, f.i21, bd("10"), "另一位考核员", seen));
            SheetLine kept = line(f, run, f.b, "2.1");
            assertEquals("会议纪要缺失两次（复核）", kept.adjustmentReason());
            assertEquals(0, bd("21").compareTo(kept.score()), "the first sheet's score stands: " + kept.score());
        });
    }

    private static SheetLine line(AppraisalFixture f, RunInfo run, Long unitId, String code) {
        return f.runs.sheet(run.id(), unitId).lines().stream()
                .filter(l -> l.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aUnitSeesOnlyItsOwnSheetAndOnlyOnceTheRunIsUnderReview(TestDatabase db) {
        withFixture(db, f -> {
            RunInfo run = compute(f);
            f.as(Role.UNIT_OPERATOR, f.a);
            refused(f, AccessDeniedException.class, () -> f.runs.sheet(run.id(), f.a));
            assertEquals(List.of(), f.runs.runs(), "a draft is invisible to units");
            refused(f, AccessDeniedException.class, () -> f.runs.run(run.id()));
            refused(f, AccessDeniedException.class, () -> f.runs.levelOne(run.id()));
            f.as(Role.VIEWER, null);
            refused(f, AccessDeniedException.class, () -> f.runs.ranking(run.id(), f.g1, PageRequest.of(0, 10)));

            f.as(Role.ASSESSOR, null);
            tx(f, e -> f.runs.startReview(run.id()));
            f.as(Role.UNIT_OPERATOR, f.a);
            assertEquals(bd("97.00"), f.runs.sheet(run.id(), f.a).result().total());
            refused(f, AccessDeniedException.class, () -> f.runs.sheet(run.id(), f.b));
            refused(f, AccessDeniedException.class, () -> f.runs.records(run.id(), f.b, f.i12));
            refused(f, AccessDeniedException.class, () -> f.runs.ranking(run.id(), f.g1, PageRequest.of(0, 10)));
            refused(f, AccessDeniedException.class, () -> f.runs.adjust(run.id(), f.a, f.i21, bd("30"), "自评"));
            refused(f, AccessDeniedException.class, () -> f.runs.fileObjection(run.id(), f.b, f.i12, "替乙局申诉"));
            assertEquals(1, f.runs.runs().size());
            f.as(Role.VIEWER, null);
            refused(f, AccessDeniedException.class, () -> f.runs.sheet(run.id(), f.a));
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void reviewObjectionsPublicationLockAndRevision(TestDatabase db) {
        withFixture(db, f -> {
            RunInfo run = compute(f);
            RunInfo review = tx(f, e -> f.runs.startReview(run.id()));
            assertEquals(java.time.LocalDate.of(2025, 1, 15), review.objectionDeadline(), "10 January + 5 days");

            // T1 objects to 1.2 within the period
            f.at("2025-01-14");
            f.as(Role.UNIT_OPERATOR, f.t1);
            ObjectionRow objection = tx(f, e -> f.runs.fileObjection(run.id(), f.t1, f.i12, "其中 8 件已于期限内公开,见网站截图"));
            assertEquals(ObjectionStatus.OPEN, objection.status());
            assertEquals(1, f.runs.objections(run.id()).size());
            assertEquals(
                    List.of(run.id()),
                    f.runs.openForObjections().stream().map(RunInfo::id).toList());
            f.as(Role.UNIT_OPERATOR, f.a);
            assertEquals(List.of(), f.runs.objections(run.id()), "another unit's objections are not listed");
            // files as evidence: checked by content, for the filing unit and assessors only
            f.as(Role.UNIT_OPERATOR, f.t1);
            ObjectionRow.AttachedFile screenshot = tx(
                    f,
                    e -> f.runs.attachObjectionFile(
                            objection.id(), "网站截图.pdf", new ByteArrayInputStream(EvidenceSamples.pdf())));
            assertEquals(64, screenshot.sha256().length());
            assertEquals(
                    List.of("网站截图.pdf"),
                    f.runs.objections(run.id()).get(0).files().stream()
                            .map(ObjectionRow.AttachedFile::name)
                            .toList());
            assertArrayEquals(
                    EvidenceSamples.pdf(),
                    bytes(f.runs.objectionFile(screenshot.id()).path()));
            long storedBefore = storedFiles(f);
            BusinessRuleException executable = refused(
                    f,
                    BusinessRuleException.class,
                    () -> f.runs.attachObjectionFile(
                            objection.id(), "说明.pdf", new ByteArrayInputStream(EvidenceSamples.pe())));
            assertTrue(executable.getMessageKey().startsWith("selfcheck.evidence."), executable.getMessageKey());
            assertEquals(storedBefore, storedFiles(f), "a refused file leaves nothing behind");
            assertEquals(1, f.runs.objections(run.id()).get(0).files().size());
            f.as(Role.UNIT_OPERATOR, f.a);
            refused(f, AccessDeniedException.class, () -> f.runs.objectionFile(screenshot.id()));
            refused(
                    f,
                    AccessDeniedException.class,
                    () -> f.runs.attachObjectionFile(
                            objection.id(), "x.pdf", new ByteArrayInputStream(EvidenceSamples.pdf())));
            f.as(Role.VIEWER, null);
            refused(f, AccessDeniedException.class, () -> f.runs.objectionFile(screenshot.id()));
            f.as(Role.ASSESSOR, null);
            assertEquals("网站截图.pdf", f.runs.objectionFile(screenshot.id()).name());
            assertEquals(1, f.runs.openObjectionCount());
            assertEquals(1, f.runs.openObjectionCount(run.id()));
            f.as(Role.UNIT_OPERATOR, f.t1);
            BusinessRuleException noEvidence =
                    refused(f, BusinessRuleException.class, () -> f.runs.fileObjection(run.id(), f.t1, f.i11, ""));
            assertEquals("appraisal.objection.evidence.required", noEvidence.getMessageKey());
            f.at("2025-01-16");
            BusinessRuleException late =
                    refused(f, BusinessRuleException.class, () -> f.runs.fileObjection(run.id(), f.t1, f.i11, "逾期申诉"));
            assertEquals("appraisal.objection.closed", late.getMessageKey());
            BusinessRuleException lateFile = refused(
                    f,
                    BusinessRuleException.class,
                    () -> f.runs.attachObjectionFile(
                            objection.id(), "补充.pdf", new ByteArrayInputStream(EvidenceSamples.pdf())));
            assertEquals("appraisal.objection.closed", lateFile.getMessageKey());

            f.as(Role.ASSESSOR, null);
            BusinessRuleException open = refused(f, BusinessRuleException.class, () -> f.runs.publish(run.id()));
            assertEquals("appraisal.run.publish.openObjections", open.getMessageKey());
            // accepted: 4 overdue remain → 20 - 4 × 2 = 12; T1 72 + 12 = 84 → bonus 2 → 86
            tx(f, e -> f.runs.answerObjection(objection.id(), objection.version(), true, "核实后 8 件按时公开", bd("12")));
            RankingRow t1 = ranking(f, run.id(), f.g2).get(1);
            assertEquals(bd("86.00"), t1.total());
            assertEquals(Grade.GOOD, t1.grade());

            f.at("2025-01-15");
            BusinessRuleException early = refused(f, BusinessRuleException.class, () -> f.runs.publish(run.id()));
            assertEquals("appraisal.run.publish.beforeDeadline", early.getMessageKey());
            f.at("2025-01-16");
            RunInfo published = tx(f, e -> f.runs.publish(run.id()));
            assertEquals(RunStatus.PUBLISHED, published.status());
            BusinessRuleException locked = refused(
                    f, BusinessRuleException.class, () -> f.runs.adjust(run.id(), f.a, f.i21, bd("10"), "发布后修改"));
            assertEquals("appraisal.run.locked", locked.getMessageKey());
            BusinessRuleException frozen = refused(
                    f,
                    BusinessRuleException.class,
                    () -> f.schemes.addIndicator(f.schemeId, null, AppraisalFixture.node("X", "新增", "1", 9)));
            assertEquals("appraisal.scheme.frozen", frozen.getMessageKey());

            f.as(Role.VIEWER, null);
            assertEquals(
                    5, f.runs.ranking(run.id(), null, PageRequest.of(0, 10)).total(), "viewers read published results");
            f.as(Role.UNIT_OPERATOR, f.t1);
            assertEquals(bd("86.00"), f.runs.sheet(run.id(), f.t1).result().total());

            // the records behind the published scores were frozen at publication
            f.source.recordLabel = "发布后更正的事项";
            assertEquals(List.of("逾期事项"), labels(f.runs.records(run.id(), f.t1, f.i12)), "as published");
            f.as(Role.ASSESSOR, null);
            assertEquals(List.of("逾期事项"), labels(f.runs.records(run.id(), f.b, f.i12)), "every unit's records");

            // a later change is a new revision with a reason, copying values and adjustments
            f.as(Role.ASSESSOR, null);
            BusinessRuleException noReason = refused(f, BusinessRuleException.class, () -> f.runs.revise(run.id(), ""));
            assertEquals("appraisal.reason.required", noReason.getMessageKey());
            RunInfo revision = tx(f, e -> f.runs.revise(run.id(), "市里复核发现乙局数据有误"));
            assertEquals(2, revision.revision());
            assertEquals(run.id(), revision.previousRunId());
            assertEquals(RunStatus.DRAFT, revision.status());
            assertEquals(
                    bd("86.00"),
                    ranking(f, revision.id(), f.g2).get(1).total(),
                    "the accepted correction carries over");
            assertEquals(
                    List.of("逾期事项"),
                    labels(f.runs.records(revision.id(), f.t1, f.i12)),
                    "the revision's copied values keep their records");
            tx(f, e -> {
                f.runs.adjust(revision.id(), f.b, f.i12, bd("20"), "复核:无逾期");
                f.runs.startReview(revision.id());
                return null;
            });
            f.at("2025-01-30");
            tx(f, e -> f.runs.publish(revision.id()));
            assertTrue(f.runs.run(run.id()).superseded());
            assertEquals(bd("105.00"), ranking(f, revision.id(), f.g1).get(0).total(), "B: 40 + 20 + 40 + 5 = 105");
            assertEquals(bd("99.00"), ranking(f, run.id(), f.g1).get(0).total(), "the published run is unchanged");
        });
    }

    /**
     * The free texts are held to their columns with a message: an adjustment's and a revision's
     * reason (1,000), an objection's answer (4,000), and an answer that becomes the reason of a
     * corrected score (1,000), refused before anything is saved.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void freeTextsLongerThanTheirColumnsAreRefusedWithAMessage(TestDatabase db) {
        withFixture(db, f -> {
            RunInfo run = compute(f);
            BusinessRuleException longReason = refused(
                    f,
                    BusinessRuleException.class,
                    () -> f.runs.adjust(run.id(), f.b, f.i21, bd("20"), "理".repeat(1001)));
            assertEquals("appraisal.reason.tooLong", longReason.getMessageKey());
            assertArrayEquals(new Object[] {1000}, longReason.getArguments());
            tx(f, e -> {
                f.runs.adjust(run.id(), f.b, f.i21, bd("20"), " " + "理".repeat(1000) + " ");
                return null;
            });
            assertEquals(
                    "理".repeat(1000),
                    f.runs.sheet(run.id(), f.b).lines().stream()
                            .filter(l -> l.code().equals("2.1"))
                            .findFirst()
                            .orElseThrow()
                            .adjustmentReason());

            tx(f, e -> f.runs.startReview(run.id()));
            f.at("2025-01-14");
            f.as(Role.UNIT_OPERATOR, f.t1);
            ObjectionRow first = tx(f, e -> f.runs.fileObjection(run.id(), f.t1, f.i12, "其中 8 件已按时公开"));
            ObjectionRow second = tx(f, e -> f.runs.fileObjection(run.id(), f.t1, f.i11, "比例计算有误"));
            f.as(Role.ASSESSOR, null);
            BusinessRuleException longAnswer = refused(
                    f,
                    BusinessRuleException.class,
                    () -> f.runs.answerObjection(first.id(), first.version(), false, "答".repeat(4001), null));
            assertEquals("appraisal.objection.answer.tooLong", longAnswer.getMessageKey());
            BusinessRuleException longForReason = refused(
                    f,
                    BusinessRuleException.class,
                    () -> f.runs.answerObjection(first.id(), first.version(), true, "答".repeat(1001), bd("12")));
            assertEquals("appraisal.objection.answer.tooLongForReason", longForReason.getMessageKey());
            assertArrayEquals(new Object[] {1000}, longForReason.getArguments());
            assertEquals(
                    List.of(ObjectionStatus.OPEN, ObjectionStatus.OPEN),
                    f.runs.objections(run.id()).stream()
                            .map(ObjectionRow::status)
                            .toList(),
                    "nothing saved");
            assertEquals(bd("72.00"), ranking(f, run.id(), f.g2).get(1).total(), "T1 unchanged");

            tx(f, e -> f.runs.answerObjection(first.id(), first.version(), true, "答".repeat(1000), bd("12")));
            tx(f, e -> f.runs.answerObjection(second.id(), second.version(), true, "复".repeat(4000), null));
            assertEquals(bd("86.00"), ranking(f, run.id(), f.g2).get(1).total(), "T1 corrected: 72 + 12 → bonus 2");
            assertEquals(
                    List.of(1000, 4000),
                    f.runs.objections(run.id()).stream()
                            .map(o -> o.answer().length())
                            .toList());

            f.at("2025-01-16");
            tx(f, e -> f.runs.publish(run.id()));
            BusinessRuleException longRevision =
                    refused(f, BusinessRuleException.class, () -> f.runs.revise(run.id(), "修".repeat(1001)));
            assertEquals("appraisal.reason.tooLong", longRevision.getMessageKey());
            assertFalse(f.runs.run(run.id()).superseded());
            RunInfo revision = tx(f, e -> f.runs.revise(run.id(), "修".repeat(1000)));
            assertEquals(2, revision.revision());
        });
    }

    private static long storedFiles(AppraisalFixture f) {
        try (var files = Files.walk(f.evidenceDir)) {
            return files.filter(Files::isRegularFile).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] bytes(java.nio.file.Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> labels(List<MetricRecord> records) {
        return records.stream().map(MetricRecord::label).toList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withoutAnObjectionPeriodARunIsPublishedAtOnceAndTakesNoObjection(TestDatabase db) {
        withFixture(db, f -> {
            var scheme = f.schemes.get(f.schemeId);
            tx(
                    f,
                    e -> f.schemes.update(
                            f.schemeId,
                            scheme.getVersion(),
                            new SchemeService.SchemeForm(
                                    scheme.getName(),
                                    scheme.getPeriodFrom(),
                                    scheme.getPeriodTo(),
                                    java.util.Set.of(f.g1, f.g2),
                                    bd("90"),
                                    bd("80"),
                                    bd("60"),
                                    bd("34"),
                                    0)));
            RunInfo run = compute(f);
            assertNull(tx(f, e -> f.runs.startReview(run.id())).objectionDeadline());
            f.as(Role.UNIT_OPERATOR, f.a);
            BusinessRuleException closed =
                    refused(f, BusinessRuleException.class, () -> f.runs.fileObjection(run.id(), f.a, f.i12, "申诉"));
            assertEquals("appraisal.objection.closed", closed.getMessageKey());
            f.as(Role.ASSESSOR, null);
            assertEquals(
                    RunStatus.PUBLISHED, tx(f, e -> f.runs.publish(run.id())).status(), "same day");
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSchemeIsCopiedFromLastYearsAndCheckedWithTheDifferenceShown(TestDatabase db) {
        withFixture(db, f -> {
            SchemeService.CheckResult check = f.schemes.check(f.schemeId);
            assertTrue(check.isValid(), check.errors().toString());
            assertEquals(bd("100"), check.baseTotal().stripTrailingZeros().setScale(0));
            assertEquals(bd("5"), check.bonusTotal().stripTrailingZeros().setScale(0));
            assertEquals(
                    List.of("2.2"),
                    check.warnings().stream().map(p -> p.code()).toList(),
                    "a metric no capability provides is a warning, not an error");

            Long copyId = tx(
                    f,
                    e -> f.schemes
                            .copy(
                                    f.schemeId,
                                    "2025年度考核方案",
                                    java.time.LocalDate.of(2025, 1, 1),
                                    java.time.LocalDate.of(2025, 12, 31))
                            .getId());
            var copied = f.schemes.indicators(copyId);
            assertEquals(
                    List.of("1", "1.1", "1.2", "2", "2.1", "2.2", "3", "B", "B.1"),
                    copied.stream().map(i -> i.getCode()).toList());
            assertEquals(bd("0.5000"), copied.get(1).getRateFloor().setScale(4));
            assertEquals(2, f.schemes.get(copyId).getGroups().size());

            // lowering 1.2 to 15 leaves 1 (60) with 55: difference -5
            var i12 = copied.get(2);
            tx(
                    f,
                    e -> f.schemes.updateIndicator(
                            i12.getId(),
                            i12.getVersion(),
                            AppraisalFixture.leaf(
                                    "1.2",
                                    "逾期未公开",
                                    "15",
                                    2,
                                    org.kaocheng.appraisal.domain.scoring.RuleKind.DEDUCTION,
                                    "test.count",
                                    null,
                                    bd("2"),
                                    null,
                                    null)));
            SchemeService.CheckResult broken = f.schemes.check(copyId);
            assertEquals(1, broken.errors().size());
            assertEquals(List.of("60", "55", "-5"), broken.errors().get(0).arguments());
            BusinessRuleException invalid =
                    refused(f, BusinessRuleException.class, () -> f.runs.compute(copyId, null, null));
            assertEquals("appraisal.scheme.invalid", invalid.getMessageKey());
        });
    }
}
