package org.kaocheng.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kaocheng.staff.StaffFixtures.group;
import static org.kaocheng.staff.StaffFixtures.unit;
import static org.kaocheng.training.TrainingFixture.tx;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.staff.application.PostingStarted;
import org.kaocheng.staff.application.StaffService;
import org.kaocheng.staff.domain.PostType;
import org.kaocheng.staff.domain.Staff;
import org.kaocheng.testsupport.RecordingEvent;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.training.application.TrainingTestAccess;
import org.kaocheng.training.domain.InductionRequirement;
import org.kaocheng.training.domain.InductionStatus;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;

/**
 * The staff registry's own posting changes (新任, 调岗, 兼任) create induction requirements in the
 * same transaction, through the PostingStarted event, as the container delivers it.
 */
class InductionFromStaffServiceTest {

    /** Delivers each event to the training observer, like a synchronous CDI observer. */
    private static final class Delivering extends RecordingEvent<PostingStarted> {
        private final TrainingTestAccess training;

        Delivering(TrainingTestAccess training) {
            this.training = training;
        }

        @Override
        public void fire(PostingStarted event) {
            super.fire(event);
            training.postingStarted(event);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void appointmentsAndTransfersInTheStaffRegistryCreateAndMoveInductionRequirements(TestDatabase db)
            throws Exception {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            Unit[] units = tx(em, () -> {
                RankingGroup g = group(em, "G");
                Unit a = unit(em, "A", "甲局", g);
                Unit b = unit(em, "B", "乙镇", g);
                em.flush();
                return new Unit[] {a, b};
            });
            CurrentUser admin = TrainingFixture.user("admin", null, Role.ADMIN);
            StaffService staff = new StaffService();
            set(staff, "em", em);
            set(staff, "user", admin);
            Delivering events = new Delivering(TrainingFixture.services(em, admin));
            set(staff, "postingStarted", events);

            Staff officer = tx(
                    em,
                    () -> staff.create(new StaffService.NewStaffForm(
                            units[0].getId(),
                            "新专员",
                            null,
                            null,
                            PostType.DESIGNATED_OFFICER,
                            LocalDate.of(2026, 1, 20),
                            null)));
            tx(em, () -> staff.appoint(officer.getId(), PostType.PART_TIME, LocalDate.of(2026, 1, 25), null));
            List<InductionRequirement> owed = requirements(em);
            assertEquals(1, owed.size(), "the part-time post owes no induction");
            assertEquals(LocalDate.of(2026, 2, 19), owed.get(0).getDueOn(), "2026-01-20 + 30 days");

            Staff fresh = em.find(Staff.class, officer.getId());
            tx(
                    em,
                    () -> staff.transfer(
                            fresh.getId(), fresh.getVersion(), units[1].getId(), LocalDate.of(2026, 2, 1), null));
            em.clear();
            List<InductionRequirement> after = requirements(em);
            assertEquals(2, after.size(), "A's requirement and B's new one; the part-time post moves without one");
            assertEquals(InductionStatus.SUPERSEDED, after.get(0).getStatus());
            assertEquals(LocalDate.of(2026, 2, 1), after.get(0).getClosedOn());
            assertEquals(units[1].getId(), after.get(1).getUnit().getId());
            assertEquals(LocalDate.of(2026, 3, 3), after.get(1).getDueOn(), "2026-02-01 + 30 days");
            assertEquals(4, events.fired.size(), "appointment, concurrent post, and both posts arriving in B");
        } finally {
            em.close();
            emf.close();
        }
    }

    private static List<InductionRequirement> requirements(EntityManager em) {
        return em.createQuery("SELECT r FROM InductionRequirement r ORDER BY r.id", InductionRequirement.class)
                .getResultList();
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
