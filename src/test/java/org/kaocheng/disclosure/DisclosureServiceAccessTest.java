package org.kaocheng.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.disclosure.application.ApplicationQuery;
import org.kaocheng.disclosure.application.ApplicationService;
import org.kaocheng.disclosure.application.ItemQuery;
import org.kaocheng.disclosure.application.NewMediaService;
import org.kaocheng.disclosure.application.ProactiveItemService;
import org.kaocheng.disclosure.domain.AnswerOutcome;
import org.kaocheng.disclosure.domain.ApplicantType;
import org.kaocheng.disclosure.domain.InfoApplication;
import org.kaocheng.disclosure.domain.ItemState;
import org.kaocheng.disclosure.domain.MediaPlatform;
import org.kaocheng.disclosure.domain.NewMediaAccount;
import org.kaocheng.disclosure.domain.ProactiveItem;
import org.kaocheng.disclosure.domain.PublicationChannel;
import org.kaocheng.disclosure.domain.ReceiptChannel;
import org.kaocheng.disclosure.domain.UpdateSource;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.security.UserAccount;
import org.kaocheng.staff.StaffFixtures;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;

/**
 * A unit operator records and reads only their own unit's disclosure records, whatever id they
 * send; assessors read all and review duplicates; on H2 and PostgreSQL.
 */
class DisclosureServiceAccessTest {

    static final LocalDate TODAY = LocalDate.of(2024, 3, 12);

    record World(
            EntityManager em,
            Long unitA,
            Long unitB,
            ProactiveItem itemB,
            InfoApplication applicationB,
            NewMediaAccount accountB) {}

    static World world(EntityManager em) {
        return TestDatabase.inTransaction(em, e -> {
            CalendarFixture.CHINA_2024_2026.insert(e);
            RankingGroup g = StaffFixtures.group(e, "G");
            Unit a = StaffFixtures.unit(e, "A", "甲局", g);
            Unit b = StaffFixtures.unit(e, "B", "乙镇", g);
            ProactiveItem item = ProactiveSqlAgreementTest.item(e, b, "乙镇事项", "2024-02-05", null, false);
            InfoApplication app = new InfoApplication(
                    b,
                    ReceiptChannel.IN_PERSON,
                    LocalDate.of(2024, 3, 4),
                    null,
                    null,
                    ApplicantType.NATURAL_PERSON,
                    "张三",
                    null,
                    "乙镇申请");
            e.persist(app);
            NewMediaAccount account = new NewMediaAccount(b, MediaPlatform.WEIBO, "乙镇发布", LocalDate.of(2023, 1, 1));
            e.persist(account);
            e.flush();
            return new World(em, a.getId(), b.getId(), item, app, account);
        });
    }

    static UserAccount account(EntityManager em, String name, Role role, Long unitId) {
        return TestDatabase.inTransaction(em, e -> {
            UserAccount u = new UserAccount(name, name, "x");
            u.setRoles(EnumSet.of(role));
            u.setUnitId(unitId);
            e.persist(u);
            return u;
        });
    }

    static <T> T call(EntityManager em, java.util.function.Supplier<T> work) {
        return TestDatabase.inTransaction(em, e -> {
            return work.get();
        });
    }

    static void run(EntityManager em, Runnable work) {
        TestDatabase.inTransaction(em, e -> {
            work.run();
            return null;
        });
    }

    static ProactiveItemService items(EntityManager em, UserAccount account) {
        ProactiveItemService s = new ProactiveItemService();
        ServiceWiring.wire(s, em, account, TODAY);
        return s;
    }

    static ApplicationService applications(EntityManager em, UserAccount account) {
        ApplicationService s = new ApplicationService();
        ServiceWiring.wire(s, em, account, TODAY);
        ServiceWiring.set(s, "items", items(em, account));
        return s;
    }

    static NewMediaService newMedia(EntityManager em, UserAccount account) {
        NewMediaService s = new NewMediaService();
        ServiceWiring.wire(s, em, account, TODAY);
        ServiceWiring.set(s, "items", items(em, account));
        return s;
    }

    static ProactiveItemService.ItemForm form(Long unitId, String title) {
        return new ProactiveItemService.ItemForm(
                unitId,
                title,
                null,
                "通知公告",
                false,
                LocalDate.of(2024, 2, 5),
                null,
                PublicationChannel.WEBSITE,
                null,
                null,
                null);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anOperatorCannotReadOrChangeAnotherUnitsRecordsById(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            World w = world(em);
            UserAccount operatorA = account(em, "op_a", Role.UNIT_OPERATOR, w.unitA());
            ProactiveItemService items = items(em, operatorA);
            ApplicationService apps = applications(em, operatorA);
            NewMediaService media = newMedia(em, operatorA);

            ProactiveItem own = call(em, () -> items.create(form(w.unitA(), "甲局事项")));
            assertEquals(w.unitA(), own.getUnit().getId());

            Long itemB = w.itemB().getId();
            Long appB = w.applicationB().getId();
            Long accountB = w.accountB().getId();
            assertThrows(AccessDeniedException.class, () -> call(em, () -> items.create(form(w.unitB(), "x"))));
            assertThrows(AccessDeniedException.class, () -> items.get(itemB));
            assertThrows(AccessDeniedException.class, () -> items.timeliness(itemB));
            assertThrows(
                    AccessDeniedException.class, () -> call(em, () -> items.update(itemB, 0, form(w.unitB(), "改"))));
            assertThrows(AccessDeniedException.class, () -> run(em, () -> items.delete(itemB, 0)));
            assertThrows(
                    AccessDeniedException.class,
                    () -> items.page(ItemQuery.all().withUnit(w.unitB()), 0, 10));
            assertThrows(AccessDeniedException.class, () -> run(em, () -> items.markNotDuplicate(itemB, true)));
            java.util.List<org.kaocheng.disclosure.application.ItemRow> ownRows =
                    items.page(ItemQuery.all(), 0, 10).rows();
            assertEquals(
                    java.util.List.of(own.getId()),
                    ownRows.stream().map(r -> r.id()).toList(),
                    "an unfiltered list holds the operator's own item, and only it");
            assertTrue(
                    ownRows.stream().allMatch(r -> r.unitId().equals(w.unitA())),
                    "an unfiltered list is the operator's own unit");

            assertThrows(AccessDeniedException.class, () -> apps.get(appB));
            assertThrows(AccessDeniedException.class, () -> apps.timeline(appB));
            assertThrows(
                    AccessDeniedException.class,
                    () -> run(em, () -> apps.answer(appB, 0, TODAY, AnswerOutcome.GRANTED)));
            assertThrows(AccessDeniedException.class, () -> run(em, () -> apps.startConsultation(appB, 0, TODAY)));
            assertThrows(
                    AccessDeniedException.class,
                    () -> apps.page(ApplicationQuery.all().withUnit(w.unitB()), 0, 10));
            assertEquals(0, apps.page(ApplicationQuery.all(), 0, 10).total());

            assertThrows(AccessDeniedException.class, () -> media.get(accountB));
            assertThrows(
                    AccessDeniedException.class,
                    () -> run(em, () -> media.recordUpdate(accountB, TODAY, UpdateSource.POST)));
            assertThrows(AccessDeniedException.class, () -> media.check(TODAY, w.unitB(), false));

            em.clear();
            assertEquals("乙镇事项", em.find(ProactiveItem.class, itemB).getTitle(), "unchanged");
            assertEquals(null, em.find(InfoApplication.class, appB).getAnsweredOn(), "unchanged");
        } finally {
            em.close();
            emf.close();
        }
    }

    /**
     * A document with interpretations cannot be deleted and stays normative (the interpretation
     * statements join interpretations to normative documents only); once unlinked it may change.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anInterpretedDocumentStaysNormativeUntilItsInterpretationsAreUnlinked(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            World w = world(em);
            UserAccount operatorA = account(em, "op_a", Role.UNIT_OPERATOR, w.unitA());
            ProactiveItemService items = items(em, operatorA);
            ProactiveItem document = call(em, () -> items.create(document(w.unitA(), true, null)));
            ProactiveItem interpretation = call(em, () -> items.create(document(w.unitA(), false, document.getId())));

            BusinessRuleException unflag = assertThrows(
                    BusinessRuleException.class,
                    () -> call(
                            em,
                            () -> items.update(
                                    document.getId(), version(em, document), document(w.unitA(), false, null))));
            assertEquals("disclosure.item.interpretedStaysNormative", unflag.getMessageKey());
            BusinessRuleException delete = assertThrows(
                    BusinessRuleException.class,
                    () -> run(em, () -> items.delete(document.getId(), version(em, document))));
            assertEquals("disclosure.item.hasInterpretations", delete.getMessageKey());
            em.clear();
            assertTrue(em.find(ProactiveItem.class, document.getId()).isNormative(), "unchanged");

            call(
                    em,
                    () -> items.update(
                            interpretation.getId(), version(em, interpretation), document(w.unitA(), false, null)));
            ProactiveItem unflagged = call(
                    em, () -> items.update(document.getId(), version(em, document), document(w.unitA(), false, null)));
            assertEquals(false, unflagged.isNormative());
        } finally {
            em.close();
            emf.close();
        }
    }

    /**
     * An external id already used by another item of the unit is refused with a message (the
     * unique key would end the request in an error page); the item keeps its own id on update,
     * and another unit may use the same id.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRepeatedExternalIdOfTheUnitIsRefusedWithAMessage(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            World w = world(em);
            UserAccount admin = account(em, "admin", Role.ADMIN, null);
            ProactiveItemService items = items(em, admin);
            ProactiveItem first = call(em, () -> items.create(withExternalId(w.unitA(), "首个", "CMS-9")));
            ProactiveItem other = call(em, () -> items.create(withExternalId(w.unitA(), "另一个", null)));

            BusinessRuleException created = assertThrows(
                    BusinessRuleException.class,
                    () -> call(em, () -> items.create(withExternalId(w.unitA(), "重复", " CMS-9 "))));
            assertEquals("disclosure.item.externalIdExists", created.getMessageKey());
            assertEquals(java.util.List.of("CMS-9"), java.util.List.of(created.getArguments()));
            BusinessRuleException updated = assertThrows(
                    BusinessRuleException.class,
                    () -> call(
                            em,
                            () -> items.update(
                                    other.getId(), version(em, other), withExternalId(w.unitA(), "另一个", "CMS-9"))));
            assertEquals("disclosure.item.externalIdExists", updated.getMessageKey());

            ProactiveItem kept = call(
                    em,
                    () -> items.update(first.getId(), version(em, first), withExternalId(w.unitA(), "首个（改）", "CMS-9")));
            assertEquals("首个（改）", kept.getTitle(), "an item keeps its own external id");
            call(em, () -> items.create(withExternalId(w.unitB(), "乙镇的", "CMS-9")));
            em.clear();
            assertEquals(
                    java.util.List.of("首个（改）"),
                    em.createQuery(
                                    "SELECT i.title FROM ProactiveItem i WHERE i.unit.id = :u AND i.externalId = 'CMS-9'",
                                    String.class)
                            .setParameter("u", w.unitA())
                            .getResultList());
            assertEquals(null, em.find(ProactiveItem.class, other.getId()).getExternalId(), "unchanged");
        } finally {
            em.close();
            emf.close();
        }
    }

    private static ProactiveItemService.ItemForm withExternalId(Long unitId, String title, String externalId) {
        return new ProactiveItemService.ItemForm(
                unitId,
                title,
                null,
                null,
                false,
                LocalDate.of(2024, 2, 5),
                null,
                PublicationChannel.WEBSITE,
                null,
                externalId,
                null);
    }

    /** The stored version (what a form read from the database carries). */
    private static int version(EntityManager em, ProactiveItem item) {
        em.clear();
        return em.find(ProactiveItem.class, item.getId()).getVersion();
    }

    private static ProactiveItemService.ItemForm document(Long unitId, boolean normative, Long interpretationOfId) {
        return new ProactiveItemService.ItemForm(
                unitId,
                normative ? "规范性文件" : "解读",
                null,
                null,
                normative,
                LocalDate.of(2024, 2, 5),
                LocalDate.of(2024, 2, 6),
                PublicationChannel.WEBSITE,
                null,
                null,
                interpretationOfId);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAssessorReadsEveryUnitReviewsDuplicatesButRecordsNothing(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            World w = world(em);
            UserAccount assessor = account(em, "assessor", Role.ASSESSOR, null);
            ProactiveItemService items = items(em, assessor);
            assertEquals("乙镇事项", items.get(w.itemB().getId()).getTitle());
            // formed Mon 2024-02-05, due 2024-03-08; unpublished on 03-12: overdue by 2 (03-11, 03-12)
            assertEquals(ItemState.OVERDUE, items.timeliness(w.itemB().getId()).state());
            assertEquals(2, items.timeliness(w.itemB().getId()).lateBy());
            assertEquals(
                    1, items.page(ItemQuery.all().withUnit(w.unitB()), 0, 10).total());
            run(em, () -> items.markNotDuplicate(w.itemB().getId(), true));
            em.clear();
            assertEquals(
                    "assessor", em.find(ProactiveItem.class, w.itemB().getId()).getNotDuplicateBy());
            assertThrows(AccessDeniedException.class, () -> call(em, () -> items.create(form(w.unitB(), "x"))));
            ApplicationService apps = applications(em, assessor);
            assertThrows(
                    AccessDeniedException.class,
                    () -> run(em, () -> apps.answer(w.applicationB().getId(), 0, TODAY, AnswerOutcome.GRANTED)));
        } finally {
            em.close();
            emf.close();
        }
    }

    /** An extension's approver is kept in 100 characters: more is refused with a message, nothing recorded. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anExtensionsApproverLongerThanItsColumnIsRefusedWithAMessage(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            World w = world(em);
            UserAccount operatorB = account(em, "op_b", Role.UNIT_OPERATOR, w.unitB());
            ApplicationService apps = applications(em, operatorB);
            Long id = w.applicationB().getId();
            em.clear();
            int version = em.find(InfoApplication.class, id).getVersion();
            BusinessRuleException refused = assertThrows(
                    BusinessRuleException.class,
                    () -> run(
                            em,
                            () -> apps.approveExtension(id, version, LocalDate.of(2024, 3, 20), 10, "批".repeat(101))));
            assertEquals("disclosure.application.extensionApproverTooLong", refused.getMessageKey());
            assertEquals(java.util.List.of(100), java.util.List.of(refused.getArguments()));
            em.clear();
            assertTrue(em.find(InfoApplication.class, id).getEvents().isEmpty(), "nothing recorded");

            run(em, () -> apps.approveExtension(id, version, LocalDate.of(2024, 3, 20), 10, "批".repeat(100)));
            em.clear();
            assertEquals(
                    "批".repeat(100),
                    em.find(InfoApplication.class, id).getEvents().get(0).getApprovedBy());
        } finally {
            em.close();
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theFeeCountsTheApplicantsEarlierItemsOfTheMonth(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            World w = world(em);
            UserAccount operatorB = account(em, "op_b", Role.UNIT_OPERATOR, w.unitB());
            ApplicationService apps = applications(em, operatorB);
            // 张三 already has the 1-item application of 03-04; add 7 items on 03-05 and 5 items on 03-06:
            // the 5 are items 9..13 of the month: 0 + 0 + 100 + 100 + 100 = 300.
            InfoApplication second = call(
                    em,
                    () -> apps.create(new ApplicationService.ApplicationForm(
                            w.unitB(),
                            null,
                            ReceiptChannel.IN_PERSON,
                            LocalDate.of(2024, 3, 5),
                            null,
                            null,
                            ApplicantType.NATURAL_PERSON,
                            "张三",
                            null,
                            "其他事项",
                            7,
                            null)));
            InfoApplication third = call(
                    em,
                    () -> apps.create(new ApplicationService.ApplicationForm(
                            w.unitB(),
                            null,
                            ReceiptChannel.IN_PERSON,
                            LocalDate.of(2024, 3, 6),
                            null,
                            null,
                            ApplicantType.NATURAL_PERSON,
                            " 张三 ",
                            null,
                            "再一事项",
                            5,
                            null)));
            assertEquals(BigDecimal.ZERO, apps.feeFor(second.getId()), "items 2..8");
            assertEquals(BigDecimal.valueOf(300), apps.feeFor(third.getId()));
            run(em, () -> apps.notifyFee(third.getId(), third.getVersion(), LocalDate.of(2024, 3, 7)));
            em.clear();
            assertEquals(
                    0,
                    new BigDecimal("300.00")
                            .compareTo(em.find(InfoApplication.class, third.getId())
                                    .getEvents()
                                    .get(0)
                                    .getAmount()));
        } finally {
            em.close();
            emf.close();
        }
    }
}
