package org.kaocheng.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.disclosure.application.DisclosureSettings;
import org.kaocheng.disclosure.application.DuplicatePair;
import org.kaocheng.disclosure.application.NewMediaRow;
import org.kaocheng.disclosure.application.TimelinessQueries;
import org.kaocheng.disclosure.application.UnitNewMediaCounts;
import org.kaocheng.disclosure.domain.MediaPlatform;
import org.kaocheng.disclosure.domain.NewMediaAccount;
import org.kaocheng.disclosure.domain.NewMediaCheck;
import org.kaocheng.disclosure.domain.ProactiveItem;
import org.kaocheng.disclosure.domain.UpdateSource;
import org.kaocheng.staff.StaffFixtures;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;

/** Duplicate publications and the new-media checks in SQL, on H2 and PostgreSQL. */
class DuplicateAndNewMediaQueryTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void duplicatesBySameDocumentNumberOrNormalisedTitleInTheSameYearAcrossUnits(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            Long[] ids = TestDatabase.inTransaction(em, e -> {
                RankingGroup g = StaffFixtures.group(e, "G");
                Unit a = StaffFixtures.unit(e, "A", "甲局", g);
                Unit b = StaffFixtures.unit(e, "B", "乙镇", g);
                ProactiveItem p1 = ProactiveSqlAgreementTest.item(
                        e, a, "关于印发《XX区2024年政务公开工作要点》的通知", "2024-03-01", "2024-03-05", false);
                ProactiveItem p2 = ProactiveSqlAgreementTest.item(
                        e, b, "关于印发 《ＸＸ区２０２４年政务公开工作要点》　的通知", "2024-03-02", "2024-03-06", false);
                ProactiveItem n1 = ProactiveSqlAgreementTest.item(e, a, "区政府关于某事项的决定", "2024-05-01", null, false);
                n1.setDocumentNumber("X政发〔2024〕3号");
                ProactiveItem n2 = ProactiveSqlAgreementTest.item(e, a, "某事项的决定（微信版）", "2024-05-02", null, false);
                n2.setDocumentNumber("X政发[2024]3号");
                // same title next year: another period, not a duplicate
                ProactiveItem other =
                        ProactiveSqlAgreementTest.item(e, b, "关于印发《XX区2024年政务公开工作要点》的通知", "2025-01-10", null, false);
                // cleared by a reviewer
                ProactiveItem c1 = ProactiveSqlAgreementTest.item(e, a, "通知", "2024-06-01", null, false);
                ProactiveItem c2 = ProactiveSqlAgreementTest.item(e, b, "通知", "2024-06-02", null, false);
                c2.markNotDuplicate(true, "assessor");
                // a document and its own interpretation carrying the same number
                ProactiveItem doc = ProactiveSqlAgreementTest.item(e, a, "规范性文件甲", "2024-07-01", "2024-07-02", true);
                doc.setDocumentNumber("X政规〔2024〕1号");
                ProactiveItem interp =
                        ProactiveSqlAgreementTest.item(e, a, "解读规范性文件甲", "2024-07-02", "2024-07-02", false);
                interp.setDocumentNumber("X政规〔2024〕1号");
                interp.interpret(doc);
                e.flush();
                return new Long[] {p1.getId(), p2.getId(), n1.getId(), n2.getId(), other.getId(), a.getId(), b.getId()};
            });
            List<DuplicatePair> pairs = TimelinessQueries.duplicates(em, null, null, null, null);
            assertEquals(2, pairs.size(), pairs.toString());
            DuplicatePair byTitle = pairs.get(0);
            assertEquals(ids[0], byTitle.firstId());
            assertEquals(ids[1], byTitle.secondId());
            assertEquals("TITLE", byTitle.reason());
            assertTrue(byTitle.isAcrossUnits(), "多头发布");
            DuplicatePair byNumber = pairs.get(1);
            assertEquals(ids[2], byNumber.firstId());
            assertEquals(ids[3], byNumber.secondId());
            assertEquals("DOCUMENT_NUMBER", byNumber.reason());
            assertFalse(byNumber.isAcrossUnits(), "重复发布");
            assertEquals(
                    1,
                    TimelinessQueries.duplicates(em, ids[6], null, null, null).size(),
                    "unit B has one pair");
            assertEquals(
                    1,
                    TimelinessQueries.duplicates(em, null, null, d("2024-04-01"), d("2024-12-31"))
                            .size());
        } finally {
            em.close();
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aUnitSeesAnotherUnitsSideOfAPairOnlyOnceItIsPublished(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            Long[] ids = TestDatabase.inTransaction(em, e -> {
                RankingGroup g = StaffFixtures.group(e, "G");
                Unit a = StaffFixtures.unit(e, "A", "甲局", g);
                Unit b = StaffFixtures.unit(e, "B", "乙镇", g);
                // A's draft repeats B's published notice; B's draft repeats A's published plan
                ProactiveItem bPublished =
                        ProactiveSqlAgreementTest.item(e, b, "关于开展安全检查的通知", "2024-03-01", "2024-03-04", false);
                ProactiveItem aDraft = ProactiveSqlAgreementTest.item(e, a, "关于开展安全检查的通知", "2024-03-02", null, false);
                ProactiveItem aPublished =
                        ProactiveSqlAgreementTest.item(e, a, "年度工作计划", "2024-04-01", "2024-04-02", false);
                ProactiveItem bDraft = ProactiveSqlAgreementTest.item(e, b, "年度工作计划", "2024-04-03", null, false);
                e.flush();
                return new Long[] {
                    a.getId(), b.getId(), bPublished.getId(), aDraft.getId(), aPublished.getId(), bDraft.getId()
                };
            });
            Long a = ids[0];
            Long b = ids[1];
            assertEquals(
                    2, TimelinessQueries.duplicates(em, a, null, null, null).size(), "a district reader sees both");
            List<DuplicatePair> asA = TimelinessQueries.duplicates(em, a, a, null, null);
            assertEquals(1, asA.size(), asA.toString());
            assertEquals(ids[2], asA.get(0).firstId(), "B's published notice");
            assertEquals(ids[3], asA.get(0).secondId(), "A's own draft");
            List<DuplicatePair> asB = TimelinessQueries.duplicates(em, b, b, null, null);
            assertEquals(1, asB.size(), asB.toString());
            assertEquals(ids[4], asB.get(0).firstId(), "A's published plan");
            assertEquals(ids[5], asB.get(0).secondId(), "B's own draft");
        } finally {
            em.close();
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void failingAndZombieAccountsAtACheckDateAgreeWithJava(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            List<NewMediaAccount> accounts = TestDatabase.inTransaction(em, e -> {
                RankingGroup g = StaffFixtures.group(e, "G");
                Unit a = StaffFixtures.unit(e, "A", "甲局", g);
                Unit b = StaffFixtures.unit(e, "B", "乙镇", g);
                // check 2024-06-15: veto threshold 06-01, zombie threshold 03-15
                NewMediaAccount fresh = account(e, a, "更新及时", "2023-01-01", "2024-05-20", "2024-06-01", "2024-06-20");
                NewMediaAccount veto = account(e, a, "两周未更新", "2023-01-01", "2024-05-31");
                NewMediaAccount zombie = account(e, b, "僵尸号", "2023-01-01", "2024-03-14");
                NewMediaAccount silentNew = account(e, b, "新开无更新", "2024-06-05");
                NewMediaAccount never = account(e, b, "从未更新", "2024-01-05");
                NewMediaAccount closed = account(e, b, "已关停", "2023-01-01", "2023-05-01");
                closed.close(d("2024-06-10"));
                NewMediaAccount notYet = account(e, a, "尚未开设", "2024-07-01");
                e.flush();
                return List.of(fresh, veto, zombie, silentNew, never, closed, notYet);
            });
            DisclosureSettings s = DisclosureSettings.STATUTORY;
            LocalDate check = d("2024-06-15");
            List<NewMediaRow> all = TimelinessQueries.newMedia(em, s, check, null, false);
            assertEquals(5, all.size(), "closed and not-yet-opened accounts are not checked");
            Map<Long, NewMediaRow> byId = all.stream().collect(Collectors.toMap(NewMediaRow::id, Function.identity()));
            for (NewMediaAccount account : accounts) {
                NewMediaCheck java = account.check(check, s.vetoDays(), s.zombieMonths());
                NewMediaRow row = byId.get(account.getId());
                if (java == null) {
                    assertEquals(null, row, account.getAccountName());
                    continue;
                }
                assertEquals(java.vetoFailed(), row.vetoFailed(), account.getAccountName());
                assertEquals(java.zombie(), row.zombie(), account.getAccountName());
            }
            List<String> failing = TimelinessQueries.newMedia(em, s, check, null, true).stream()
                    .map(NewMediaRow::accountName)
                    .toList();
            assertEquals(List.of("两周未更新", "从未更新", "僵尸号"), failing, "by unit, longest silent first");
            assertEquals(
                    d("2024-06-01"),
                    byId.get(accounts.get(0).getId()).lastUpdate(),
                    "the 06-20 post is after the check");

            List<UnitNewMediaCounts> counts = TimelinessQueries.newMediaCounts(em, s, check, null);
            assertEquals(2, counts.size());
            assertEquals(2, counts.get(0).accounts(), "A: 更新及时, 两周未更新");
            assertEquals(1, counts.get(0).vetoFailed());
            assertEquals(0, counts.get(0).zombies());
            assertEquals(3, counts.get(1).accounts(), "B: 僵尸号, 新开无更新, 从未更新");
            assertEquals(2, counts.get(1).vetoFailed());
            assertEquals(2, counts.get(1).zombies(), "僵尸号 (03-14), 从未更新 (opened 01-05)");
        } finally {
            em.close();
            emf.close();
        }
    }

    private static NewMediaAccount account(EntityManager em, Unit unit, String name, String opened, String... updates) {
        NewMediaAccount account = new NewMediaAccount(unit, MediaPlatform.WECHAT, name, d(opened));
        for (String u : updates) {
            account.recordUpdate(d(u), UpdateSource.POST);
        }
        em.persist(account);
        return account;
    }
}
