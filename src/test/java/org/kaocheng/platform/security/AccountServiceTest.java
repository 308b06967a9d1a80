package org.kaocheng.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.testsupport.TestDatabase;

/** An administrator edits an account, with or without a new initial password, on H2 and PostgreSQL. */
class AccountServiceTest {

    private static final String GOOD_PASSWORD = "Kaocheng@2031x";

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEditWithARefusedPasswordSavesNothingAndTheSamePageCanSaveAgain(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            UserAccount[] accounts = TestDatabase.inTransaction(em, e -> {
                UserAccount admin = new UserAccount("boss", "管理员", Passwords.hash(GOOD_PASSWORD));
                admin.setRoles(EnumSet.of(Role.ADMIN));
                e.persist(admin);
                UserAccount viewer = new UserAccount("wang", "王五", Passwords.hash(GOOD_PASSWORD));
                viewer.setRoles(EnumSet.of(Role.VIEWER));
                e.persist(viewer);
                return new UserAccount[] {admin, viewer};
            });
            AccountService service = new AccountService();
            service.em = em;
            service.user = CurrentUser.of(accounts[0]);
            Long id = accounts[1].getId();
            int version = accounts[1].getVersion();
            AccountService.AccountForm form = new AccountService.AccountForm(
                    "wang", "王五（考核）", EnumSet.of(Role.VIEWER, Role.ASSESSOR), null, true);

            BusinessRuleException refused = assertThrows(
                    BusinessRuleException.class,
                    () -> TestDatabase.tx(em, () -> service.update(id, version, form, "short")));
            assertEquals("password.tooShort", refused.getMessageKey());
            em.clear();
            UserAccount unchanged = em.find(UserAccount.class, id);
            assertEquals("王五", unchanged.getDisplayName(), "the form's changes were not saved either");
            assertEquals(EnumSet.of(Role.VIEWER), unchanged.getRoles());
            assertEquals(version, unchanged.getVersion());

            // the same page (same version) saves with a good password: form and password together
            UserAccount saved = TestDatabase.tx(em, () -> service.update(id, version, form, GOOD_PASSWORD + "!"));
            em.clear();
            UserAccount after = em.find(UserAccount.class, id);
            assertEquals("王五（考核）", after.getDisplayName());
            assertEquals(EnumSet.of(Role.VIEWER, Role.ASSESSOR), after.getRoles());
            assertTrue(after.isMustChangePassword(), "a reset password is changed at the next sign-in");
            assertTrue(Passwords.matches(GOOD_PASSWORD + "!", after.getPasswordHash()));
            assertEquals(after.getVersion(), saved.getVersion(), "the page keeps the saved version");

            // without a password only the form is saved, the password stays
            TestDatabase.tx(
                    em,
                    () -> service.update(
                            id,
                            saved.getVersion(),
                            new AccountService.AccountForm("wang", "王五", EnumSet.of(Role.VIEWER), null, true),
                            " "));
            em.clear();
            assertTrue(Passwords.matches(
                    GOOD_PASSWORD + "!", em.find(UserAccount.class, id).getPasswordHash()));
            assertFalse(em.find(UserAccount.class, id).getRoles().contains(Role.ASSESSOR));
        } finally {
            em.close();
            emf.close();
        }
    }
}
