package org.kaocheng.report.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.disclosure.CalendarFixture;
import org.kaocheng.disclosure.application.DisclosureDemoData;
import org.kaocheng.platform.reporting.ReportEngine;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.staff.StaffFixtures;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.unit.domain.RankingGroup;

/**
 * After the demo loaders, every unit's and the district's report of the years with demo records
 * passes all checks and exports; a second run adds nothing.
 */
class AnnualReportDemoDataTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDemoDistrictsReportsAreCompleteAndConsistent(TestDatabase db) throws Exception {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            List<Long> units = TestDatabase.inTransaction(em, e -> {
                CalendarFixture.CHINA_2024_2026.insert(e);
                RankingGroup g = StaffFixtures.group(e, "G");
                return List.of(
                        StaffFixtures.unit(e, "A", "甲局", g).getId(),
                        StaffFixtures.unit(e, "B", "乙镇", g).getId());
            });
            DisclosureDemoData disclosure = new DisclosureDemoData();
            Field f = DisclosureDemoData.class.getDeclaredField("em");
            f.setAccessible(true);
            f.set(disclosure, em);
            TestDatabase.txRun(em, disclosure::load);
            AnnualReportDemoData demo = new AnnualReportDemoData();
            demo.em = em;
            TestDatabase.txRun(em, demo::load);
            TestDatabase.txRun(em, demo::load);
            assertEquals(
                    4L,
                    em.createQuery("SELECT COUNT(r) FROM AnnualRegister r", Long.class)
                            .getSingleResult());

            AnnualReportService s = new AnnualReportService();
            s.em = em;
            s.user = CurrentUser.of(AnnualReportFiguresTest.user(em, "assessor", Role.ASSESSOR, null));
            s.engine = new ReportEngine();
            int thisYear = LocalDate.now().getYear();
            for (int year = thisYear - 1; year <= thisYear; year++) {
                AnnualReport district = s.report(null, year);
                assertEquals(List.of(), district.problems(), "district " + year);
                assertTrue(district.texts().overview().contains("全区"));
                for (Long unit : units) {
                    assertEquals(List.of(), s.report(unit, year).problems(), "unit " + unit + " " + year);
                }
            }
            AnnualReport lastYear = s.report(null, thisYear - 1);
            assertTrue(
                    lastYear.applications().get(ApplicationTable.NEW, ApplicationTable.TOTAL) > 0, "demo applications");
            assertTrue(s.pdf(null, thisYear - 1, Locale.SIMPLIFIED_CHINESE).length > 10_000);
        } finally {
            em.close();
            emf.close();
        }
    }
}
