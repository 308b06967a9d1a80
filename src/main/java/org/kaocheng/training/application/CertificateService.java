package org.kaocheng.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.kaocheng.training.domain.TrainingCompletion;

/**
 * Checks a certificate's verification code for the public page (no sign-in): it confirms who
 * completed which course when, and nothing more.
 */
@ApplicationScoped
public class CertificateService {

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    /** What a valid code confirms. */
    public record Certificate(String code, String staffName, String unitName, String courseTitle, String level,
            BigDecimal hours, LocalDate completedOn) implements Serializable {
    }

    public Optional<Certificate> verify(String code) {
        String normalised = TrainingCompletion.normaliseCode(code);
        if (normalised.length() != 20) {
            return Optional.empty();
        }
        return em.createNamedQuery("TrainingCompletion.byCode", TrainingCompletion.class)
                .setParameter("code", normalised).getResultStream().findFirst()
                .map(c -> new Certificate(c.getVerificationCode(), c.getStaff().getName(), c.getUnit().getName(),
                        c.getCourse().getTitle(), c.getCourse().getLevel().name(), c.getHours(), c.getCompletedOn()));
    }
}
