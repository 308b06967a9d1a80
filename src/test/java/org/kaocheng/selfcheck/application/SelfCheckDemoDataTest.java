package org.kaocheng.selfcheck.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.selfcheck.domain.CheckStatus;
import org.kaocheng.selfcheck.domain.EventAction;
import org.kaocheng.selfcheck.domain.Evidence;
import org.kaocheng.staff.StaffFixtures;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.unit.domain.RankingGroup;

/** The demo self-checks load on both databases, once, with the finished Q3 campaign the README promises. */
class SelfCheckDemoDataTest {

    @TempDir
    Path evidenceDir;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDemoHasAFinishedQuarterWithAReturnedAndCorrectedItemALateUnitAndVerifiableEvidence(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            TestDatabase.inTransaction(em, e -> {
                RankingGroup g = StaffFixtures.group(e, "G");
                for (int i = 1; i <= 5; i++) {
                    StaffFixtures.unit(e, "U" + i, "单位" + i, g);
                }
            });
            SelfCheckDemoData loader = new SelfCheckDemoData();
            loader.em = em;
            loader.store = EvidenceStore.in(evidenceDir);
            TestDatabase.inTransaction(em, (java.util.function.Consumer<EntityManager>) e -> loader.load());
            TestDatabase.inTransaction(em, (java.util.function.Consumer<EntityManager>) e -> loader.load());
            em.clear();

            assertEquals(
                    1L,
                    em.createQuery("SELECT COUNT(t) FROM ChecklistTemplate t", Long.class)
                            .getSingleResult(),
                    "loading twice adds nothing");
            List<Object[]> q3 = em.createQuery(
                            "SELECT s.status, s.late, COUNT(s) FROM SelfCheck s"
                                    + " WHERE s.campaign.periodLabel = '2026 Q3' GROUP BY s.status, s.late ORDER BY s.late",
                            Object[].class)
                    .getResultList();
            assertEquals(2, q3.size());
            assertEquals(CheckStatus.ACCEPTED, q3.get(0)[0]);
            assertEquals(4L, q3.get(0)[2], "four units on time");
            assertEquals(Boolean.TRUE, q3.get(1)[1]);
            assertEquals(1L, q3.get(1)[2], "one unit reopened and late");

            List<EventAction> corrected = em.createQuery(
                            "SELECT e.action FROM SelfCheckEvent e WHERE e.answer.id ="
                                    + " (SELECT MIN(x.answer.id) FROM SelfCheckEvent x WHERE x.action = :returned"
                                    + " AND x.selfCheck.campaign.periodLabel = '2026 Q3') ORDER BY e.at, e.id",
                            EventAction.class)
                    .setParameter("returned", EventAction.RETURNED)
                    .getResultList();
            assertEquals(
                    List.of(EventAction.SUBMITTED, EventAction.RETURNED, EventAction.RESUBMITTED, EventAction.ACCEPTED),
                    corrected);

            List<Evidence> evidence =
                    em.createQuery("SELECT e FROM Evidence e", Evidence.class).getResultList();
            assertTrue(evidence.size() >= 5 * 3, "three items need evidence in each Q3 self-check");
            EvidenceStore store = EvidenceStore.in(evidenceDir);
            for (Evidence e : evidence) {
                assertEquals(e.getSha256(), store.sha256(e.getStoredName()));
            }
            long q4States = em.createQuery(
                            "SELECT COUNT(DISTINCT s.status) FROM SelfCheck s"
                                    + " WHERE s.campaign.periodLabel = '2026 Q4'",
                            Long.class)
                    .getSingleResult();
            assertEquals(4, q4States, "Q4 shows not started, draft, submitted and returned units");
        } finally {
            em.close();
            emf.close();
        }
    }
}
