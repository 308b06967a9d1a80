package org.kaocheng.appraisal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.kaocheng.appraisal.application.AppraisalService;
import org.kaocheng.appraisal.application.RunInfo;
import org.kaocheng.appraisal.application.SchemeService;
import org.kaocheng.appraisal.domain.Scheme;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;

/** The appraisal runs the user may see; assessors compute new ones. */
@Named
@ViewScoped
public class RunsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AppraisalService runs;

    @Inject
    SchemeService schemes;

    @Inject
    CurrentUser user;

    private List<RunInfo> list;
    private Long schemeId;
    private LocalDate periodFrom;
    private LocalDate periodTo;

    @PostConstruct
    void init() {
        list = runs.runs();
    }

    public boolean isAssessor() {
        return user.hasRole(Role.ASSESSOR);
    }

    /** The unit of a unit operator, whose own sheet the list links to. */
    public Long getOwnUnitId() {
        return user.getOperatorUnitId().orElse(null);
    }

    public boolean readsRanking(RunInfo run) {
        return user.hasRole(Role.ASSESSOR) || (user.hasRole(Role.VIEWER) && run.isPublished());
    }

    public List<Scheme> getSchemes() {
        return isAssessor() ? schemes.schemes() : List.of();
    }

    /** Computes a draft run (the scheme's period when no dates are given) and opens it. */
    public String compute() {
        RunInfo run = runs.compute(schemeId, periodFrom, periodTo);
        return "/appraisal/run?faces-redirect=true&id=" + run.id();
    }

    public List<RunInfo> getList() {
        return list;
    }

    public Long getSchemeId() {
        return schemeId;
    }

    public void setSchemeId(Long schemeId) {
        this.schemeId = schemeId;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }
}
