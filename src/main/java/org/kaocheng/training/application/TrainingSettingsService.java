package org.kaocheng.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.settings.AppSetting;

/**
 * The training rules a coordinator or an administrator sets: the hours each disclosure staff
 * member should complete in a year (coverage and the appraisal count against it at once) and the
 * days by which an induction falls due when no induction course sets its own (for postings
 * started afterwards). Changes go through {@link AppSetting}, so the audit trail keeps who
 * changed which value, when, from what to what.
 */
@ApplicationScoped
public class TrainingSettingsService {

    static final BigDecimal MAX_HOURS = BigDecimal.valueOf(200);
    static final int MAX_DUE_DAYS = 365;

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    /** The settings as stored (hours with at most one decimal). */
    public record Values(BigDecimal requiredHoursPerYear, int inductionDueDays) implements Serializable {

        boolean sameAs(Values other) {
            return other != null
                    && inductionDueDays == other.inductionDueDays
                    && requiredHoursPerYear.compareTo(other.requiredHoursPerYear) == 0;
        }
    }

    public Values current() {
        user.requireAnyRole(TrainingRoles.READ);
        return stored();
    }

    /**
     * Saves the values edited from {@code loaded}; refused when someone changed them since (the
     * page showed values that are no longer current).
     *
     * @throws OptimisticLockException when the stored settings are no longer {@code loaded}
     */
    @Transactional
    public void update(Values loaded, Values edited) {
        user.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
        BigDecimal hours = edited.requiredHoursPerYear();
        if (hours == null
                || hours.signum() <= 0
                || hours.compareTo(MAX_HOURS) > 0
                || hours.stripTrailingZeros().scale() > 1) {
            throw new BusinessRuleException("training.settings.hours.range", MAX_HOURS);
        }
        if (edited.inductionDueDays() < 1 || edited.inductionDueDays() > MAX_DUE_DAYS) {
            throw new BusinessRuleException("training.settings.dueDays.range", MAX_DUE_DAYS);
        }
        if (loaded != null && !loaded.sameAs(stored())) {
            throw new OptimisticLockException("training settings changed since they were read");
        }
        AppSetting.put(
                em, TrainingSettings.REQUIRED_HOURS, hours.stripTrailingZeros().toPlainString());
        AppSetting.put(em, TrainingSettings.INDUCTION_DUE_DAYS, Integer.toString(edited.inductionDueDays()));
        em.flush();
    }

    private Values stored() {
        TrainingSettings s = TrainingSettings.of(em);
        return new Values(s.requiredHoursPerYear(), s.inductionDueDays());
    }
}
