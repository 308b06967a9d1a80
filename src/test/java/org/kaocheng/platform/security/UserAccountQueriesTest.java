package org.kaocheng.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.testsupport.TestDatabase;

class UserAccountQueriesTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void activeAccountsAreCountedByRole(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            TestDatabase.inTransaction(em, e -> {
                UserAccount admin = new UserAccount("boss", "老板", Passwords.hash("Abcdefgh1!x"));
                admin.setRoles(EnumSet.of(Role.ADMIN, Role.VIEWER));
                e.persist(admin);
                UserAccount viewer = new UserAccount("view", "看", "x");
                viewer.setRoles(EnumSet.of(Role.VIEWER));
                e.persist(viewer);
            });
            assertEquals(
                    1L,
                    em.createNamedQuery("UserAccount.countByRole", Long.class)
                            .setParameter("active", true)
                            .setParameter("role", Role.ADMIN)
                            .getSingleResult());
            assertEquals(
                    2L,
                    em.createNamedQuery("UserAccount.countByRole", Long.class)
                            .setParameter("active", true)
                            .setParameter("role", Role.VIEWER)
                            .getSingleResult());
            assertEquals(
                    "老板",
                    em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                            .setParameter("username", "boss")
                            .getSingleResult()
                            .getDisplayName());
        } finally {
            em.close();
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void peopleAreShownByTheirNamesAndUnknownNamesAsRecorded(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            TestDatabase.inTransaction(em, e -> {
                e.persist(new UserAccount("assessor", "刘考核", "x"));
                UserAccount gone = new UserAccount("former", "王离职", "x");
                gone.setActive(false);
                e.persist(gone);
            });
            People people = new People();
            people.em = em;
            assertEquals("刘考核", people.name("assessor"));
            assertEquals("王离职", people.name("former"), "a deactivated account keeps its name in old records");
            assertEquals("api:cms", people.name("api:cms"), "no account: as recorded");
            assertEquals("", people.name(null));
        } finally {
            em.close();
            emf.close();
        }
    }
}
