package org.kaocheng.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.CriteriaPager;
import org.kaocheng.platform.persistence.Page;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.training.domain.SessionDayPlan;
import org.kaocheng.training.domain.SessionStatus;
import org.kaocheng.training.domain.TrainingCourse;
import org.kaocheng.training.domain.TrainingCourse_;
import org.kaocheng.training.domain.TrainingSession;
import org.kaocheng.training.domain.TrainingSession_;

/** Sessions of courses (培训班次): scheduling and the status of each session. */
@ApplicationScoped
public class TrainingSessionService {

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    EnrolmentService enrolments;

    @Inject
    AttendanceService attendance;

    Clock clock = Clock.systemDefaultZone();

    /** A session as entered on the session form. */
    public record SessionForm(
            @NotNull(message = "{training.session.course.required}")
            Long courseId,

            @NotEmpty(message = "{training.session.noDays}") List<SessionDayPlan> days,
            @Size(max = 200) String place,
            @Size(max = 400) String link,
            @Size(max = 100) String trainer,

            @Min(value = 1, message = "{training.session.capacity.positive}")
            int capacity,

            LocalDate enrolmentDeadline) {}

    public Page<TrainingSession> page(PageRequest request) {
        user.requireAnyRole(TrainingRoles.READ);
        Map<String, Function<Root<TrainingSession>, Expression<?>>> sortable = Map.of(
                "startsOn", r -> r.get(TrainingSession_.startsOn),
                "status", r -> r.get(TrainingSession_.status),
                "courseTitle",
                        r -> r.join(TrainingSession_.course, JoinType.INNER).get(TrainingCourse_.title),
                "enrolmentDeadline", r -> r.get(TrainingSession_.enrolmentDeadline));
        CriteriaPager.Filter<TrainingSession> filter = (root, cb, req) -> {
            List<Predicate> where = new ArrayList<>();
            String title = req.filterText("courseTitle");
            if (title != null) {
                where.add(CriteriaPager.contains(
                        cb, root.get(TrainingSession_.course).get(TrainingCourse_.title), title));
            }
            String status = req.filterText("status");
            if (status != null) {
                where.add(CriteriaPager.equalsConstant(
                        cb, root.get(TrainingSession_.status), SessionStatus.class, status));
            }
            String year = req.filterText("year");
            if (year != null) {
                int y = Integer.parseInt(year);
                where.add(cb.between(
                        root.get(TrainingSession_.startsOn), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            }
            Object courseId = req.filters().get("courseId");
            if (courseId != null && !courseId.toString().isBlank()) {
                where.add(cb.equal(
                        root.get(TrainingSession_.course).get(TrainingCourse_.id), Long.valueOf(courseId.toString())));
            }
            return where;
        };
        // the latest sessions first: the coming ones and those just held are what people look for
        return new CriteriaPager<>(em, TrainingSession.class, filter, sortable, r -> r.get(TrainingSession_.id))
                .page(request.sortedByDefault("startsOn", false));
    }

    public TrainingSession get(Long sessionId) {
        user.requireAnyRole(TrainingRoles.READ);
        return find(sessionId);
    }

    @Transactional
    public TrainingSession create(@Valid SessionForm form) {
        user.requireAnyRole(TrainingRoles.RUN);
        TrainingCourse course = em.find(TrainingCourse.class, form.courseId());
        if (course == null || !course.isActive()) {
            throw new BusinessRuleException("training.course.notFound", form.courseId());
        }
        TrainingSession session = new TrainingSession(course, form.days(), form.capacity(), form.enrolmentDeadline());
        details(session, form);
        em.persist(session);
        em.flush();
        return session;
    }

    /** New days, place, capacity...; a larger capacity moves waitlisted people up at once. */
    @Transactional
    public TrainingSession update(Long sessionId, int expectedVersion, @Valid SessionForm form) {
        user.requireAnyRole(TrainingRoles.RUN);
        TrainingSession session = enrolments.lockSession(sessionId);
        session.checkVersion(expectedVersion);
        session.reschedule(form.days(), form.enrolmentDeadline());
        long seated = enrolments.seated(sessionId);
        if (form.capacity() < seated) {
            throw new BusinessRuleException("training.session.capacityBelowSeated", seated);
        }
        session.setCapacity(form.capacity());
        details(session, form);
        enrolments.promoteWaitlisted(session, EnrolmentService.CAPACITY_RAISED);
        em.flush();
        return session;
    }

    @Transactional
    public void open(Long sessionId, int expectedVersion) {
        TrainingSession session = writable(sessionId, expectedVersion);
        session.open();
        em.flush();
    }

    @Transactional
    public void close(Long sessionId, int expectedVersion) {
        TrainingSession session = writable(sessionId, expectedVersion);
        session.close();
        em.flush();
    }

    /** Marks the session held and works out who completed it by the course's rule. */
    @Transactional
    public void markHeld(Long sessionId, int expectedVersion) {
        TrainingSession session = writable(sessionId, expectedVersion);
        session.markHeld(LocalDate.now(clock));
        em.flush();
        attendance.computeCompletions(sessionId);
    }

    /** Cancels a session not yet held; refused for a held one. */
    @Transactional
    public void cancel(Long sessionId, int expectedVersion) {
        TrainingSession session = writable(sessionId, expectedVersion);
        session.cancel();
        em.flush();
    }

    private TrainingSession writable(Long sessionId, int expectedVersion) {
        user.requireAnyRole(TrainingRoles.RUN);
        TrainingSession session = find(sessionId);
        session.checkVersion(expectedVersion);
        return session;
    }

    private static void details(TrainingSession session, SessionForm form) {
        session.setPlace(blankToNull(form.place()));
        session.setLink(blankToNull(form.link()));
        session.setTrainer(blankToNull(form.trainer()));
    }

    TrainingSession find(Long sessionId) {
        TrainingSession session = sessionId == null ? null : em.find(TrainingSession.class, sessionId);
        if (session == null) {
            throw new BusinessRuleException("training.session.notFound", sessionId);
        }
        return session;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
