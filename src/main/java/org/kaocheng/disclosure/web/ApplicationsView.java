package org.kaocheng.disclosure.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.kaocheng.disclosure.application.ApplicationQuery;
import org.kaocheng.disclosure.application.ApplicationRow;
import org.kaocheng.disclosure.application.ApplicationService;
import org.kaocheng.disclosure.domain.ApplicationState;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.web.PagedDataModel;
import org.kaocheng.unit.application.UnitService;
import org.kaocheng.unit.domain.Unit;

/** The list of applications with their clocks; view parameters open the records behind a figure. */
@Named
@ViewScoped
public class ApplicationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationService applications;

    @Inject
    UnitService units;

    @Inject
    CurrentUser user;

    private Long unitId;
    private LocalDate from;
    private LocalDate to;
    private ApplicationState state;
    private String text;
    private LocalDate openOn;
    private PagedDataModel<ApplicationRow> model;

    @PostConstruct
    void init() {
        model = new PagedDataModel<>(
                request -> applications.page(
                        new ApplicationQuery(unitId, from, to, state, text, openOn), request.first(), request.size()),
                ApplicationRow::id);
    }

    public List<Unit> getUnits() {
        return units.unitsInScope();
    }

    public ApplicationState[] getStates() {
        return ApplicationState.values();
    }

    public boolean isReadsAllUnits() {
        return user.readsAllUnits();
    }

    public PagedDataModel<ApplicationRow> getModel() {
        return model;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public ApplicationState getState() {
        return state;
    }

    public void setState(ApplicationState state) {
        this.state = state;
    }

    /** Still open at the end of this day: the records behind a carried-over figure. */
    public LocalDate getOpenOn() {
        return openOn;
    }

    public void setOpenOn(LocalDate openOn) {
        this.openOn = openOn;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
