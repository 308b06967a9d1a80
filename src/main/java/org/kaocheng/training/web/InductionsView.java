package org.kaocheng.training.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.platform.web.PagedDataModel;
import org.kaocheng.training.application.EnrolmentService;
import org.kaocheng.training.application.InductionService;
import org.kaocheng.training.application.InductionService.InductionRow;

/** The induction worklist: who is due or overdue, with one action to enrol them in the next session. */
@Named
@ViewScoped
public class InductionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InductionService inductions;

    private PagedDataModel<InductionRow> model;
    private int withinDays = 30;

    @PostConstruct
    void init() {
        InductionService service = inductions;
        model = new PagedDataModel<>(request -> service.worklist(request, withinDays), InductionRow::requirementId);
    }

    public void enrolNext(InductionRow row) {
        EnrolmentService.EnrolmentResult r = inductions.enrolInNextSession(row.requirementId());
        Messages.info("training.enrolment.result." + r.status().name(), r.staffName());
    }

    public PagedDataModel<InductionRow> getModel() {
        return model;
    }

    public int getWithinDays() {
        return withinDays;
    }

    public void setWithinDays(int withinDays) {
        this.withinDays = withinDays;
    }
}
