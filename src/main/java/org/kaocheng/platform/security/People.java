package org.kaocheng.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;

/**
 * People's names for pages. Records keep who acted by login name (the audit log, adjustments,
 * histories); a page shows the person's name ({@code #{people.name(x)}}); the audit log, which
 * filters by login name, shows both. The
 * accounts are read once per request, on first use; a name without an account (an API client, a
 * deleted account) shows as recorded.
 */
@Named
@RequestScoped
public class People {

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    private Map<String, String> names;

    @Inject
    public People() {
        // for CDI
    }

    /** People for code that runs outside a request (tests, programs). */
    public static People of(EntityManager em) {
        People people = new People();
        people.em = em;
        return people;
    }

    /** The person's display name; the login name when no account has it; empty for null. */
    public String name(String username) {
        if (username == null) {
            return "";
        }
        String name = names().get(username);
        return name == null || name.isBlank() ? username : name;
    }

    private Map<String, String> names() {
        if (names == null) {
            names = new HashMap<>();
            for (Object[] row : em.createQuery("SELECT u.username, u.displayName FROM UserAccount u", Object[].class)
                    .getResultList()) {
                names.put((String) row[0], (String) row[1]);
            }
        }
        return names;
    }
}
