package org.kaocheng.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.reporting.ReportEngine;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.training.domain.TrainingCompletion;

/**
 * Checks a certificate's verification code for the public page (no sign-in): it confirms who
 * completed which course when, and nothing more.
 */
@ApplicationScoped
public class CertificateService {

    static final String REPORT = "training-certificate";

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    ReportEngine reports;

    /** What a valid code confirms. */
    public record Certificate(
            String code,
            String staffName,
            String unitName,
            String courseTitle,
            String level,
            BigDecimal hours,
            LocalDate completedOn)
            implements Serializable {}

    public Optional<Certificate> verify(String code) {
        String normalised = TrainingCompletion.normaliseCode(code);
        if (normalised.length() != 20) {
            return Optional.empty();
        }
        return em.createNamedQuery("TrainingCompletion.byCode", TrainingCompletion.class)
                .setParameter("code", normalised)
                .getResultStream()
                .findFirst()
                .map(c -> new Certificate(
                        c.getVerificationCode(),
                        c.getStaff().getName(),
                        c.getUnit().getName(),
                        c.getCourse().getTitle(),
                        c.getCourse().getLevel().name(),
                        c.getHours(),
                        c.getCompletedOn()));
    }

    /**
     * The printable certificate (PDF, JasperReports) of a completion, for users who may read the
     * person's unit; {@code verifyBase} is the public check page's address, printed with the code.
     */
    public byte[] pdf(String code, String verifyBase, Locale locale) {
        user.requireAnyRole(TrainingRoles.READ);
        TrainingCompletion c = em.createNamedQuery("TrainingCompletion.byCode", TrainingCompletion.class)
                .setParameter("code", TrainingCompletion.normaliseCode(code))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessRuleException("training.certificate.invalid"));
        user.requireRead(c.getUnit().getId());
        return reports.pdf(REPORT, parameters(c, verifyBase, locale), List.of(), locale);
    }

    static Map<String, Object> parameters(TrainingCompletion c, String verifyBase, Locale locale) {
        Map<String, Object> p = new HashMap<>();
        p.put("staffName", c.getStaff().getName());
        p.put("unitName", c.getUnit().getName());
        p.put("courseTitle", c.getCourse().getTitle());
        p.put(
                "courseLevel",
                Messages.text(
                        locale, "training.level." + c.getCourse().getLevel().name()));
        p.put("hours", c.getHours().stripTrailingZeros().toPlainString());
        p.put("completedOn", c.getCompletedOn().toString());
        p.put("verificationCode", c.getVerificationCode());
        p.put("verifyUrl", verifyBase + "?code=" + c.getVerificationCode());
        p.put("issuer", c.getCourse().getOrganiser());
        return p;
    }
}
