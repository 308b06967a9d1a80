package org.kaocheng.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.kaocheng.platform.startup.KaochengConfig;

/**
 * Creates the first administrator from KAOCHENG_ADMIN_USERNAME (default {@code admin}) and
 * KAOCHENG_ADMIN_PASSWORD when no active administrator exists. The password must meet the
 * policy and has to be changed at first login. In production the application refuses to start
 * without an administrator: there is no default password.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Transactional
    public void ensure() {
        long admins = em.createNamedQuery("UserAccount.countByRole", Long.class)
                .setParameter("active", true)
                .setParameter("role", Role.ADMIN)
                .getSingleResult();
        if (admins > 0) {
            return;
        }
        String username = KaochengConfig.get("KAOCHENG_ADMIN_USERNAME").orElse("admin");
        String password = KaochengConfig.get("KAOCHENG_ADMIN_PASSWORD").orElse(null);
        if (password == null) {
            if (KaochengConfig.production()) {
                throw new IllegalStateException("No administrator exists. Start once with KAOCHENG_ADMIN_PASSWORD"
                        + " (and optionally KAOCHENG_ADMIN_USERNAME) set to create the first one (see README).");
            }
            return; // demo mode creates its own accounts
        }
        PasswordPolicy.violation(password, username).ifPresent(rule -> {
            throw new IllegalStateException("KAOCHENG_ADMIN_PASSWORD does not meet the password policy (" + rule
                    + "): at least " + PasswordPolicy.MIN_LENGTH + " characters from three of: lower case,"
                    + " upper case, digits, other characters.");
        });
        UserAccount existing = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElse(null);
        UserAccount admin = existing != null ? existing : new UserAccount(username, "系统管理员", Passwords.hash(password));
        admin.changePasswordHash(Passwords.hash(password), true);
        admin.setActive(true);
        admin.setRoles(EnumSet.of(Role.ADMIN));
        if (existing == null) {
            em.persist(admin);
        }
        LOG.info(() ->
                "Created the first administrator '" + username + "'; the password must be changed at first login.");
    }
}
