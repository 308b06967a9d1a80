package org.kaocheng.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.disclosure.application.DisclosureSettings;
import org.kaocheng.disclosure.application.DisclosureSettingsService;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.security.UserAccount;
import org.kaocheng.testsupport.TestDatabase;

/** The migration ships the statutory periods; only an admin changes them, within bounds. */
class DisclosureSettingsTest {

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
            assertThrows(BusinessRuleException.class, () -> DisclosureServiceAccessTest.run(em,
                    () -> service.update(new DisclosureSettings(20, 3, 20, 7, 21, 5, 90, 14, 3))), "Art. 33: at most 20");
            ServiceWiring.set(service, "user", org.kaocheng.platform.security.CurrentUser.of(viewer));
            assertThrows(AccessDeniedException.class,
                    () -> DisclosureServiceAccessTest.run(em, () -> service.update(DisclosureSettings.STATUTORY)));
            assertEquals(sameDay, service.current());
        } finally {
            em.close();
            emf.close();
        }
    }
}
