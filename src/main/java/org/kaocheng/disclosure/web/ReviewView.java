package org.kaocheng.disclosure.web;

import jakarta.annotation.PostConstruct;
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

    private LocalDate from = LocalDate.now().withDayOfYear(1);
    private LocalDate to = LocalDate.now();
    private transient List<DuplicatePair> duplicates;
    private transient List<ItemRow> missing;
    private transient List<RepeatedApplication> repeated;

    @PostConstruct
    public void refresh() {
        duplicates = items.duplicates(null, from, to);
        missing = items.missingInterpretations(null, from, to);
        repeated = applications.repeated(null);
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
