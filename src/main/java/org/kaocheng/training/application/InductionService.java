package org.kaocheng.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.Page;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.staff.application.PostingStarted;
import org.kaocheng.staff.domain.Staff;
import org.kaocheng.training.domain.EnrolmentSource;
import org.kaocheng.training.domain.InductionRequirement;
import org.kaocheng.training.domain.InductionRules;
import org.kaocheng.training.domain.InductionStatus;
import org.kaocheng.training.domain.TrainingCompletion;
import org.kaocheng.training.domain.TrainingCourse;
import org.kaocheng.training.domain.TrainingSession;
import org.kaocheng.unit.domain.Unit;

/**
 * Induction (岗前培训): every new DESIGNATED_OFFICER or FULL_TIME posting (a transfer arrival
 * included) creates a requirement due some days later; the coordinator's worklist shows who is
 * due or overdue, with one action to enrol them in the next open induction session.
 */
@ApplicationScoped
public class InductionService {

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    EnrolmentService enrolments;

    @Inject
    TrainingSettings settings;

    Clock clock = Clock.systemDefaultZone();

    /** One line of the worklist. */
    public record InductionRow(
            Long requirementId,
            Long staffId,
            String staffName,
            Long unitId,
            String unitName,
            String postType,
            LocalDate postingStart,
            LocalDate dueOn,
            long daysLeft,
            boolean overdue,
            String enrolledSession)
            implements java.io.Serializable {}

    /**
     * Runs in the transaction of the posting change: a posting that owes induction creates the
     * requirement, and open requirements of the person in other units are superseded (the new
     * unit owes the training now). A person who already has an open requirement in this unit (a
     * second post on the same day) owes it once.
     */
    void onPostingStarted(@Observes PostingStarted event) {
        if (!InductionRules.owesInduction(event.postType())) {
            return;
        }
        List<InductionRequirement> open = em.createNamedQuery(
                        "InductionRequirement.openOfStaff", InductionRequirement.class)
                .setParameter("staffId", event.staffId())
                .getResultList();
        for (InductionRequirement r : open) {
            if (!r.getUnit().getId().equals(event.unitId())) {
                r.supersede(event.startDate());
            }
        }
        boolean alreadyOwed = open.stream()
                .anyMatch(r -> r.getStatus() == InductionStatus.OPEN
                        && r.getUnit().getId().equals(event.unitId()));
        if (alreadyOwed
                || !em.createNamedQuery("InductionRequirement.ofPosting", InductionRequirement.class)
                        .setParameter("postingId", event.postingId())
                        .getResultList()
                        .isEmpty()) {
            return;
        }
        List<Integer> courseDays = em
                .createNamedQuery("TrainingCourse.activeInduction", TrainingCourse.class)
                .setParameter("active", true)
                .setParameter("induction", true)
                .getResultList()
                .stream()
                .filter(c -> c.getRequiredFor().isEmpty() || c.isRequiredFor(event.postType()))
                .map(TrainingCourse::getInductionDueDays)
                .toList();
        LocalDate due = InductionRules.dueDate(event.startDate(), courseDays, settings.inductionDueDays());
        InductionRequirement requirement = new InductionRequirement(
                em.getReference(Staff.class, event.staffId()),
                em.getReference(Unit.class, event.unitId()),
                event.postingId(),
                event.postType(),
                event.startDate(),
                due);
        em.persist(requirement);
        // A posting entered after the fact may already be covered by an induction completed since it started.
        em.createQuery(
                        "SELECT c FROM TrainingCompletion c WHERE c.staff.id = :staffId AND c.induction = :induction"
                                + " AND c.completedOn >= :start ORDER BY c.completedOn",
                        TrainingCompletion.class)
                .setParameter("staffId", event.staffId())
                .setParameter("start", event.startDate())
                .setParameter("induction", true)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .ifPresent(requirement::fulfil);
        em.flush();
    }

    /**
     * Open requirements due within {@code withinDays} days or overdue, soonest first: all units
     * for a coordinator, their own unit for a unit operator.
     */
    public Page<InductionRow> worklist(PageRequest request, int withinDays) {
        user.requireAnyRole(Role.COORDINATOR, Role.UNIT_OPERATOR, Role.ASSESSOR, Role.VIEWER);
        Long unitId = scopedUnit(request.filters().get("unitId"));
        LocalDate today = LocalDate.now(clock);
        String where = " WHERE r.status = org.kaocheng.training.domain.InductionStatus.OPEN AND r.dueOn <= :horizon"
                + (unitId == null ? "" : " AND r.unit.id = :unitId");
        var count = em.createQuery("SELECT COUNT(r) FROM InductionRequirement r" + where, Long.class)
                .setParameter("horizon", today.plusDays(withinDays));
        var rows = em.createQuery(
                        "SELECT r FROM InductionRequirement r JOIN FETCH r.staff JOIN FETCH r.unit" + where
                                + " ORDER BY r.dueOn, r.id",
                        InductionRequirement.class)
                .setParameter("horizon", today.plusDays(withinDays));
        if (unitId != null) {
            count.setParameter("unitId", unitId);
            rows.setParameter("unitId", unitId);
        }
        List<InductionRequirement> page = rows.setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();
        java.util.Map<Long, String> enrolled =
                enrolledInductions(page.stream().map(r -> r.getStaff().getId()).toList(), today);
        List<InductionRow> result = page.stream()
                .map(r -> new InductionRow(
                        r.getId(),
                        r.getStaff().getId(),
                        r.getStaff().getName(),
                        r.getUnit().getId(),
                        r.getUnit().getName(),
                        r.getPostType().name(),
                        r.getPostingStart(),
                        r.getDueOn(),
                        r.daysLeft(today),
                        r.isOverdueOn(today),
                        enrolled.get(r.getStaff().getId())))
                .toList();
        return new Page<>(result, count.getSingleResult());
    }

    /** The induction session each of these people is enrolled or waitlisted in, if any (one query per page). */
    private java.util.Map<Long, String> enrolledInductions(List<Long> staffIds, LocalDate today) {
        java.util.Map<Long, String> sessions = new java.util.HashMap<>();
        if (staffIds.isEmpty()) {
            return sessions;
        }
        for (Object[] row : em.createQuery(
                        "SELECT e.staff.id, e.session.course.title, e.session.startsOn"
                                + " FROM TrainingEnrolment e WHERE e.staff.id IN :staffIds"
                                + " AND e.session.course.induction = :induction AND e.session.endsOn >= :today"
                                + " AND e.session.status <> org.kaocheng.training.domain.SessionStatus.CANCELLED"
                                + " AND e.status IN (org.kaocheng.training.domain.EnrolmentStatus.ENROLLED,"
                                + " org.kaocheng.training.domain.EnrolmentStatus.WAITLISTED)"
                                + " ORDER BY e.session.startsOn DESC",
                        Object[].class)
                .setParameter("staffIds", staffIds)
                .setParameter("today", today)
                .setParameter("induction", true)
                .getResultList()) {
            sessions.put((Long) row[0], row[1] + " " + row[2]);
        }
        return sessions;
    }

    /** The next open induction session suitable for the requirement's post type, if any. */
    public java.util.Optional<TrainingSession> nextSession(Long requirementId) {
        user.requireAnyRole(Role.COORDINATOR);
        return nextSessionFor(requirement(requirementId));
    }

    private java.util.Optional<TrainingSession> nextSessionFor(InductionRequirement r) {
        return em
                .createNamedQuery("TrainingSession.nextOpenInduction", TrainingSession.class)
                .setParameter("today", LocalDate.now(clock))
                .setParameter("induction", true)
                .setParameter("active", true)
                .getResultList()
                .stream()
                .filter(s -> s.getCourse().getRequiredFor().isEmpty()
                        || s.getCourse().isRequiredFor(r.getPostType()))
                .findFirst();
    }

    /** One click on the worklist: enrols the person in the next open induction session. */
    @Transactional
    public EnrolmentService.EnrolmentResult enrolInNextSession(Long requirementId) {
        user.requireAnyRole(Role.COORDINATOR);
        InductionRequirement r = requirement(requirementId);
        if (r.getStatus() != InductionStatus.OPEN) {
            throw new BusinessRuleException("training.induction.notOpen", r.getStatus());
        }
        TrainingSession session =
                nextSessionFor(r).orElseThrow(() -> new BusinessRuleException("training.induction.noOpenSession"));
        return enrolments.enrolAs(session.getId(), r.getStaff().getId(), EnrolmentSource.INDUCTION);
    }

    private InductionRequirement requirement(Long id) {
        InductionRequirement r = id == null ? null : em.find(InductionRequirement.class, id);
        if (r == null) {
            throw new BusinessRuleException("training.induction.notFound", id);
        }
        return r;
    }

    private Long scopedUnit(Object requested) {
        Long unitId = requested == null || requested.toString().isBlank() ? null : Long.valueOf(requested.toString());
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
