package org.kaocheng.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;

/**
 * Training settings kept in {@code app_setting} (an administrator edits them there):
 * {@code training.induction.dueDays} and {@code training.requiredHoursPerYear}.
 */
@ApplicationScoped
public class TrainingSettings {

    static final String INDUCTION_DUE_DAYS = "training.induction.dueDays";
    static final String REQUIRED_HOURS = "training.requiredHoursPerYear";

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    public static TrainingSettings of(EntityManager em) {
        TrainingSettings settings = new TrainingSettings();
        settings.em = em;
        return settings;
    }

    /** Days after a new posting by which induction is due when no induction course sets a deadline. */
    public int inductionDueDays() {
        return value(INDUCTION_DUE_DAYS).map(Integer::parseInt).orElse(30);
    }

    /** Training hours each disclosure staff member should complete in a year. */
    public BigDecimal requiredHoursPerYear() {
        return value(REQUIRED_HOURS).map(BigDecimal::new).orElse(BigDecimal.valueOf(8));
    }

    private java.util.Optional<String> value(String key) {
        List<?> rows = em.createNativeQuery("SELECT setting_value FROM app_setting WHERE setting_key = ?1")
                .setParameter(1, key)
                .getResultList();
        return rows.isEmpty() || rows.get(0) == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(rows.get(0).toString().trim());
    }
}
