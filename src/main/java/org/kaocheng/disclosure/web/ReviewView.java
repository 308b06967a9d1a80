package org.kaocheng.disclosure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.kaocheng.disclosure.application.ApplicationService;
import org.kaocheng.disclosure.application.DuplicatePair;
import org.kaocheng.disclosure.application.ItemRow;
import org.kaocheng.disclosure.application.ProactiveItemService;
import org.kaocheng.disclosure.application.TimelinessQueries.RepeatedApplication;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.unit.application.UnitService;
import org.kaocheng.unit.domain.Unit;

/** Flags to review: duplicate publications, normative documents without interpretation, repeated applications. */
@Named
@ViewScoped
public class ReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProactiveItemService items;

    @Inject
    ApplicationService applications;

    @Inject
    CurrentUser user;

    @Inject
    UnitService units;

    private Long unitId;
    private LocalDate from = LocalDate.now().withDayOfYear(1);
    private LocalDate to = LocalDate.now();
    private transient List<DuplicatePair> duplicates;
    private transient List<ItemRow> missing;
    private transient List<RepeatedApplication> repeated;

    /** Runs on opening the page (view action), also with a dashboard figure's unit and period. */
    public void refresh() {
        duplicates = items.duplicates(unitId, from, to);
        missing = items.missingInterpretations(unitId, from, to);
        repeated = applications.repeated(unitId);
    }

    public void notDuplicate(Long itemId) {
        items.markNotDuplicate(itemId, true);
        Messages.info("common.saved");
        refresh();
    }

    public boolean isReviewer() {
        return user.hasAnyRole(Role.ADMIN, Role.ASSESSOR);
    }

    public List<DuplicatePair> getDuplicates() {
        return duplicates;
    }

    public List<ItemRow> getMissing() {
        return missing;
    }

    public List<RepeatedApplication> getRepeated() {
        return repeated;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public List<Unit> getUnits() {
        return units.unitsInScope();
    }

    public boolean isReadsAllUnits() {
        return user.readsAllUnits();
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
}
