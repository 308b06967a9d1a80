package org.kaocheng.appraisal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.staff.StaffFixtures;
import org.kaocheng.testsupport.TestDatabase;

class AppraisalDemoDataTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void createsTheDefaultSchemeAndAScoredDraftRunOnceOnly(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            TestDatabase.inTransaction(em, e -> {
                var dept = StaffFixtures.group(e, "DEPT");
                var town = StaffFixtures.group(e, "TOWN");
                for (int k = 1; k <= 4; k++) {
                    StaffFixtures.unit(e, "D" + k, "部门" + k, dept);
                    StaffFixtures.unit(e, "T" + k, "镇街" + k, town);
                }
            });
            AppraisalDemoData loader = new AppraisalDemoData();
            loader.em = em;
            loader.catalog = MetricCatalog.of(List.of());
            TestDatabase.inTransaction(em, (EntityManager e) -> {
                loader.load();
            });
            TestDatabase.inTransaction(em, (EntityManager e) -> {
                loader.load();
            });
            assertEquals(
                    1L,
                    ((Number) em.createNativeQuery("SELECT COUNT(*) FROM appraisal_scheme")
                                    .getSingleResult())
                            .longValue(),
                    "idempotent");
            assertEquals(
                    1L,
                    ((Number) em.createNativeQuery("SELECT COUNT(*) FROM appraisal_run WHERE status = 'DRAFT'")
                                    .getSingleResult())
                            .longValue());
            assertEquals(
                    8L,
                    ((Number) em.createNativeQuery("SELECT COUNT(*) FROM appraisal_unit_result")
                                    .getSingleResult())
                            .longValue());
            assertEquals(
                    24L,
                    ((Number) em.createNativeQuery("SELECT COUNT(*) FROM appraisal_adjustment")
                                    .getSingleResult())
                            .longValue(),
                    "3 manual indicators × 8 units");
            Number maxRank = (Number) em.createNativeQuery("SELECT MAX(rank_no) FROM appraisal_unit_result")
                    .getSingleResult();
            assertTrue(maxRank.intValue() <= 4, "ranked within groups of 4");
        } finally {
            em.close();
            emf.close();
        }
    }
}
