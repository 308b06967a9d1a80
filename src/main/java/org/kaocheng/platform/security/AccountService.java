package org.kaocheng.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.CriteriaPager;
import org.kaocheng.platform.persistence.Page;
import org.kaocheng.platform.persistence.PageRequest;

/**
 * Accounts: a user changes their own password; administrators create accounts, set roles and
 * units, reset passwords and unlock. The auditor role is never combined with another (三员分立).
 */
@ApplicationScoped
public class AccountService {

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    /** What an administrator sets on an account. */
    public record AccountForm(String username, String displayName, Set<Role> roles, Long unitId, boolean active) {}

    @Transactional
    public void changeOwnPassword(String current, String replacement) {
        UserAccount account = user.account().orElseThrow(() -> new AccessDeniedException("not signed in"));
        UserAccount managed = em.find(UserAccount.class, account.getId());
        if (!Passwords.matches(current, managed.getPasswordHash())) {
            throw new BusinessRuleException("password.wrongCurrent");
        }
        if (current.equals(replacement)) {
            throw new BusinessRuleException("password.same");
        }
        requirePolicy(replacement, managed.getUsername());
        managed.changePasswordHash(Passwords.hash(replacement), false);
        em.flush();
    }

    public Page<UserAccount> page(PageRequest request) {
        user.requireAnyRole(Role.ADMIN);
        Map<String, Function<Root<UserAccount>, Expression<?>>> sortable = Map.of(
                "username", r -> r.get(UserAccount_.username),
                "displayName", r -> r.get(UserAccount_.displayName),
                "lastLoginAt", r -> r.get(UserAccount_.lastLoginAt));
        return new CriteriaPager<>(em, UserAccount.class, this::predicates, sortable, r -> r.get(UserAccount_.username))
                .page(request);
    }

    private List<Predicate> predicates(Root<UserAccount> root, CriteriaBuilder cb, PageRequest request) {
        List<Predicate> where = new ArrayList<>();
        String username = request.filterText("username");
        if (username != null) {
            where.add(CriteriaPager.contains(cb, root.get(UserAccount_.username), username));
        }
        String name = request.filterText("displayName");
        if (name != null) {
            where.add(CriteriaPager.contains(cb, root.get(UserAccount_.displayName), name));
        }
        return where;
    }

    @Transactional
    public UserAccount create(AccountForm form, String initialPassword) {
        user.requireAnyRole(Role.ADMIN);
        validate(form);
        if (!em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", form.username().trim())
                .getResultList()
                .isEmpty()) {
            throw new BusinessRuleException("user.username.duplicate", form.username());
        }
        requirePolicy(initialPassword, form.username());
        UserAccount account =
                new UserAccount(form.username().trim(), form.displayName().trim(), Passwords.hash(initialPassword));
        apply(account, form);
        em.persist(account);
        em.flush();
        return account;
    }

    /**
     * Saves the form, and with a new initial password (not blank) resets the password too, which
     * must then be changed at the next sign-in: all or nothing, so a password the policy refuses
     * leaves the account as it was (saved first on its own, the form's changes stayed and the
     * page's next save was refused as stale).
     */
    @Transactional
    public UserAccount update(Long id, int expectedVersion, AccountForm form, String newPassword) {
        user.requireAnyRole(Role.ADMIN);
        validate(form);
        UserAccount account = find(id);
        account.checkVersion(expectedVersion);
        if (!form.active() && account.getUsername().equals(user.getUsername())) {
            throw new BusinessRuleException("user.self.deactivate");
        }
        boolean reset = newPassword != null && !newPassword.isBlank();
        if (reset) {
            requirePolicy(newPassword, account.getUsername());
        }
        account.setDisplayName(form.displayName().trim());
        apply(account, form);
        if (reset) {
            account.changePasswordHash(Passwords.hash(newPassword), true);
            account.unlock();
        }
        em.flush();
        return account;
    }

    @Transactional
    public void unlock(Long id) {
        user.requireAnyRole(Role.ADMIN);
        find(id).unlock();
        em.flush();
    }

    public boolean isLocked(UserAccount account) {
        return account.isLocked(LocalDateTime.now());
    }

    private UserAccount find(Long id) {
        UserAccount account = em.find(UserAccount.class, id);
        if (account == null) {
            throw new BusinessRuleException("user.notFound");
        }
        return account;
    }

    private static void apply(UserAccount account, AccountForm form) {
        account.setRoles(form.roles());
        account.setUnitId(form.roles().contains(Role.UNIT_OPERATOR) ? form.unitId() : null);
        account.setActive(form.active());
    }

    static void validate(AccountForm form) {
        if (form.username() == null || !form.username().trim().matches("[A-Za-z0-9_.-]{3,50}")) {
            throw new BusinessRuleException("user.username.pattern");
        }
        if (form.displayName() == null || form.displayName().isBlank()) {
            throw new BusinessRuleException("user.displayName.required");
        }
        if (form.roles() == null || form.roles().isEmpty()) {
            throw new BusinessRuleException("user.roles.required");
        }
        if (form.roles().contains(Role.AUDITOR) && form.roles().size() > 1) {
            throw new BusinessRuleException("user.roles.separation");
        }
        if (form.roles().contains(Role.UNIT_OPERATOR) && form.unitId() == null) {
            throw new BusinessRuleException("user.unit.required");
        }
        // an operator reads their own unit only; a district role beside it would open every unit's records
        if (form.roles().contains(Role.UNIT_OPERATOR) && form.roles().stream().anyMatch(Role::readsAllUnits)) {
            throw new BusinessRuleException("user.roles.unitScope");
        }
    }

    private static void requirePolicy(String password, String username) {
        PasswordPolicy.violation(password, username).ifPresent(key -> {
            throw new BusinessRuleException(key);
        });
    }
}
