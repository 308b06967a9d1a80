package org.kaocheng.disclosure.application;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kaocheng.disclosure.domain.ApplicationTimeline;

/**
 * The periods of the disclosure rules, kept in {@code app_setting} (keys {@code disclosure.*})
 * so that a district can follow a local rule (e.g. interpretations the same day: 0).
 */
public record DisclosureSettings(
        int proactiveDays,
        int interpretationDays,
        int answerDays,
        int correctionDays,
        int maxExtensionDays,
        int dueSoonDays,
        int repeatWindowDays,
        int vetoDays,
        int zombieMonths) {

    public static final DisclosureSettings STATUTORY = new DisclosureSettings(20, 3, 20, 7, 20, 5, 180, 14, 3);

    public static DisclosureSettings load(EntityManager em) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT setting_key, setting_value FROM app_setting WHERE setting_key LIKE 'disclosure.%'")
                .getResultList();
        Map<String, String> values = new HashMap<>();
        for (Object[] row : rows) {
            values.put((String) row[0], (String) row[1]);
        }
        DisclosureSettings d = STATUTORY;
        return new DisclosureSettings(
                get(values, "disclosure.proactive.workingDays", d.proactiveDays()),
                get(values, "disclosure.interpretation.workingDays", d.interpretationDays()),
                get(values, "disclosure.application.workingDays", d.answerDays()),
                get(values, "disclosure.application.correctionWorkingDays", d.correctionDays()),
                get(values, "disclosure.application.maxExtensionWorkingDays", d.maxExtensionDays()),
                get(values, "disclosure.application.dueSoonWorkingDays", d.dueSoonDays()),
                get(values, "disclosure.application.repeatWindowDays", d.repeatWindowDays()),
                get(values, "disclosure.newMedia.vetoDays", d.vetoDays()),
                get(values, "disclosure.newMedia.zombieMonths", d.zombieMonths()));
    }

    private static int get(Map<String, String> values, String key, int fallback) {
        String v = values.get(key);
        try {
            return v == null ? fallback : Math.max(0, Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public ApplicationTimeline.Rules applicationRules() {
        return new ApplicationTimeline.Rules(answerDays, correctionDays, dueSoonDays);
    }
}
