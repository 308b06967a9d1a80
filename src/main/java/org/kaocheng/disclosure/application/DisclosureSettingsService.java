package org.kaocheng.disclosure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.settings.AppSetting;

/**
 * The periods of the disclosure rules as an administrator sets them (local rules differ, e.g.
 * interpretations the same day). Deadlines are never stored, so a change applies to every
 * record at once. Changes go through {@link AppSetting}, so the audit trail keeps who changed
 * which period, when, from which value to which.
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

    /** Saves the settings; only changed values are written (and audited, with old and new value). */
    @Transactional
    public void update(DisclosureSettings s) {
        user.requireAnyRole(Role.ADMIN);
        for (Map.Entry<String, Integer> e : values(s).entrySet()) {
            AppSetting.put(em, e.getKey(), e.getValue().toString());
        }
        em.flush();
    }

    /**
     * Saves the settings an administrator edited from {@code loaded}: refused when someone else
     * changed them since (the page showed values that are no longer current).
     *
     * @throws OptimisticLockException when the stored settings are no longer {@code loaded}
     */
    @Transactional
    public void update(DisclosureSettings loaded, DisclosureSettings s) {
        user.requireAnyRole(Role.ADMIN);
        if (loaded != null && !loaded.equals(DisclosureSettings.load(em))) {
            throw new OptimisticLockException("disclosure settings changed since they were read");
        }
        update(s);
    }

    private static Map<String, Integer> values(DisclosureSettings s) {
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
        return values;
    }

    private static int within(int value, int min, int max) {
        if (value < min || value > max) {
            throw new BusinessRuleException("disclosure.settings.range", min, max);
        }
        return value;
    }
}
