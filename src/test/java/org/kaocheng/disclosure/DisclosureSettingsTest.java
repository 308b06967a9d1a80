package org.kaocheng.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.disclosure.application.DisclosureSettings;
import org.kaocheng.disclosure.application.DisclosureSettingsService;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.security.UserAccount;
import org.kaocheng.testsupport.TestDatabase;

/**
 * The migration ships the statutory periods; only an admin changes them, within bounds; every
 * change is audited (who, when, old and new value) and a stale page cannot overwrite a newer save.
 */
class DisclosureSettingsTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachChangedSettingIsAuditedWithWhoWhenAndOldAndNewValue(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        ThreadContext.bind(new Subject.Builder(new DefaultSecurityManager())
                .principals(new SimplePrincipalCollection("admin", "test"))
                .authenticated(true)
                .buildSubject());
        try {
            UserAccount admin = DisclosureServiceAccessTest.account(em, "admin", Role.ADMIN, null);
            DisclosureSettingsService service = new DisclosureSettingsService();
            ServiceWiring.set(service, "em", em);
            ServiceWiring.set(service, "user", org.kaocheng.platform.security.CurrentUser.of(admin));
            LocalDateTime before = LocalDateTime.now().minusSeconds(1);
            DisclosureSettings sameDay = new DisclosureSettings(20, 0, 20, 7, 20, 5, 180, 14, 3);
            DisclosureServiceAccessTest.run(em, () -> service.update(DisclosureSettings.STATUTORY, sameDay));
            em.clear();

            List<?> rows = em.createNativeQuery("SELECT username, action, entity_id, old_values, new_values, at"
                            + " FROM audit_entry WHERE entity_type = 'AppSetting'")
                    .getResultList();
            assertEquals(1, rows.size(), "only the one changed value is audited");
            Object[] row = (Object[]) rows.get(0);
            assertEquals("admin", row[0]);
            assertEquals("UPDATE", row[1]);
            assertEquals("disclosure.interpretation.workingDays", row[2]);
            assertTrue(String.valueOf(row[3]).contains("\"settingValue\":\"3\""), String.valueOf(row[3]));
            assertTrue(String.valueOf(row[4]).contains("\"settingValue\":\"0\""), String.valueOf(row[4]));
            LocalDateTime at = ((java.sql.Timestamp) row[5]).toLocalDateTime();
            assertFalse(at.isBefore(before), at + " is when it was changed");

            // A page that still shows the statutory values cannot overwrite the newer save.
            DisclosureSettings stale = new DisclosureSettings(25, 3, 20, 7, 20, 5, 180, 14, 3);
            assertThrows(
                    OptimisticLockException.class,
                    () -> DisclosureServiceAccessTest.run(
                            em, () -> service.update(DisclosureSettings.STATUTORY, stale)));
            em.clear();
            assertEquals(sameDay, DisclosureSettings.load(em));
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

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void statutoryDefaultsAndAnAdminsLocalRule(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            assertEquals(DisclosureSettings.STATUTORY, DisclosureSettings.load(em));
            UserAccount admin = DisclosureServiceAccessTest.account(em, "admin", Role.ADMIN, null);
            UserAccount viewer = DisclosureServiceAccessTest.account(em, "viewer", Role.VIEWER, null);
            DisclosureSettingsService service = new DisclosureSettingsService();
            ServiceWiring.set(service, "em", em);
            ServiceWiring.set(service, "user", org.kaocheng.platform.security.CurrentUser.of(admin));
            DisclosureSettings sameDay = new DisclosureSettings(20, 0, 20, 7, 20, 5, 90, 14, 3);
            DisclosureServiceAccessTest.run(em, () -> service.update(sameDay));
            em.clear();
            assertEquals(sameDay, DisclosureSettings.load(em));
            assertThrows(
                    BusinessRuleException.class,
                    () -> DisclosureServiceAccessTest.run(
                            em, () -> service.update(new DisclosureSettings(20, 3, 20, 7, 21, 5, 90, 14, 3))),
                    "Art. 33: at most 20");
            ServiceWiring.set(service, "user", org.kaocheng.platform.security.CurrentUser.of(viewer));
            assertThrows(
                    AccessDeniedException.class,
                    () -> DisclosureServiceAccessTest.run(em, () -> service.update(DisclosureSettings.STATUTORY)));
            assertEquals(sameDay, service.current());
        } finally {
            em.close();
            emf.close();
        }
    }
}
