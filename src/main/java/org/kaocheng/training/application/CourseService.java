package org.kaocheng.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.CriteriaPager;
import org.kaocheng.platform.persistence.Page;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.staff.domain.PostType;
import org.kaocheng.training.domain.CompletionRule;
import org.kaocheng.training.domain.CourseLevel;
import org.kaocheng.training.domain.CourseType;
import org.kaocheng.training.domain.TrainingCourse;
import org.kaocheng.training.domain.TrainingCourse_;

/** The course catalogue (培训课程): coordinators keep it, every district role reads it. */
@ApplicationScoped
public class CourseService {

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    /** A course as entered on the course form. */
    public record CourseForm(
            @NotBlank(message = "{training.course.title.required}") @Size(max = 200)
            String title,

            @NotNull CourseLevel level,

            @NotBlank(message = "{training.course.organiser.required}") @Size(max = 200)
            String organiser,

            @NotNull CourseType type,

            @NotNull @DecimalMin(value = "0.5", message = "{training.course.hours.positive}")
            BigDecimal hours,

            @Size(max = 4000) String syllabus,
            Set<PostType> requiredFor,
            boolean induction,
            Integer inductionDueDays,
            @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal requiredAttendance,
            @DecimalMin("0") @DecimalMax("100") BigDecimal minExamScore) {}

    public Page<TrainingCourse> page(PageRequest request) {
        user.requireAnyRole(TrainingRoles.READ);
        Map<String, Function<Root<TrainingCourse>, Expression<?>>> sortable = Map.of(
                "title", r -> r.get(TrainingCourse_.title),
                "level", r -> r.get(TrainingCourse_.level),
                "hours", r -> r.get(TrainingCourse_.hours),
                "organiser", r -> r.get(TrainingCourse_.organiser));
        CriteriaPager.Filter<TrainingCourse> filter = (root, cb, req) -> {
            List<Predicate> where = new ArrayList<>();
            String title = req.filterText("title");
            if (title != null) {
                where.add(CriteriaPager.contains(cb, root.get(TrainingCourse_.title), title));
            }
            String organiser = req.filterText("organiser");
            if (organiser != null) {
                where.add(CriteriaPager.contains(cb, root.get(TrainingCourse_.organiser), organiser));
            }
            String level = req.filterText("level");
            if (level != null) {
                where.add(CriteriaPager.equalsConstant(cb, root.get(TrainingCourse_.level), CourseLevel.class, level));
            }
            String induction = req.filterText("induction");
            if (induction != null) {
                where.add(cb.equal(root.get(TrainingCourse_.induction), Boolean.parseBoolean(induction)));
            }
            String active = req.filterText("active");
            if (active != null) {
                where.add(cb.equal(root.get(TrainingCourse_.active), Boolean.parseBoolean(active)));
            }
            return where;
        };
        return new CriteriaPager<>(em, TrainingCourse.class, filter, sortable, r -> r.get(TrainingCourse_.id))
                .page(request);
    }

    public List<TrainingCourse> active() {
        user.requireAnyRole(TrainingRoles.READ);
        return em.createNamedQuery("TrainingCourse.active", TrainingCourse.class)
                .setParameter("active", true)
                .getResultList();
    }

    public TrainingCourse get(Long courseId) {
        user.requireAnyRole(TrainingRoles.READ);
        return find(courseId);
    }

    @Transactional
    public TrainingCourse create(@Valid CourseForm form) {
        user.requireAnyRole(TrainingRoles.RUN);
        TrainingCourse course = new TrainingCourse(
                form.title().trim(),
                form.level(),
                form.organiser().trim(),
                form.type(),
                form.hours(),
                new CompletionRule(form.requiredAttendance(), form.minExamScore()));
        apply(course, form);
        em.persist(course);
        em.flush();
        return course;
    }

    @Transactional
    public TrainingCourse update(Long courseId, int expectedVersion, @Valid CourseForm form) {
        user.requireAnyRole(TrainingRoles.RUN);
        TrainingCourse course = find(courseId);
        course.checkVersion(expectedVersion);
        course.setTitle(form.title().trim());
        course.setLevel(form.level());
        course.setOrganiser(form.organiser().trim());
        course.setType(form.type());
        course.setHours(form.hours());
        course.setCompletionRule(new CompletionRule(form.requiredAttendance(), form.minExamScore()));
        apply(course, form);
        em.flush();
        return course;
    }

    @Transactional
    public void setActive(Long courseId, int expectedVersion, boolean active) {
        user.requireAnyRole(TrainingRoles.RUN);
        TrainingCourse course = find(courseId);
        course.checkVersion(expectedVersion);
        course.setActive(active);
        em.flush();
    }

    private static void apply(TrainingCourse course, CourseForm form) {
        course.setSyllabus(
                form.syllabus() == null || form.syllabus().isBlank()
                        ? null
                        : form.syllabus().trim());
        course.setRequiredFor(form.requiredFor());
        if (form.induction()) {
            course.makeInduction(form.inductionDueDays());
        } else {
            course.makeRegular();
        }
    }

    private TrainingCourse find(Long courseId) {
        TrainingCourse course = courseId == null ? null : em.find(TrainingCourse.class, courseId);
        if (course == null) {
            throw new BusinessRuleException("training.course.notFound", courseId);
        }
        return course;
    }
}
