package org.kaocheng.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaocheng.staff.StaffFixtures.group;
import static org.kaocheng.staff.StaffFixtures.posting;
import static org.kaocheng.staff.StaffFixtures.staff;
import static org.kaocheng.staff.StaffFixtures.unit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.staff.domain.PostType;
import org.kaocheng.staff.domain.Staff;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.training.application.TrainingTestAccess;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;

/** The demo training year loads on both databases, has held sessions with completions and overdue inductions, and loads once. */
class TrainingDemoDataTest {

    /**
     * "Today" for the loader: mid-June, so that the first half of the year's sessions are held
     * (with attendance and completions) and the rest still open, whatever day the test runs.
     */
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 16);

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final Clock CLOCK =
            Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aYearOfTrainingLoadsOnceWithCompletionsAndOverdueInductions(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            int year = TODAY.getYear();
            TrainingFixture.run(em, () -> {
                RankingGroup g = group(em, "G");
                for (int u = 0; u < 8; u++) {
                    Unit unit = unit(em, "D" + u, "单位" + u, g);
                    for (int i = 0; i < 5; i++) {
                        Staff s = staff(em, unit, "人" + u + "-" + i);
                        PostType type = PostType.values()[i];
                        // officers and full-time staff appointed across last and this year: they owe induction
                        String start = i == 1 || i == 2
                                ? (year - 1) + "-" + String.format("%02d", 7 + u % 6) + "-10"
                                : "2022-01-01";
                        posting(em, s, unit, type, start, null, null);
                    }
                }
                em.flush();
            });
            TrainingFixture.run(em, () -> TrainingTestAccess.demo(em, CLOCK).load());
            long courses = count(em, "SELECT COUNT(c) FROM TrainingCourse c");
            assertEquals(6, courses);
            assertTrue(count(em, "SELECT COUNT(s) FROM TrainingSession s") >= 15);
            assertTrue(count(em, "SELECT COUNT(e) FROM TrainingEnrolment e") > 0);
            assertTrue(count(em, "SELECT COUNT(r) FROM InductionRequirement r") == 16, "2 of 5 per unit, 8 units");
            assertTrue(count(em, "SELECT COUNT(c) FROM TrainingCompletion c") > 0);
            assertTrue(count(em, "SELECT COUNT(a) FROM TrainingAttendance a") > 0);
            assertTrue(
                    em.createQuery(
                                            "SELECT COUNT(r) FROM InductionRequirement r WHERE r.dueOn < :today AND"
                                                    + " (r.closedOn IS NULL OR r.closedOn > r.dueOn)",
                                            Long.class)
                                    .setParameter("today", TODAY)
                                    .getSingleResult()
                            > 0,
                    "some inductions are overdue");

            TrainingFixture.run(em, () -> TrainingTestAccess.demo(em, CLOCK).load());
            assertEquals(6, count(em, "SELECT COUNT(c) FROM TrainingCourse c"), "a second start loads nothing");
        } finally {
            em.close();
            emf.close();
        }
    }

    private static long count(EntityManager em, String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }
}
