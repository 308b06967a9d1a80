package org.kaocheng.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.training.domain.TrainingSession;

/** Dashboard reminders: sessions starting soon, enrolment closing soon, inductions due or overdue. */
@ApplicationScoped
public class TrainingReminderService {

    static final int SOON_DAYS = 7;
    static final int INDUCTION_DAYS = 14;

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    Clock clock = Clock.systemDefaultZone();

    /** One reminder line. */
    public record SessionReminder(Long sessionId, String courseTitle, LocalDate day, int capacity)
            implements Serializable {}

    /** Counts of inductions due within two weeks and overdue, in the user's scope. */
    public record InductionCounts(long dueSoon, long overdue) implements Serializable {}

    public boolean isShown() {
        return user.hasAnyRole(Role.COORDINATOR, Role.UNIT_OPERATOR);
    }

    public List<SessionReminder> startingSoon() {
        user.requireAnyRole(TrainingRoles.READ);
        LocalDate today = LocalDate.now(clock);
        return em
                .createNamedQuery("TrainingSession.startingBetween", TrainingSession.class)
                .setParameter("from", today)
                .setParameter("to", today.plusDays(SOON_DAYS))
                .setMaxResults(10)
                .getResultList()
                .stream()
                .map(s -> new SessionReminder(s.getId(), s.getCourse().getTitle(), s.getStartsOn(), s.getCapacity()))
                .toList();
    }

    public List<SessionReminder> enrolmentClosing() {
        user.requireAnyRole(TrainingRoles.READ);
        LocalDate today = LocalDate.now(clock);
        return em
                .createNamedQuery("TrainingSession.enrolmentClosingBetween", TrainingSession.class)
                .setParameter("from", today)
                .setParameter("to", today.plusDays(SOON_DAYS))
                .setMaxResults(10)
                .getResultList()
                .stream()
                .map(s -> new SessionReminder(
                        s.getId(), s.getCourse().getTitle(), s.getEnrolmentDeadline(), s.getCapacity()))
                .toList();
    }

    public InductionCounts inductions() {
        user.requireAnyRole(TrainingRoles.READ);
        LocalDate today = LocalDate.now(clock);
        Long unitId = user.readsAllUnits() ? null : user.getOperatorUnitId().orElse(-1L);
        String scope = unitId == null ? "" : " AND r.unit.id = :unitId";
        var dueSoon = em.createQuery(
                        "SELECT COUNT(r) FROM InductionRequirement r WHERE r.status ="
                                + " org.kaocheng.training.domain.InductionStatus.OPEN AND r.dueOn >= :today AND r.dueOn <= :horizon"
                                + scope,
                        Long.class)
                .setParameter("today", today)
                .setParameter("horizon", today.plusDays(INDUCTION_DAYS));
        var overdue = em.createQuery(
                        "SELECT COUNT(r) FROM InductionRequirement r WHERE r.status ="
                                + " org.kaocheng.training.domain.InductionStatus.OPEN AND r.dueOn < :today" + scope,
                        Long.class)
                .setParameter("today", today);
        if (unitId != null) {
            dueSoon.setParameter("unitId", unitId);
            overdue.setParameter("unitId", unitId);
        }
        return new InductionCounts(dueSoon.getSingleResult(), overdue.getSingleResult());
    }
}
