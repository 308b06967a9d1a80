package org.kaocheng.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kaocheng.staff.StaffFixtures.group;
import static org.kaocheng.staff.StaffFixtures.posting;
import static org.kaocheng.staff.StaffFixtures.staff;
import static org.kaocheng.staff.StaffFixtures.unit;
import static org.kaocheng.training.TrainingFixture.TODAY;
import static org.kaocheng.training.TrainingFixture.tx;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.staff.application.PostingStarted;
import org.kaocheng.staff.domain.PostType;
import org.kaocheng.staff.domain.Posting;
import org.kaocheng.staff.domain.Staff;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.training.application.TrainingReminderService.SessionReminder;
import org.kaocheng.training.application.TrainingTestAccess;
import org.kaocheng.training.domain.TrainingCourse;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;

/** Dashboard reminders on 2026-03-02, on H2 and PostgreSQL, scoped for a unit operator. */
class TrainingReminderTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void remindersShowSessionsStartingSoonDeadlinesAndInductionsInScope(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            TrainingTestAccess coordinator = TrainingFixture.services(em, TrainingFixture.coordinator());
            Unit[] units = tx(em, () -> {
                RankingGroup g = group(em, "G");
                Unit a = unit(em, "A", "甲局", g);
                Unit b = unit(em, "B", "乙镇", g);
                TrainingCourse c = TrainingFixture.course(em, "条例解读", "3", "1", null);
                // starts 03-05 (deadline 03-04), starts 03-20 (deadline 03-19): only the first is soon
                TrainingFixture.session(em, c, TODAY.plusDays(3), 1, 10);
                TrainingFixture.session(em, c, TODAY.plusDays(18), 1, 10);
                // A: due 2026-03-12 (soon) and 2026-02-01 (overdue); B: due 2026-03-10 (soon)
                started(em, coordinator, staff(em, a, "甲一"), a, "2026-02-10");
                started(em, coordinator, staff(em, a, "甲二"), a, "2026-01-02");
                started(em, coordinator, staff(em, b, "乙一"), b, "2026-02-08");
                return new Unit[] {a, b};
            });
            List<SessionReminder> soon = coordinator.reminders.startingSoon();
            assertEquals(
                    List.of(TODAY.plusDays(3)),
                    soon.stream().map(SessionReminder::day).toList());
            assertEquals(
                    List.of(TODAY.plusDays(2)),
                    coordinator.reminders.enrolmentClosing().stream()
                            .map(SessionReminder::day)
                            .toList(),
                    "the deadline is the day before the session");
            assertEquals(2, coordinator.reminders.inductions().dueSoon());
            assertEquals(1, coordinator.reminders.inductions().overdue());
            TrainingTestAccess operatorB = TrainingFixture.services(em, TrainingFixture.operator(units[1].getId()));
            assertEquals(1, operatorB.reminders.inductions().dueSoon(), "only B's own");
            assertEquals(0, operatorB.reminders.inductions().overdue());
        } finally {
            em.close();
            emf.close();
        }
    }

    private static void started(EntityManager em, TrainingTestAccess t, Staff s, Unit u, String on) {
        Posting p = posting(em, s, u, PostType.DESIGNATED_OFFICER, on, null, null);
        em.flush();
        t.postingStarted(
                new PostingStarted(p.getId(), s.getId(), u.getId(), PostType.DESIGNATED_OFFICER, p.getStartDate()));
    }
}
