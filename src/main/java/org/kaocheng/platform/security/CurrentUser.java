package org.kaocheng.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;

/**
 * The signed-in user of this request, with the checks services make before they act: roles,
 * and the unit scope of a unit operator (who reads and changes only their own unit, whatever
 * id a URL, form field or AJAX request carries).
 */
@Named
@RequestScoped
public class CurrentUser {

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    private UserAccount account;
    private boolean loaded;

    @Inject
    public CurrentUser() {
        // for CDI
    }

    /** For tests: a user fixed in advance. */
    public static CurrentUser of(UserAccount account) {
        CurrentUser user = new CurrentUser();
        user.account = account;
        user.loaded = true;
        return user;
    }

    public Optional<UserAccount> account() {
        if (!loaded) {
            loaded = true;
            Subject subject = SecurityUtils.getSubject();
            Object principal = subject.isAuthenticated() ? subject.getPrincipal() : null;
            if (principal != null) {
                account = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                        .setParameter("username", principal.toString())
                        .getResultStream()
                        .filter(UserAccount::isActive)
                        .findFirst()
                        .orElse(null);
            }
        }
        return Optional.ofNullable(account);
    }

    public boolean isAuthenticated() {
        return account().isPresent();
    }

    public String getUsername() {
        return account().map(UserAccount::getUsername).orElse(null);
    }

    public String getDisplayName() {
        return account().map(UserAccount::getDisplayName).orElse(null);
    }

    public Set<Role> getRoles() {
        return account().map(UserAccount::getRoles).orElse(EnumSet.noneOf(Role.class));
    }

    public boolean hasRole(String role) {
        return hasRole(Role.valueOf(role));
    }

    public boolean hasRole(Role role) {
        return getRoles().contains(role);
    }

    public boolean hasAnyRole(Role... roles) {
        Set<Role> mine = getRoles();
        for (Role role : roles) {
            if (mine.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** The unit of a unit operator; empty for every other user. */
    public Optional<Long> getOperatorUnitId() {
        return account().filter(a -> a.hasRole(Role.UNIT_OPERATOR)).map(UserAccount::getUnitId);
    }

    /** Whether the user reads every unit (not bound to one). */
    public boolean readsAllUnits() {
        return getRoles().stream().anyMatch(Role::readsAllUnits);
    }

    public void requireAnyRole(Role... roles) {
        if (!hasAnyRole(roles)) {
            throw new AccessDeniedException("requires one of " + java.util.Arrays.toString(roles));
        }
    }

    /** May the user read this unit's records? */
    public boolean canRead(Long unitId) {
        if (unitId == null) {
            return false;
        }
        return readsAllUnits() || getOperatorUnitId().map(unitId::equals).orElse(false);
    }

    public void requireRead(Long unitId) {
        if (!canRead(unitId)) {
            throw new AccessDeniedException("unit " + unitId + " is outside the user's scope");
        }
    }

    /**
     * May the user change this unit's own records (staff, postings, disclosure records)?
     * Its own unit for an operator; any unit for the given district-wide roles.
     */
    public boolean canWrite(Long unitId, Role... districtRoles) {
        if (unitId == null) {
            return false;
        }
        if (hasAnyRole(districtRoles)) {
            return true;
        }
        return getOperatorUnitId().map(unitId::equals).orElse(false);
    }

    public void requireWrite(Long unitId, Role... districtRoles) {
        if (!canWrite(unitId, districtRoles)) {
            throw new AccessDeniedException("unit " + unitId + " may not be changed by this user");
        }
    }
}
