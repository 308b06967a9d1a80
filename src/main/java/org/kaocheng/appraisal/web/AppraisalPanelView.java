package org.kaocheng.appraisal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kaocheng.appraisal.application.AppraisalService;
import org.kaocheng.appraisal.application.RunInfo;
import org.kaocheng.platform.security.CurrentUser;

/** The appraisal panel of the home page: open objection periods, unanswered objections. */
@Named
@RequestScoped
public class AppraisalPanelView {

    @Inject
    AppraisalService runs;

    @Inject
    CurrentUser user;

    private List<RunInfo> open;
    private Long objections;

    public List<RunInfo> getOpenRuns() {
        if (open == null) {
            open = runs.openForObjections();
        }
        return open;
    }

    public long getOpenObjections() {
        if (objections == null) {
            objections = runs.openObjectionCount();
        }
        return objections;
    }

    public Long getOwnUnitId() {
        return user.getOperatorUnitId().orElse(null);
    }
}
