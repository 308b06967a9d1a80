package org.kaocheng.training.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.platform.web.PagedDataModel;
import org.kaocheng.staff.domain.PostType;
import org.kaocheng.training.application.CourseService;
import org.kaocheng.training.domain.CourseLevel;
import org.kaocheng.training.domain.CourseType;
import org.kaocheng.training.domain.TrainingCourse;

/** The course catalogue page: list, create, edit, retire. */
@Named
@ViewScoped
public class CoursesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseService courses;

    private PagedDataModel<TrainingCourse> model;

    private Long editingId;
    private int editingVersion;
    private String title;
    private CourseLevel level = CourseLevel.DISTRICT;
    private String organiser;
    private CourseType type = CourseType.IN_PERSON;
    private BigDecimal hours;
    private String syllabus;
    private List<PostType> requiredFor = new ArrayList<>();
    private boolean induction;
    private Integer inductionDueDays;
    private BigDecimal requiredAttendancePercent = BigDecimal.valueOf(100);
    private BigDecimal minExamScore;

    @PostConstruct
    void init() {
        CourseService service = courses;
        model = new PagedDataModel<>(service::page, TrainingCourse::getId);
    }

    public void newCourse() {
        editingId = null;
        title = null;
        level = CourseLevel.DISTRICT;
        organiser = Messages.text("training.course.defaultOrganiser");
        type = CourseType.IN_PERSON;
        hours = null;
        syllabus = null;
        requiredFor = new ArrayList<>();
        induction = false;
        inductionDueDays = null;
        requiredAttendancePercent = BigDecimal.valueOf(100);
        minExamScore = null;
    }

    public void edit(TrainingCourse c) {
        editingId = c.getId();
        editingVersion = c.getVersion();
        title = c.getTitle();
        level = c.getLevel();
        organiser = c.getOrganiser();
        type = c.getType();
        hours = c.getHours();
        syllabus = c.getSyllabus();
        requiredFor = new ArrayList<>(c.getRequiredFor());
        induction = c.isInduction();
        inductionDueDays = c.getInductionDueDays();
        requiredAttendancePercent =
                c.getCompletionRule().getRequiredAttendance().movePointRight(2).stripTrailingZeros();
        minExamScore = c.getCompletionRule().getMinExamScore();
    }

    public void save() {
        CourseService.CourseForm form = new CourseService.CourseForm(
                title,
                level,
                organiser,
                type,
                hours,
                syllabus,
                requiredFor.isEmpty() ? EnumSet.noneOf(PostType.class) : EnumSet.copyOf(requiredFor),
                induction,
                induction ? inductionDueDays : null,
                requiredAttendancePercent == null ? null : requiredAttendancePercent.movePointLeft(2),
                minExamScore);
        if (editingId == null) {
            courses.create(form);
        } else {
            courses.update(editingId, editingVersion, form);
        }
        Messages.info("common.saved");
    }

    public void toggleActive(TrainingCourse c) {
        courses.setActive(c.getId(), c.getVersion(), !c.isActive());
        Messages.info("common.saved");
    }

    public CourseLevel[] getLevels() {
        return CourseLevel.values();
    }

    public CourseType[] getTypes() {
        return CourseType.values();
    }

    public PostType[] getPostTypes() {
        return PostType.values();
    }

    public PagedDataModel<TrainingCourse> getModel() {
        return model;
    }

    public boolean isEditing() {
        return editingId != null;
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

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public String getSyllabus() {
        return syllabus;
    }

    public void setSyllabus(String syllabus) {
        this.syllabus = syllabus;
    }

    public List<PostType> getRequiredFor() {
        return requiredFor;
    }

    public void setRequiredFor(List<PostType> requiredFor) {
        this.requiredFor = requiredFor == null ? new ArrayList<>() : new ArrayList<>(requiredFor);
    }

    public boolean isInduction() {
        return induction;
    }

    public void setInduction(boolean induction) {
        this.induction = induction;
    }

    public Integer getInductionDueDays() {
        return inductionDueDays;
    }

    public void setInductionDueDays(Integer inductionDueDays) {
        this.inductionDueDays = inductionDueDays;
    }

    public BigDecimal getRequiredAttendancePercent() {
        return requiredAttendancePercent;
    }

    public void setRequiredAttendancePercent(BigDecimal requiredAttendancePercent) {
        this.requiredAttendancePercent = requiredAttendancePercent;
    }

    public BigDecimal getMinExamScore() {
        return minExamScore;
    }

    public void setMinExamScore(BigDecimal minExamScore) {
        this.minExamScore = minExamScore;
    }
}
