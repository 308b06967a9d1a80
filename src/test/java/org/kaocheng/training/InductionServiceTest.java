package org.kaocheng.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaocheng.staff.StaffFixtures.group;
import static org.kaocheng.staff.StaffFixtures.posting;
import static org.kaocheng.staff.StaffFixtures.staff;
import static org.kaocheng.staff.StaffFixtures.unit;
import static org.kaocheng.training.TrainingFixture.run;
import static org.kaocheng.training.TrainingFixture.tx;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.staff.application.PostingStarted;
import org.kaocheng.staff.domain.PostType;
import org.kaocheng.staff.domain.Posting;
import org.kaocheng.staff.domain.Staff;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.training.application.AttendanceService.Mark;
import org.kaocheng.training.application.EnrolmentService.EnrolmentResult;
import org.kaocheng.training.application.InductionService.InductionRow;
import org.kaocheng.training.application.TrainingTestAccess;
import org.kaocheng.training.domain.AttendanceStatus;
import org.kaocheng.training.domain.EnrolmentStatus;
import org.kaocheng.training.domain.InductionRequirement;
import org.kaocheng.training.domain.InductionStatus;
import org.kaocheng.training.domain.TrainingCourse;
import org.kaocheng.training.domain.TrainingSession;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;

/** Induction requirements from posting starts, the worklist, one-click enrolment, fulfilment; H2 and PostgreSQL. */
class InductionServiceTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void newOfficersOweInductionTransfersMoveItAndCompletingAnInductionCourseFulfilsIt(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            TrainingTestAccess t = TrainingFixture.services(em, TrainingFixture.coordinator());
            Object[] w = tx(em, () -> {
                RankingGroup g = group(em, "G");
                Unit a = unit(em, "A", "甲局", g);
                Unit b = unit(em, "B", "乙镇", g);
                Staff officer = staff(em, a, "新专员");
                Staff partTimer = staff(em, a, "兼职");
                Staff oldHand = staff(em, a, "老专员");
                em.flush();
                return new Object[] {a, b, officer, partTimer, oldHand};
            });
            Unit a = (Unit) w[0];
            Unit b = (Unit) w[1];
            Staff officer = (Staff) w[2];
            Staff partTimer = (Staff) w[3];
            Staff oldHand = (Staff) w[4];

            // 2026-01-20 + 30 days (the setting): 11 days of January, 19 of February → due 2026-02-19
            Posting p1 = start(em, t, officer, a, PostType.DESIGNATED_OFFICER, "2026-01-20");
            start(em, t, partTimer, a, PostType.PART_TIME, "2026-01-20");
            // 2025-12-01 + 30 → 2025-12-31; overdue on "today" (2026-03-02)
            start(em, t, oldHand, a, PostType.FULL_TIME, "2025-12-01");
            // a second post of the officer in the same unit on the same day owes nothing more
            start(em, t, officer, a, PostType.FULL_TIME, "2026-01-20");
            List<InductionRequirement> all = requirements(em);
            assertEquals(2, all.size(), "the part-timer owes none; the officer owes one");
            InductionRequirement first = of(all, officer);
            assertEquals(LocalDate.of(2026, 2, 19), first.getDueOn());
            assertEquals(p1.getId(), first.getPostingId());

            // worklist on 2026-03-02: both overdue, oldest due first; a unit operator of B sees none
            List<InductionRow> rows =
                    t.inductions.worklist(PageRequest.of(0, 20), 14).rows();
            assertEquals(
                    List.of("老专员", "新专员"),
                    rows.stream().map(InductionRow::staffName).toList());
            assertTrue(rows.get(0).overdue());
            assertEquals(-61, rows.get(0).daysLeft(), "due 2025-12-31, 61 days before 2026-03-02");
            TrainingTestAccess operatorB = TrainingFixture.services(em, TrainingFixture.operator(b.getId()));
            assertEquals(
                    0, operatorB.inductions.worklist(PageRequest.of(0, 20), 14).total());
            assertThrows(
                    AccessDeniedException.class,
                    () -> operatorB.inductions.worklist(
                            new PageRequest(0, 20, null, true, java.util.Map.of("unitId", a.getId())), 14));

            // transfer on 2026-02-10: A's requirement is superseded, B owes a new one due 2026-03-12
            Posting toB = tx(em, () -> {
                Posting p = posting(em, officer, b, PostType.DESIGNATED_OFFICER, "2026-02-10", null, null);
                em.flush();
                t.postingStarted(new PostingStarted(
                        p.getId(), officer.getId(), b.getId(), PostType.DESIGNATED_OFFICER, p.getStartDate()));
                return p;
            });
            em.clear();
            assertEquals(
                    InductionStatus.SUPERSEDED,
                    em.find(InductionRequirement.class, first.getId()).getStatus());
            InductionRequirement inB = requirements(em).stream()
                    .filter(r -> r.getPostingId().equals(toB.getId()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(LocalDate.of(2026, 3, 12), inB.getDueOn());
            assertEquals(b.getId(), inB.getUnit().getId());

            // one click: enrol in the next open induction session, then complete it
            TrainingSession induction = tx(em, () -> {
                TrainingCourse c = TrainingFixture.course(em, "新任专员岗前培训", "4", "1", null);
                c.makeInduction(null);
                return TrainingFixture.session(em, c, LocalDate.of(2026, 3, 5), 1, 30);
            });
            EnrolmentResult enrolled = tx(em, () -> t.inductions.enrolInNextSession(inB.getId()));
            assertEquals(EnrolmentStatus.ENROLLED, enrolled.status());
            assertEquals(
                    induction.getStartsOn() + "",
                    t.inductions.worklist(PageRequest.of(0, 20), 14).rows().stream()
                            .filter(r -> r.requirementId().equals(inB.getId()))
                            .findFirst()
                            .orElseThrow()
                            .enrolledSession()
                            .substring("新任专员岗前培训 ".length()));
            run(
                    em,
                    () -> t.attendance.record(
                            induction.getId(),
                            List.of(new Mark(
                                    enrolled.enrolmentId(),
                                    induction.getDays().get(0).getId(),
                                    AttendanceStatus.PRESENT))));
            assertEquals(1, (int) tx(em, () -> t.attendance.computeCompletions(induction.getId())));
            em.clear();
            InductionRequirement fulfilled = em.find(InductionRequirement.class, inB.getId());
            assertEquals(InductionStatus.FULFILLED, fulfilled.getStatus());
            assertEquals(LocalDate.of(2026, 3, 5), fulfilled.getClosedOn());
            assertTrue(!fulfilled.isOverdueOn(LocalDate.of(2026, 12, 31)), "trained before 2026-03-12");
            assertEquals(
                    List.of("老专员"),
                    t.inductions.worklist(PageRequest.of(0, 20), 14).rows().stream()
                            .map(InductionRow::staffName)
                            .toList());
        } finally {
            em.close();
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anInductionCourseDeadlineShorterThanTheSettingSetsTheDueDate(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            TrainingTestAccess t = TrainingFixture.services(em, TrainingFixture.coordinator());
            Staff s = tx(em, () -> {
                Unit a = unit(em, "A", "甲局", group(em, "G"));
                TrainingCourse c = TrainingFixture.course(em, "岗前", "4", "1", null);
                c.makeInduction(14);
                Staff x = staff(em, a, "新人");
                em.flush();
                return x;
            });
            start(em, t, s, s.getUnit(), PostType.FULL_TIME, "2026-02-20");
            // 2026-02-20 + 14 days: 8 left in February (28 days), 6 in March → 2026-03-06
            assertEquals(LocalDate.of(2026, 3, 6), requirements(em).get(0).getDueOn());
        } finally {
            em.close();
            emf.close();
        }
    }

    private static Posting start(
            EntityManager em, TrainingTestAccess t, Staff staff, Unit unit, PostType type, String on) {
        return tx(em, () -> {
            Posting p = posting(em, staff, unit, type, on, null, null);
            em.flush();
            t.postingStarted(new PostingStarted(p.getId(), staff.getId(), unit.getId(), type, p.getStartDate()));
            return p;
        });
    }

    private static List<InductionRequirement> requirements(EntityManager em) {
        return em.createQuery("SELECT r FROM InductionRequirement r ORDER BY r.id", InductionRequirement.class)
                .getResultList();
    }

    private static InductionRequirement of(List<InductionRequirement> all, Staff staff) {
        return all.stream()
                .filter(r -> r.getStaff().getId().equals(staff.getId()))
                .findFirst()
                .orElseThrow();
    }
}
