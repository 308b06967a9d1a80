package org.kaocheng.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.platform.security.CurrentUser;

/**
 * Coverage per unit and year (DOMAIN.md §4): listed and charted, with the people behind each
 * figure. A unit operator sees their own unit only.
 */
@ApplicationScoped
public class TrainingCoverageService {

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    TrainingSettings settings;

    Clock clock = Clock.systemDefaultZone();

    public List<CoverageRow> rows(int year) {
        user.requireAnyRole(TrainingRoles.READ);
        return CoverageQuery.run(em, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), LocalDate.now(clock),
                settings.requiredHoursPerYear(), scope(null));
    }

    public List<CoverageQuery.CoveredPerson> people(Long unitId, int year) {
        user.requireAnyRole(TrainingRoles.READ);
        return CoverageQuery.people(em, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), LocalDate.now(clock),
                settings.requiredHoursPerYear(), scope(unitId));
    }

    public List<CoverageQuery.OverdueInduction> overdue(Long unitId, int year) {
        user.requireAnyRole(TrainingRoles.READ);
        return CoverageQuery.overdue(em, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), LocalDate.now(clock),
                scope(unitId));
    }

    public java.math.BigDecimal requiredHours() {
        return settings.requiredHoursPerYear();
    }

    /** The unit asked for; an operator's own unit whatever was asked (another unit is refused). */
    private Long scope(Long unitId) {
        if (user.readsAllUnits()) {
            return unitId;
        }
        Long own = user.getOperatorUnitId().orElseThrow(() -> new AccessDeniedException("no unit"));
        if (unitId != null && !unitId.equals(own)) {
            throw new AccessDeniedException("unit " + unitId + " outside scope");
        }
        return own;
    }
}
