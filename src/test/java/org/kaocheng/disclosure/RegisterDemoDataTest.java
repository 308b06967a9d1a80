package org.kaocheng.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.disclosure.application.RegisterDemoData;
import org.kaocheng.staff.StaffFixtures;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;
import org.kaocheng.unit.domain.UnitCategory;

/** The demo registers cover last year and this one, with a reading point per town, and load once. */
class RegisterDemoDataTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void loadsOnceWithLastYearsRecords(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            TestDatabase.inTransaction(em, e -> {
                RankingGroup g = StaffFixtures.group(e, "G");
                StaffFixtures.unit(e, "D25", "区政府办公室", g);
                e.persist(new Unit("T01", "东湖镇", UnitCategory.TOWN, null, g));
                e.persist(new Unit("S01", "城关街道", UnitCategory.STREET, null, g));
            });
            RegisterDemoData demo = new RegisterDemoData();
            ServiceWiring.set(demo, "em", em);
            DisclosureServiceAccessTest.run(em, demo::load);
            int lastYear = LocalDate.now().getYear() - 1;
            long points = em.createQuery("SELECT COUNT(p) FROM ReadingPoint p", Long.class)
                    .getSingleResult();
            assertEquals(3, points, "the service centre and one per town or street");
            long entries = em.createQuery(
                            "SELECT COUNT(e) FROM ReadingPointEntry e WHERE e.servedOn BETWEEN :f AND :t", Long.class)
                    .setParameter("f", LocalDate.of(lastYear, 1, 1))
                    .setParameter("t", LocalDate.of(lastYear, 12, 31))
                    .getSingleResult();
            assertEquals(36, entries, "twelve months of last year for each point");
            long press = em.createQuery(
                            "SELECT COUNT(e) FROM PressEvent e WHERE e.heldOn BETWEEN :f AND :t", Long.class)
                    .setParameter("f", LocalDate.of(lastYear, 1, 1))
                    .setParameter("t", LocalDate.of(lastYear, 12, 31))
                    .getSingleResult();
            assertEquals(8, press);
            assertTrue(em.createQuery("SELECT COUNT(e) FROM PublicityEvent e", Long.class)
                            .getSingleResult()
                    >= 2);
            DisclosureServiceAccessTest.run(em, demo::load);
            assertEquals(
                    points,
                    em.createQuery("SELECT COUNT(p) FROM ReadingPoint p", Long.class)
                            .getSingleResult());
        } finally {
            em.close();
            emf.close();
        }
    }
}
