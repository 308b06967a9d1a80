package org.kaocheng.training.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.training.TrainingFixture;

/**
 * The migration ships 8 hours a year and 30 days for inductions; a coordinator (or an
 * administrator) changes them within bounds, every change audited with old and new value; a stale
 * page cannot overwrite a newer save; nobody else may change them.
 */
class TrainingSettingsServiceTest {

    private static TrainingSettingsService service(EntityManager em, CurrentUser user) {
        TrainingSettingsService service = new TrainingSettingsService();
        service.em = em;
        service.user = user;
        return service;
    }

    private static TrainingSettingsService.Values values(String hours, int days) {
        return new TrainingSettingsService.Values(new BigDecimal(hours), days);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCoordinatorChangesTheRulesAuditedAndWithinBounds(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        ThreadContext.bind(new Subject.Builder(new DefaultSecurityManager())
                .principals(new SimplePrincipalCollection("coord", "test"))
                .authenticated(true)
                .buildSubject());
        try {
            TrainingSettingsService coordinator = service(em, TrainingFixture.coordinator());
            TrainingSettingsService.Values shipped = coordinator.current();
            assertEquals(0, new BigDecimal("8").compareTo(shipped.requiredHoursPerYear()));
            assertEquals(30, shipped.inductionDueDays());

            TrainingFixture.run(em, () -> coordinator.update(shipped, values("12.5", 30)));
            em.clear();
            assertEquals(
                    0, new BigDecimal("12.5").compareTo(TrainingSettings.of(em).requiredHoursPerYear()));
            assertEquals(30, TrainingSettings.of(em).inductionDueDays());
            List<?> rows = em.createNativeQuery("SELECT username, action, entity_id, old_values, new_values"
                            + " FROM audit_entry WHERE entity_type = 'AppSetting'")
                    .getResultList();
            assertEquals(1, rows.size(), "only the changed value is audited");
            Object[] row = (Object[]) rows.get(0);
            assertEquals("coord", row[0]);
            assertEquals("UPDATE", row[1]);
            assertEquals("training.requiredHoursPerYear", row[2]);
            assertTrue(String.valueOf(row[3]).contains("\"settingValue\":\"8\""), String.valueOf(row[3]));
            assertTrue(String.valueOf(row[4]).contains("\"settingValue\":\"12.5\""), String.valueOf(row[4]));

            // a page still showing the shipped values cannot overwrite the newer save
            assertThrows(
                    OptimisticLockException.class,
                    () -> TrainingFixture.run(em, () -> coordinator.update(shipped, values("6", 20))));
            // out of bounds: nothing saved
            TrainingSettingsService.Values now = coordinator.current();
            for (TrainingSettingsService.Values bad : List.of(
                    values("0", 30), values("200.5", 30), values("8.25", 30), values("8", 0), values("8", 366))) {
                assertThrows(
                        BusinessRuleException.class,
                        () -> TrainingFixture.run(em, () -> coordinator.update(now, bad)),
                        bad.toString());
            }
            // only administrators and coordinators
            TrainingSettingsService operator = service(em, TrainingFixture.operator(1L));
            assertThrows(
                    AccessDeniedException.class,
                    () -> TrainingFixture.run(em, () -> operator.update(now, values("6", 20))));
            em.clear();
            assertEquals(now.requiredHoursPerYear(), coordinator.current().requiredHoursPerYear());
            assertEquals(30, coordinator.current().inductionDueDays());
            assertEquals(
                    1L,
                    ((Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'AppSetting'")
                                    .getSingleResult())
                            .longValue());
        } finally {
            ThreadContext.unbindSubject();
            em.close();
            emf.close();
        }
    }
}
