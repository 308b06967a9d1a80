package org.kaocheng.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.disclosure.application.ConcernResponseService;
import org.kaocheng.disclosure.application.PressEventService;
import org.kaocheng.disclosure.application.PublicityEventService;
import org.kaocheng.disclosure.application.PublicityEventService.PublicityForm;
import org.kaocheng.disclosure.application.ReadingPointService;
import org.kaocheng.disclosure.application.ReadingPointService.EntryForm;
import org.kaocheng.disclosure.application.ReadingPointService.ReadingPointForm;
import org.kaocheng.disclosure.domain.ConcernChannel;
import org.kaocheng.disclosure.domain.PressEvent;
import org.kaocheng.disclosure.domain.PressEventKind;
import org.kaocheng.disclosure.domain.PublicityEvent;
import org.kaocheng.disclosure.domain.ReadingPoint;
import org.kaocheng.disclosure.domain.ReadingPointEntry;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.security.UserAccount;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.unit.domain.Unit;

/**
 * The work-summary registers: their rules (dates in order, counts not negative, entries while a
 * point is open), the unit scope of operators whatever id they send, stale edits refused, and
 * every change written to the audit trail; on H2 and PostgreSQL.
 */
class WorkSummaryRegistersTest {

    static final LocalDate TODAY = DisclosureServiceAccessTest.TODAY;

    static <T> T wire(T service, EntityManager em, UserAccount account) {
        ServiceWiring.wire(service, em, account, TODAY);
        ServiceWiring.set(service, "items", DisclosureServiceAccessTest.items(em, account));
        return service;
    }

    static PageRequest filter(Object unitId, Object year) {
        java.util.HashMap<String, Object> f = new java.util.HashMap<>();
        if (unitId != null) {
            f.put("unitId", unitId);
        }
        if (year != null) {
            f.put("year", year);
        }
        return new PageRequest(0, 20, null, true, Map.copyOf(f));
    }

    static PublicityForm publicity(Long unit, String start, String end, Long consultations) {
        return new PublicityForm(
                unit, d(start), end == null ? null : d(end), "政策宣讲", "广场", false, consultations, 0L, 0L);
    }

    static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    static String ruleOf(Runnable work) {
        return assertThrows(BusinessRuleException.class, work::run).getMessageKey();
    }

    @Test
    void theRulesRefuseWrongDatesNegativeCountsAndEntriesOutsideTheOpening() {
        Unit unit = new Unit("X", "某局", org.kaocheng.unit.domain.UnitCategory.DEPARTMENT, null, null);
        assertEquals(
                "disclosure.publicity.endBeforeStart",
                ruleOf(() -> new PublicityEvent(unit, d("2025-05-03"), d("2025-05-02"), "活动")));
        PublicityEvent oneDay = new PublicityEvent(unit, d("2025-05-03"), null, "活动");
        assertEquals(d("2025-05-03"), oneDay.getEndsOn(), "no end: a one-day event");
        assertEquals("disclosure.register.negative", ruleOf(() -> oneDay.setReach(-1L, 0L, 0L)));
        assertEquals("disclosure.publicity.venue.required", ruleOf(() -> oneDay.setVenue(" ", false)));
        assertEquals(
                "disclosure.publicity.title.required",
                ruleOf(() -> new PublicityEvent(unit, d("2025-05-03"), null, " ")));
        assertEquals(
                "disclosure.press.kind.required",
                ruleOf(() -> new PressEvent(unit, d("2025-05-03"), null, "发布会", null)));
        ReadingPoint point = new ReadingPoint(unit, "查阅点", "某路1号", d("2025-03-15"));
        assertEquals(
                "disclosure.readingPoint.closedBeforeOpened",
                ruleOf(() -> point.setPeriod(d("2025-03-15"), d("2025-03-14"))));
        assertEquals(
                "disclosure.readingPoint.entryOutside", ruleOf(() -> point.record(d("2025-03-14"), false, 1L, 0L)));
        ReadingPointEntry march = point.record(d("2025-03-02"), true, 4L, 1L);
        assertEquals(d("2025-03-01"), march.getServedOn(), "a month is kept as its first day; March was partly open");
        assertEquals("disclosure.register.negative", ruleOf(() -> point.record(d("2025-04-02"), false, 0L, -2L)));
        assertEquals(
                "disclosure.readingPoint.entryOutside",
                ruleOf(() -> point.setPeriod(d("2025-04-01"), null)),
                "an entry would fall outside");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRegisterListsTheLatestFirstUntilSortedByAColumn(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            DisclosureServiceAccessTest.World w = DisclosureServiceAccessTest.world(em);
            UserAccount operator = DisclosureServiceAccessTest.account(em, "op_a", Role.UNIT_OPERATOR, w.unitA());
            PressEventService press = wire(new PressEventService(), em, operator);
            for (String day : List.of("2025-03-01", "2025-09-01", "2025-05-01")) {
                DisclosureServiceAccessTest.call(
                        em,
                        () -> press.create(new PressEventService.PressEventForm(
                                w.unitA(), d(day), PressEventKind.PRESS_CONFERENCE, "发布会" + day, null)));
            }
            assertEquals(
                    List.of(d("2025-09-01"), d("2025-05-01"), d("2025-03-01")),
                    press.page(filter(null, null)).rows().stream()
                            .map(PressEvent::getHeldOn)
                            .toList());
            assertEquals(
                    d("2025-03-01"),
                    press.page(new PageRequest(0, 20, "heldOn", true, java.util.Map.of()))
                            .rows()
                            .get(0)
                            .getHeldOn());
        } finally {
            em.close();
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anOperatorKeepsOnlyTheirOwnUnitsRegistersWhateverIdArrives(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            DisclosureServiceAccessTest.World w = DisclosureServiceAccessTest.world(em);
            UserAccount operatorA = DisclosureServiceAccessTest.account(em, "op_a", Role.UNIT_OPERATOR, w.unitA());
            UserAccount operatorB = DisclosureServiceAccessTest.account(em, "op_b", Role.UNIT_OPERATOR, w.unitB());
            UserAccount assessor = DisclosureServiceAccessTest.account(em, "assessor", Role.ASSESSOR, null);
            PressEventService pressA = wire(new PressEventService(), em, operatorA);
            PressEventService pressB = wire(new PressEventService(), em, operatorB);
            PublicityEventService publicityA = wire(new PublicityEventService(), em, operatorA);
            PublicityEventService publicityB = wire(new PublicityEventService(), em, operatorB);
            ReadingPointService pointsA = wire(new ReadingPointService(), em, operatorA);
            ReadingPointService pointsB = wire(new ReadingPointService(), em, operatorB);
            ConcernResponseService concernsA = wire(new ConcernResponseService(), em, operatorA);

            PressEvent pressOfB = DisclosureServiceAccessTest.call(
                    em,
                    () -> pressB.create(new PressEventService.PressEventForm(
                            w.unitB(), d("2025-04-01"), PressEventKind.PRESS_CONFERENCE, "乙镇发布会", null)));
            PublicityEvent eventOfB = DisclosureServiceAccessTest.call(
                    em, () -> publicityB.create(publicity(w.unitB(), "2025-05-01", "2025-05-02", 30L)));
            ReadingPoint pointOfB = DisclosureServiceAccessTest.call(
                    em, () -> pointsB.create(new ReadingPointForm(w.unitB(), "乙镇查阅点", "乙路1号", d("2024-01-01"), null)));
            ReadingPointEntry entryOfB = DisclosureServiceAccessTest.call(
                    em,
                    () -> pointsB.record(
                            pointOfB.getId(), pointOfB.getVersion(), new EntryForm(d("2025-06-01"), true, 20L, 3L)));
            // A's own records, which A's unfiltered lists and totals must show (and only them)
            DisclosureServiceAccessTest.call(
                    em,
                    () -> pressA.create(new PressEventService.PressEventForm(
                            w.unitA(), d("2025-04-03"), PressEventKind.ONLINE_INTERVIEW, "甲局在线访谈", null)));
            DisclosureServiceAccessTest.call(
                    em, () -> publicityA.create(publicity(w.unitA(), "2025-05-03", null, 12L)));

            // operator A: creating for B, reading, changing or deleting B's records, listing B: all refused
            assertThrows(
                    AccessDeniedException.class,
                    () -> DisclosureServiceAccessTest.call(
                            em,
                            () -> pressA.create(new PressEventService.PressEventForm(
                                    w.unitB(), d("2025-04-02"), PressEventKind.PRESS_CONFERENCE, "x", null))));
            assertThrows(AccessDeniedException.class, () -> pressA.get(pressOfB.getId()));
            assertThrows(
                    AccessDeniedException.class,
                    () -> DisclosureServiceAccessTest.call(
                            em,
                            () -> pressA.update(
                                    pressOfB.getId(),
                                    pressOfB.getVersion(),
                                    new PressEventService.PressEventForm(
                                            w.unitB(), d("2025-04-01"), PressEventKind.PRESS_CONFERENCE, "改", null))));
            assertThrows(
                    AccessDeniedException.class,
                    () -> DisclosureServiceAccessTest.run(
                            em, () -> pressA.delete(pressOfB.getId(), pressOfB.getVersion())));
            assertThrows(AccessDeniedException.class, () -> pressA.page(filter(w.unitB(), null)));
            assertThrows(AccessDeniedException.class, () -> pressA.totals(w.unitB(), 2025));
            assertThrows(
                    AccessDeniedException.class,
                    () -> DisclosureServiceAccessTest.call(
                            em,
                            () -> publicityA.update(
                                    eventOfB.getId(),
                                    eventOfB.getVersion(),
                                    publicity(w.unitB(), "2025-05-01", null, 99L))));
            assertThrows(AccessDeniedException.class, () -> pointsA.entries(pointOfB.getId(), filter(null, null)));
            assertThrows(
                    AccessDeniedException.class,
                    () -> DisclosureServiceAccessTest.call(
                            em,
                            () -> pointsA.record(
                                    pointOfB.getId(),
                                    pointOfB.getVersion(),
                                    new EntryForm(d("2025-07-01"), false, 1L, 1L))));
            assertThrows(
                    AccessDeniedException.class,
                    () -> DisclosureServiceAccessTest.call(
                            em,
                            () -> pointsA.changeEntry(
                                    entryOfB.getId(),
                                    entryOfB.getVersion(),
                                    new EntryForm(d("2025-06-01"), true, 999L, 0L))));
            assertThrows(AccessDeniedException.class, () -> concernsA.page(filter(w.unitB(), 2025)));
            assertEquals(
                    List.of("甲局在线访谈"),
                    pressA.page(filter(null, null)).rows().stream()
                            .map(PressEvent::getTitle)
                            .toList(),
                    "an unfiltered list is the operator's own unit");
            assertEquals(1, publicityA.totals(null, 2025).events(), "totals too");
            assertEquals(12, publicityA.totals(null, 2025).consultations(), "A's 12 people, not B's 30");

            em.clear();
            assertEquals("乙镇发布会", em.find(PressEvent.class, pressOfB.getId()).getTitle(), "unchanged");
            assertEquals(30, em.find(PublicityEvent.class, eventOfB.getId()).getConsultations(), "unchanged");
            assertEquals(20, em.find(ReadingPointEntry.class, entryOfB.getId()).getVisits(), "unchanged");

            // the assessor reads every unit but records nothing
            PressEventService pressAssessor = wire(new PressEventService(), em, assessor);
            assertEquals(1, pressAssessor.page(filter(w.unitB(), "2025")).total());
            assertEquals(0, pressAssessor.page(filter(w.unitB(), "2024")).total(), "the year filter");
            assertEquals(1, pressAssessor.totals(null, 2025).conferences());
            assertThrows(
                    AccessDeniedException.class,
                    () -> DisclosureServiceAccessTest.call(
                            em,
                            () -> pressAssessor.create(new PressEventService.PressEventForm(
                                    w.unitB(), d("2025-04-02"), PressEventKind.PRESS_CONFERENCE, "x", null))));
        } finally {
            em.close();
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aStaleEditIsRefusedNothingIsHalfSavedAndChangesAreAudited(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            DisclosureServiceAccessTest.World w = DisclosureServiceAccessTest.world(em);
            UserAccount operatorA = DisclosureServiceAccessTest.account(em, "op_a", Role.UNIT_OPERATOR, w.unitA());
            PublicityEventService publicity = wire(new PublicityEventService(), em, operatorA);
            ConcernResponseService concerns = wire(new ConcernResponseService(), em, operatorA);
            PublicityEvent created = DisclosureServiceAccessTest.call(
                    em, () -> publicity.create(publicity(w.unitA(), "2025-05-01", null, 10L)));
            int version = created.getVersion();
            DisclosureServiceAccessTest.call(
                    em,
                    () -> publicity.update(
                            created.getId(), version, publicity(w.unitA(), "2025-05-01", "2025-05-02", 12L)));
            assertThrows(
                    OptimisticLockException.class,
                    () -> DisclosureServiceAccessTest.call(
                            em,
                            () -> publicity.update(
                                    created.getId(), version, publicity(w.unitA(), "2025-05-01", null, 99L))),
                    "edited since it was read");
            em.clear();
            PublicityEvent now = em.find(PublicityEvent.class, created.getId());
            int current = now.getVersion();
            assertEquals(12, now.getConsultations());
            // a wrong end date leaves the record as it was (the rule is checked before anything changes)
            assertThrows(
                    BusinessRuleException.class,
                    () -> DisclosureServiceAccessTest.call(
                            em,
                            () -> publicity.update(
                                    created.getId(), current, publicity(w.unitA(), "2025-05-03", "2025-05-01", 50L))));
            em.clear();
            assertEquals(12, em.find(PublicityEvent.class, created.getId()).getConsultations());
            assertEquals(
                    d("2025-05-02"),
                    em.find(PublicityEvent.class, created.getId()).getEndsOn());

            DisclosureServiceAccessTest.call(
                    em,
                    () -> concerns.create(new ConcernResponseService.ConcernForm(
                            w.unitA(), d("2025-02-02"), "燃气安全", ConcernChannel.WEBSITE, true)));
            long audited = ((Number)
                            em.createNativeQuery("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'PublicityEvent'"
                                            + " AND entity_id = '" + created.getId() + "'")
                                    .getSingleResult())
                    .longValue();
            assertEquals(2, audited, "created and updated once");
            long concernAudit = ((Number) em.createNativeQuery(
                                    "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'ConcernResponse' AND action = 'CREATE'")
                            .getSingleResult())
                    .longValue();
            assertEquals(1, concernAudit);
            assertTrue(concerns.totals(null, 2025).major() == 1);
        } finally {
            em.close();
            emf.close();
        }
    }
}
