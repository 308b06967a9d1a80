package org.kaocheng.disclosure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;

/**
 * The periods of the disclosure rules as an administrator sets them (local rules differ, e.g.
 * interpretations the same day). Deadlines are never stored, so a change applies to every
 * record at once.
 */
@ApplicationScoped
public class DisclosureSettingsService {

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    public DisclosureSettings current() {
        user.requireAnyRole(DisclosureAccess.READERS);
        return DisclosureSettings.load(em);
    }

    @Transactional
    public void update(DisclosureSettings s) {
        user.requireAnyRole(Role.ADMIN);
        Map<String, Integer> values = new LinkedHashMap<>();
        values.put("disclosure.proactive.workingDays", within(s.proactiveDays(), 1, 60));
        values.put("disclosure.interpretation.workingDays", within(s.interpretationDays(), 0, 20));
        values.put("disclosure.application.workingDays", within(s.answerDays(), 1, 60));
        values.put("disclosure.application.correctionWorkingDays", within(s.correctionDays(), 1, 20));
        // Art. 33 allows at most 20 more working days; a district may allow fewer
        values.put("disclosure.application.maxExtensionWorkingDays", within(s.maxExtensionDays(), 0, 20));
        values.put("disclosure.application.dueSoonWorkingDays", within(s.dueSoonDays(), 0, 20));
        values.put("disclosure.application.repeatWindowDays", within(s.repeatWindowDays(), 1, 3650));
        values.put("disclosure.newMedia.vetoDays", within(s.vetoDays(), 1, 90));
        values.put("disclosure.newMedia.zombieMonths", within(s.zombieMonths(), 1, 24));
        for (Map.Entry<String, Integer> e : values.entrySet()) {
            int updated = em.createNativeQuery("UPDATE app_setting SET setting_value = ?1, version = version + 1"
                    + " WHERE setting_key = ?2").setParameter(1, e.getValue().toString()).setParameter(2, e.getKey()).executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("INSERT INTO app_setting (setting_key, setting_value) VALUES (?1, ?2)")
                        .setParameter(1, e.getKey()).setParameter(2, e.getValue().toString()).executeUpdate();
            }
        }
    }

    private static int within(int value, int min, int max) {
        if (value < min || value > max) {
            throw new BusinessRuleException("disclosure.settings.range", min, max);
        }
        return value;
    }
}
