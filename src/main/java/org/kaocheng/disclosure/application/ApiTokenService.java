package org.kaocheng.disclosure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.kaocheng.disclosure.domain.ApiToken;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.audit.AuditActor;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;

/** API tokens of the CMS integration: admins issue and revoke them; the API resolves them. */
@ApplicationScoped
public class ApiTokenService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    ProactiveItemService items;

    Clock clock = Clock.systemDefaultZone();

    /** The token as issued: the secret is shown this once. */
    public record IssuedToken(Long id, String secret) {}

    @Transactional
    public IssuedToken issue(@NotNull Long unitId, @NotBlank String name) {
        user.requireAnyRole(Role.ADMIN);
        if (name == null || name.isBlank()) {
            throw new BusinessRuleException("disclosure.token.nameRequired");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "kc_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token =
                new ApiToken(items.unit(unitId), name.trim(), secret, user.getUsername(), LocalDateTime.now(clock));
        em.persist(token);
        em.flush();
        return new IssuedToken(token.getId(), secret);
    }

    @Transactional
    public void revoke(Long tokenId) {
        user.requireAnyRole(Role.ADMIN);
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null) {
            throw new BusinessRuleException("disclosure.token.notFound", tokenId);
        }
        token.revoke(LocalDateTime.now(clock));
        em.flush();
    }

    public List<ApiToken> list() {
        user.requireAnyRole(Role.ADMIN);
        return em.createNamedQuery("ApiToken.all", ApiToken.class).getResultList();
    }

    /** The caller an active token stands for: its unit, and its name in the audit trail. */
    public record Caller(Long tokenId, Long unitId, String auditName) {}

    /**
     * The caller of an active token presented as {@code Authorization: Bearer <secret>}; the
     * token's last use is recorded in the caller's name.
     */
    @Transactional
    public Optional<Caller> authenticate(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String secret = authorizationHeader.substring(7).trim();
        if (secret.isEmpty()) {
            return Optional.empty();
        }
        Optional<ApiToken> token = em.createNamedQuery("ApiToken.byHash", ApiToken.class)
                .setParameter("hash", ApiToken.hash(secret))
                .getResultStream()
                .filter(ApiToken::isActive)
                .findFirst();
        return token.map(t -> {
            Caller caller = new Caller(t.getId(), t.getUnit().getId(), "API:" + t.getId() + " " + t.getName());
            AuditActor.as(caller.auditName(), () -> {
                t.used(LocalDateTime.now(clock));
                em.flush();
                return null;
            });
            return caller;
        });
    }
}
