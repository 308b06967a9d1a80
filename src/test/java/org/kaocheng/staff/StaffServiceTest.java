package org.kaocheng.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.security.UserAccount;
import org.kaocheng.staff.application.PostingStarted;
import org.kaocheng.staff.application.StaffFigures;
import org.kaocheng.staff.application.StaffRow;
import org.kaocheng.staff.application.StaffService;
import org.kaocheng.staff.application.StaffServiceAccess;
import org.kaocheng.staff.domain.PostType;
import org.kaocheng.staff.domain.Posting;
import org.kaocheng.staff.domain.PostingEnd;
import org.kaocheng.staff.domain.PostingStart;
import org.kaocheng.staff.domain.Staff;
import org.kaocheng.testsupport.RecordingEvent;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;

/** Posting actions through the service, with its access checks and audit trail, on both databases. */
class StaffServiceTest {

    private EntityManagerFactory emf;
    private EntityManager em;
    private Unit a;
    private Unit b;

    private StaffService service(Role role, Long unitId, RecordingEvent<PostingStarted> events) {
        UserAccount account = new UserAccount("tester", "测试", "x");
        account.setRoles(EnumSet.of(role));
        account.setUnitId(unitId);
        return StaffServiceAccess.create(em, CurrentUser.of(account), events);
    }

    private void setUp(TestDatabase db) {
        emf = TestDatabase.entityManagerFactory(db.create());
        em = emf.createEntityManager();
        TestDatabase.inTransaction(em, e -> {
            RankingGroup g = StaffFixtures.group(e, "G");
            a = StaffFixtures.unit(e, "A", "甲局", g);
            b = StaffFixtures.unit(e, "B", "乙镇", g);
        });
    }

    private void tearDown() {
        em.close();
        emf.close();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTransferEndsThePostsInTheOldUnitAndStartsThemInTheNewOnTheSameDay(TestDatabase db) {
        setUp(db);
        try {
            RecordingEvent<PostingStarted> events = new RecordingEvent<>();
            StaffService operator = service(Role.UNIT_OPERATOR, a.getId(), events);
            Staff s = TestDatabase.tx(
                    em,
                    () -> operator.create(new StaffService.NewStaffForm(
                            a.getId(),
                            "张三",
                            "13800000000",
                            null,
                            PostType.DESIGNATED_OFFICER,
                            LocalDate.of(2025, 3, 1),
                            "甲任〔2025〕1号")));
            TestDatabase.tx(
                    em, () -> operator.appoint(s.getId(), PostType.NEW_MEDIA_ADMIN, LocalDate.of(2025, 6, 1), null));
            em.clear();
            int version = em.find(Staff.class, s.getId()).getVersion();
            LocalDate day = LocalDate.of(2026, 4, 1);
            TestDatabase.tx(em, () -> operator.transfer(s.getId(), version, b.getId(), day, "调令"));
            em.clear();

            List<Posting> history = em.createNamedQuery("Posting.ofStaff", Posting.class)
                    .setParameter("staffId", s.getId())
                    .getResultList();
            assertEquals(4, history.size());
            long endedInA = history.stream()
                    .filter(p -> p.getUnit().getId().equals(a.getId())
                            && day.equals(p.getEndDate())
                            && p.getEndKind() == PostingEnd.TRANSFER)
                    .count();
            long startedInB = history.stream()
                    .filter(p -> p.getUnit().getId().equals(b.getId())
                            && day.equals(p.getStartDate())
                            && p.getStartKind() == PostingStart.TRANSFER
                            && p.isOpen())
                    .count();
            assertEquals(2, endedInA);
            assertEquals(2, startedInB);
            assertEquals(b.getId(), em.find(Staff.class, s.getId()).getUnit().getId());
            assertEquals(
                    PostingStart.CONCURRENT,
                    history.stream()
                            .filter(p -> p.getPostType() == PostType.NEW_MEDIA_ADMIN
                                    && p.getUnit().getId().equals(a.getId()))
                            .findFirst()
                            .orElseThrow()
                            .getStartKind(),
                    "the second post while holding one is 兼任");
            assertEquals(4, events.fired.size(), "appointment, concurrent post, two arrivals");
            long audited = em.createQuery(
                            "SELECT COUNT(e) FROM AuditEntry e WHERE e.entityType = 'Posting'"
                                    + " AND e.action = 'UPDATE' AND e.newValues LIKE '%TRANSFER%'",
                            Long.class)
                    .getSingleResult();
            assertEquals(
                    2,
                    audited,
                    "both ended postings are in the audit trail with their new values: "
                            + em
                                    .createQuery(
                                            "SELECT e FROM AuditEntry e", org.kaocheng.platform.audit.AuditEntry.class)
                                    .getResultList()
                                    .stream()
                                    .map(x -> x.getAction() + x.getEntityType() + x.getNewValues())
                                    .toList());
        } finally {
            tearDown();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anOperatorCannotReadOrChangeAnotherUnitsPeople(TestDatabase db) {
        setUp(db);
        try {
            Staff other = TestDatabase.inTransaction(em, e -> {
                Staff s = StaffFixtures.staff(e, b, "李四");
                StaffFixtures.posting(e, s, b, PostType.PART_TIME, "2024-01-01", null, null);
                return s;
            });
            Staff mine = TestDatabase.inTransaction(em, e -> {
                Staff s = StaffFixtures.staff(e, a, "张三");
                StaffFixtures.posting(e, s, a, PostType.PART_TIME, "2024-01-01", null, null);
                return s;
            });
            StaffService operator = service(Role.UNIT_OPERATOR, a.getId(), new RecordingEvent<>());
            assertThrows(AccessDeniedException.class, () -> operator.get(other.getId()));
            assertThrows(AccessDeniedException.class, () -> operator.history(other.getId()));
            assertThrows(
                    AccessDeniedException.class,
                    () -> TestDatabase.txRun(
                            em, () -> operator.leave(other.getId(), other.getVersion(), LocalDate.now())));
            assertThrows(
                    AccessDeniedException.class,
                    () -> TestDatabase.tx(
                            em,
                            () -> operator.create(new StaffService.NewStaffForm(
                                    b.getId(), "王五", null, null, PostType.PART_TIME, LocalDate.now(), null))));
            assertThrows(
                    AccessDeniedException.class,
                    () -> operator.page(new PageRequest(0, 10, null, true, java.util.Map.of("unitId", b.getId()))));
            List<StaffRow> own = operator.page(new PageRequest(0, 10, null, true, java.util.Map.of()))
                    .rows();
            assertEquals(
                    List.of(mine.getId()),
                    own.stream().map(StaffRow::id).toList(),
                    "an operator's list without a unit filter is still only their own unit");
        } finally {
            tearDown();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSamePostCannotBeHeldTwiceAtOnceAndStaleEditsAreRefused(TestDatabase db) {
        setUp(db);
        try {
            StaffService admin = service(Role.ADMIN, null, new RecordingEvent<>());
            Staff s = TestDatabase.tx(
                    em,
                    () -> admin.create(new StaffService.NewStaffForm(
                            a.getId(),
                            "赵六",
                            null,
                            "11010519491231002X",
                            PostType.FULL_TIME,
                            LocalDate.of(2025, 1, 1),
                            null)));
            BusinessRuleException overlap = assertThrows(
                    BusinessRuleException.class,
                    () -> TestDatabase.tx(
                            em, () -> admin.appoint(s.getId(), PostType.FULL_TIME, LocalDate.of(2025, 5, 1), null)));
            assertEquals("posting.overlap", overlap.getMessageKey());
            BusinessRuleException badId = assertThrows(
                    BusinessRuleException.class,
                    () -> TestDatabase.tx(
                            em,
                            () -> admin.create(new StaffService.NewStaffForm(
                                    a.getId(),
                                    "钱七",
                                    null,
                                    "110105194912310021",
                                    PostType.PART_TIME,
                                    LocalDate.now(),
                                    null))));
            assertEquals("staff.idCard.invalid", badId.getMessageKey());
            em.clear();
            int stale = em.find(Staff.class, s.getId()).getVersion();
            TestDatabase.tx(em, () -> admin.update(s.getId(), stale, new StaffService.StaffDetails("赵六六", null, null)));
            em.clear();
            assertThrows(
                    OptimisticLockException.class,
                    () -> TestDatabase.tx(
                            em,
                            () -> admin.update(s.getId(), stale, new StaffService.StaffDetails("赵六七", null, null))));
            em.clear();
            assertEquals("赵六六", em.find(Staff.class, s.getId()).getName(), "the stale edit overwrote nothing");
        } finally {
            tearDown();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void dashboardFiguresAreCountedForTheOperatorsUnit(TestDatabase db) {
        setUp(db);
        try {
            TestDatabase.inTransaction(em, e -> {
                Staff s1 = StaffFixtures.staff(e, a, "一");
                StaffFixtures.posting(e, s1, a, PostType.FULL_TIME, "2024-01-01", null, null);
                Staff s2 = StaffFixtures.staff(e, a, "二");
                StaffFixtures.posting(
                        e, s2, a, PostType.DESIGNATED_OFFICER, "2024-01-01", "2026-02-01", PostingEnd.LEAVE);
                Staff s3 = StaffFixtures.staff(e, b, "三");
                StaffFixtures.posting(e, s3, b, PostType.DESIGNATED_OFFICER, "2024-01-01", null, null);
            });
            StaffFigures figures = service(Role.UNIT_OPERATOR, a.getId(), new RecordingEvent<>())
                    .figures(LocalDate.of(2026, 11, 27));
            assertEquals(1, figures.staffInPost());
            assertEquals(1, figures.unitsWithoutOfficer(), "A lost its officer on 1 February");
            assertEquals(1, figures.postingChangesThisYear());
            assertEquals(1, figures.units());
            StaffFigures district =
                    service(Role.VIEWER, null, new RecordingEvent<>()).figures(LocalDate.of(2026, 11, 27));
            assertEquals(2, district.staffInPost());
            assertEquals(2, district.units());
        } finally {
            tearDown();
        }
    }
}
