package org.kaocheng.training.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;
import org.kaocheng.staff.domain.PostType;

/** A course of the catalogue (培训课程): what is taught, by whom, for how many hours, and when it counts as completed. */
@Entity
@Table(name = "training_course")
@NamedQuery(
        name = "TrainingCourse.active",
        query = "SELECT c FROM TrainingCourse c WHERE c.active = :active ORDER BY c.title")
@NamedQuery(
        name = "TrainingCourse.activeInduction",
        query = "SELECT c FROM TrainingCourse c WHERE c.active = :active AND c.induction = :induction ORDER BY c.id")
@NamedQuery(name = "TrainingCourse.byTitle", query = "SELECT c FROM TrainingCourse c WHERE c.title = :title")
public class TrainingCourse extends VersionedEntity {

    /** The most hours a course can have: far beyond any course, within training_course.hours NUMERIC(5,1). */
    public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(1000);

    @Id
    @SequenceGenerator(name = "training_course_seq", sequenceName = "training_course_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_course_seq")
    @Column(name = "id")
    private Long id;

    @NotBlank(message = "{training.course.title.required}")
    @Size(max = 200)
    @Column(name = "title")
    private String title;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "course_level")
    private CourseLevel level;

    @NotBlank(message = "{training.course.organiser.required}")
    @Size(max = 200)
    @Column(name = "organiser")
    private String organiser;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "course_type")
    private CourseType type;

    @NotNull
    @Column(name = "hours")
    private BigDecimal hours;

    @Size(max = 4000)
    @Column(name = "syllabus")
    private String syllabus;

    @Column(name = "induction")
    private boolean induction;

    @Column(name = "induction_due_days")
    private Integer inductionDueDays;

    @Embedded
    private CompletionRule completionRule;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_course_post_type", joinColumns = @JoinColumn(name = "course_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "post_type")
    private Set<PostType> requiredFor = EnumSet.noneOf(PostType.class);

    @Column(name = "active")
    private boolean active = true;

    protected TrainingCourse() {}

    public TrainingCourse(
            String title,
            CourseLevel level,
            String organiser,
            CourseType type,
            BigDecimal hours,
            CompletionRule completionRule) {
        this.title = title;
        this.level = level;
        this.organiser = organiser;
        this.type = type;
        setHours(hours);
        setCompletionRule(completionRule);
    }

    /** Marks the course as induction (岗前培训), due the given number of days after a new posting (null: the setting). */
    public void makeInduction(Integer dueDays) {
        if (dueDays != null && dueDays <= 0) {
            throw new BusinessRuleException("training.course.dueDays.positive");
        }
        this.induction = true;
        this.inductionDueDays = dueDays;
    }

    public void makeRegular() {
        this.induction = false;
        this.inductionDueDays = null;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public CourseLevel getLevel() {
        return level;
    }

    public void setLevel(CourseLevel level) {
        this.level = level;
    }

    public String getOrganiser() {
        return organiser;
    }

    public void setOrganiser(String organiser) {
        this.organiser = organiser;
    }

    public CourseType getType() {
        return type;
    }

    public void setType(CourseType type) {
        this.type = type;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public final void setHours(BigDecimal hours) {
        if (hours == null || hours.signum() <= 0) {
            throw new BusinessRuleException("training.course.hours.positive");
        }
        // the column (and each completion's copy) is NUMERIC(5,1): more would fail in the database, a second
        // decimal would be rounded away unseen
        if (hours.compareTo(MAX_HOURS) > 0 || hours.stripTrailingZeros().scale() > 1) {
            throw new BusinessRuleException("training.course.hours.range", MAX_HOURS);
        }
        this.hours = hours;
    }

    public String getSyllabus() {
        return syllabus;
    }

    public void setSyllabus(String syllabus) {
        this.syllabus = syllabus;
    }

    public boolean isInduction() {
        return induction;
    }

    public Integer getInductionDueDays() {
        return inductionDueDays;
    }

    public CompletionRule getCompletionRule() {
        return completionRule;
    }

    public final void setCompletionRule(CompletionRule completionRule) {
        if (completionRule == null) {
            throw new BusinessRuleException("training.rule.attendanceShare");
        }
        this.completionRule = completionRule;
    }

    public Set<PostType> getRequiredFor() {
        return requiredFor.isEmpty() ? EnumSet.noneOf(PostType.class) : EnumSet.copyOf(requiredFor);
    }

    public void setRequiredFor(Set<PostType> postTypes) {
        requiredFor.clear();
        if (postTypes != null) {
            requiredFor.addAll(postTypes);
        }
    }

    /** Whether the course is required for holders of the post type. */
    public boolean isRequiredFor(PostType postType) {
        return requiredFor.contains(postType);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public String toString() {
        return title;
    }
}
