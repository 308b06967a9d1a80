package org.kaocheng.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.staff.StaffFixtures;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;
import org.kaocheng.unit.domain.UnitCategory;

/**
 * A change the database refuses reaches the user as a message saying why (RefusalExceptionHandler),
 * found by its SQL state through the exceptions EclipseLink and the transaction wrap it in, the
 * same on H2 and PostgreSQL.
 */
class DatabaseRefusalTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void duplicateKeysTooLongValuesAndReferencesAreToldApart(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            Long groupId = TestDatabase.inTransaction(em, e -> {
                RankingGroup g = StaffFixtures.group(e, "G");
                StaffFixtures.unit(e, "U1", "甲局", g);
                e.flush();
                return g.getId();
            });
            assertEquals(
                    "error.database.duplicate",
                    refusal(
                            em,
                            e -> e.persist(new Unit("U1", "乙局", UnitCategory.DEPARTMENT, null, group(e, groupId)))));
            assertEquals(
                    "error.database.tooLong",
                    refusal(
                            em,
                            e -> e.createNativeQuery("UPDATE unit SET code = ?1")
                                    .setParameter(1, "X".repeat(500))
                                    .executeUpdate()));
            assertEquals(
                    "error.database.inUse",
                    refusal(
                            em,
                            e -> e.createNativeQuery("DELETE FROM ranking_group")
                                    .executeUpdate()));
            assertNull(RefusalExceptionHandler.databaseRefusal(new BusinessRuleException("some.rule")));
        } finally {
            em.close();
            emf.close();
        }
    }

    private static RankingGroup group(EntityManager em, Long id) {
        return em.find(RankingGroup.class, id);
    }

    /** The message key for what the work's transaction threw. */
    private static String refusal(EntityManager em, Consumer<EntityManager> work) {
        RuntimeException thrown = assertThrows(
                RuntimeException.class,
                () -> TestDatabase.inTransaction(em, e -> {
                    work.accept(e);
                    e.flush();
                }));
        em.clear();
        return RefusalExceptionHandler.databaseRefusal(thrown);
    }
}
