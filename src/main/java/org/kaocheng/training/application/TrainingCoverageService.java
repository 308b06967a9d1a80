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
        return CoverageQuery.run(
                em,
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31),
                LocalDate.now(clock),
                settings.requiredHoursPerYear(),
                scope(null));
    }

    public List<CoverageQuery.CoveredPerson> people(Long unitId, int year) {
        user.requireAnyRole(TrainingRoles.READ);
        return CoverageQuery.people(
                em,
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31),
                LocalDate.now(clock),
                settings.requiredHoursPerYear(),
                scope(unitId));
    }

    public List<CoverageQuery.OverdueInduction> overdue(Long unitId, int year) {
        user.requireAnyRole(TrainingRoles.READ);
        return CoverageQuery.overdue(
                em, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), LocalDate.now(clock), scope(unitId));
    }

    /** Sessions held and people trained in a year, district-wide or for one unit (operators: their own). */
    public TrainingYear year(Long unitId, int year) {
        user.requireAnyRole(TrainingRoles.READ);
        Long unit = scope(unitId);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        String unitCondition = unit == null ? "" : " AND c.unit_id = ?3";
        jakarta.persistence.Query sessions = em.createNativeQuery("SELECT COUNT(*) FROM training_session s"
                + " WHERE s.status = 'HELD' AND s.ends_on >= ?1 AND s.ends_on <= ?2"
                + (unit == null
                        ? ""
                        : " AND EXISTS (SELECT 1 FROM training_completion c JOIN training_enrolment e"
                                + " ON e.id = c.enrolment_id WHERE e.session_id = s.id" + unitCondition + ")"));
        jakarta.persistence.Query people = em.createNativeQuery("SELECT COUNT(DISTINCT c.staff_id), COUNT(*),"
                + " COALESCE(SUM(c.hours), 0) FROM training_completion c"
                + " WHERE c.completed_on >= ?1 AND c.completed_on <= ?2" + unitCondition);
        for (jakarta.persistence.Query q : java.util.List.of(sessions, people)) {
            q.setParameter(1, java.sql.Date.valueOf(from)).setParameter(2, java.sql.Date.valueOf(to));
            if (unit != null) {
                q.setParameter(3, unit);
            }
        }
        Object[] p = (Object[]) people.getSingleResult();
        return new TrainingYear(
                ((Number) sessions.getSingleResult()).longValue(),
                ((Number) p[0]).longValue(),
                ((Number) p[1]).longValue(),
                new java.math.BigDecimal(p[2].toString()));
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
