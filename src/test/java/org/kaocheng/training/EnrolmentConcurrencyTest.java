package org.kaocheng.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaocheng.staff.StaffFixtures.group;
import static org.kaocheng.staff.StaffFixtures.posting;
import static org.kaocheng.staff.StaffFixtures.staff;
import static org.kaocheng.staff.StaffFixtures.unit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.staff.domain.PostType;
import org.kaocheng.staff.domain.Staff;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.training.application.EnrolmentService.EnrolmentResult;
import org.kaocheng.training.domain.EnrolmentStatus;
import org.kaocheng.training.domain.TrainingSession;
import org.kaocheng.unit.domain.Unit;

/**
 * Two browsers enrolling into the last seat at the same moment must not overfill the session:
 * each enrolment runs in its own transaction on its own EntityManager (own connection), and the
 * second waits on the session row lock the first holds.
 */
class EnrolmentConcurrencyTest {

    private record Setup(Long sessionId, List<Long> staffIds) {}

    private static Setup setup(EntityManager em, int capacity, int people) {
        return TrainingFixture.tx(em, () -> {
            Unit a = unit(em, "A", "甲局", group(em, "G"));
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                Staff s = staff(em, a, "人" + i);
                posting(em, s, a, PostType.FULL_TIME, "2025-01-01", null, null);
                em.flush();
                ids.add(s.getId());
            }
            TrainingSession session = TrainingFixture.session(
                    em, TrainingFixture.course(em, "条例解读", "6", "1", null), LocalDate.of(2026, 3, 10), 1, capacity);
            return new Setup(session.getId(), ids);
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSecondEnrolmentWaitsForTheFirstAndGoesOnTheWaitlistWhenTheLastSeatIsTaken(TestDatabase db) throws Exception {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            EntityManager setupEm = emf.createEntityManager();
            Setup s = setup(setupEm, 1, 2);
            setupEm.close();
            CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
            long[] firstCommitsAt = new long[1];

            Future<EnrolmentResult> first = pool.submit(() -> {
                EntityManager em = emf.createEntityManager();
                try {
                    var t = TrainingFixture.services(em, TrainingFixture.coordinator());
                    em.getTransaction().begin();
                    EnrolmentResult r =
                            t.enrolments.enrol(s.sessionId(), s.staffIds().get(0));
                    firstHoldsTheLock.countDown();
                    // keep the transaction (and the session row lock) open while the second one tries
                    Thread.sleep(400);
                    // taken before the commit: the lock goes with the commit, and the second thread may
                    // run on before this one gets past commit() (seen in CI on a busy machine)
                    firstCommitsAt[0] = System.nanoTime();
                    em.getTransaction().commit();
                    return r;
                } finally {
                    em.close();
                }
            });
            Future<Object[]> second = pool.submit(() -> {
                assertTrue(firstHoldsTheLock.await(20, TimeUnit.SECONDS));
                EntityManager em = emf.createEntityManager();
                try {
                    var t = TrainingFixture.services(em, TrainingFixture.coordinator());
                    em.getTransaction().begin();
                    EnrolmentResult r =
                            t.enrolments.enrol(s.sessionId(), s.staffIds().get(1));
                    long decidedAt = System.nanoTime();
                    em.getTransaction().commit();
                    return new Object[] {r, decidedAt};
                } finally {
                    em.close();
                }
            });

            EnrolmentResult a = first.get(30, TimeUnit.SECONDS);
            Object[] b = second.get(30, TimeUnit.SECONDS);
            assertEquals(EnrolmentStatus.ENROLLED, a.status());
            assertEquals(EnrolmentStatus.WAITLISTED, ((EnrolmentResult) b[0]).status(), "capacity 1 is taken");
            assertFalse(
                    (long) b[1] < firstCommitsAt[0],
                    "the second decided only once the first was committing, 400 ms after it took the lock");
            assertEquals(List.of(1L, 1L), counts(emf, s.sessionId()), "1 seated, 1 waiting");
        } finally {
            pool.shutdownNow();
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void sixSimultaneousEnrolmentsFillThreeSeatsAndWaitlistTheRest(TestDatabase db) throws Exception {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            EntityManager setupEm = emf.createEntityManager();
            Setup s = setup(setupEm, 3, 6);
            setupEm.close();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<EnrolmentResult>> results = new ArrayList<>();
            for (Long staffId : s.staffIds()) {
                results.add(pool.submit(() -> {
                    EntityManager em = emf.createEntityManager();
                    try {
                        var t = TrainingFixture.services(em, TrainingFixture.coordinator());
                        start.await();
                        return TrainingFixture.tx(em, () -> t.enrolments.enrol(s.sessionId(), staffId));
                    } finally {
                        em.close();
                    }
                }));
            }
            start.countDown();
            long enrolled = 0;
            for (Future<EnrolmentResult> f : results) {
                if (f.get(60, TimeUnit.SECONDS).status() == EnrolmentStatus.ENROLLED) {
                    enrolled++;
                }
            }
            assertEquals(3, enrolled);
            assertEquals(List.of(3L, 3L), counts(emf, s.sessionId()));
        } finally {
            pool.shutdownNow();
            emf.close();
        }
    }

    private static List<Long> counts(EntityManagerFactory emf, Long sessionId) {
        EntityManager em = emf.createEntityManager();
        try {
            List<Long> counts = new ArrayList<>();
            for (EnrolmentStatus status : List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED)) {
                counts.add(em.createQuery(
                                "SELECT COUNT(e) FROM TrainingEnrolment e WHERE e.session.id = :s AND e.status = :st",
                                Long.class)
                        .setParameter("s", sessionId)
                        .setParameter("st", status)
                        .getSingleResult());
            }
            return counts;
        } finally {
            em.close();
        }
    }
}
