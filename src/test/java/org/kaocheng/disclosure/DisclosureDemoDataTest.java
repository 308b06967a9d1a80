package org.kaocheng.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.disclosure.application.DisclosureDemoData;
import org.kaocheng.disclosure.application.DisclosureSettings;
import org.kaocheng.disclosure.application.TimelinessQueries;
import org.kaocheng.staff.StaffFixtures;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.unit.domain.RankingGroup;

/** The demo loader fills every kind of record once, and a second run adds nothing. */
class DisclosureDemoDataTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void loadsOnceAndItsRecordsWorkInTheQueries(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            TestDatabase.inTransaction(em, e -> {
                CalendarFixture.CHINA_2024_2026.insert(e);
                RankingGroup g = StaffFixtures.group(e, "G");
                StaffFixtures.unit(e, "A", "甲局", g);
                StaffFixtures.unit(e, "B", "乙镇", g);
                StaffFixtures.unit(e, "C", "丙街道", g);
            });
            DisclosureDemoData demo = new DisclosureDemoData();
            ServiceWiring.set(demo, "em", em);
            DisclosureServiceAccessTest.run(em, demo::load);
            long items = em.createQuery("SELECT COUNT(i) FROM ProactiveItem i", Long.class)
                    .getSingleResult();
            long apps = em.createQuery("SELECT COUNT(a) FROM InfoApplication a", Long.class)
                    .getSingleResult();
            long accounts = em.createQuery("SELECT COUNT(a) FROM NewMediaAccount a", Long.class)
                    .getSingleResult();
            assertTrue(items >= 45 && apps >= 6 && accounts >= 3, items + " " + apps + " " + accounts);
            DisclosureServiceAccessTest.run(em, demo::load);
            assertEquals(
                    items,
                    em.createQuery("SELECT COUNT(i) FROM ProactiveItem i", Long.class)
                            .getSingleResult());
            LocalDate today = LocalDate.now();
            assertEquals(
                    3,
                    TimelinessQueries.itemCounts(
                                    em,
                                    DisclosureSettings.STATUTORY,
                                    today,
                                    null,
                                    LocalDate.of(today.getYear() - 1, 1, 1),
                                    today)
                            .size());
            assertTrue(TimelinessQueries.duplicates(em, null, null, null, null).size() >= 1, "the demo's 多头发布");
        } finally {
            em.close();
            emf.close();
        }
    }
}
