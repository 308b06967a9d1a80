package org.kaocheng.platform.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.kaocheng.platform.audit.AuditChange;
import org.kaocheng.platform.audit.AuditEntry;
import org.kaocheng.platform.audit.AuditService;
import org.kaocheng.platform.web.PagedDataModel;

/** The auditor's view of the audit trail, newest first, with filters. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditService audit;

    private PagedDataModel<AuditEntry> model;
    private LocalDate from;
    private LocalDate to;
    private String action;

    @PostConstruct
    void init() {
        AuditService service = audit;
        model = new PagedDataModel<>(service::page, AuditEntry::getId);
    }

    public void applyFilters() {
        model.setFixedFilter("from", from);
        model.setFixedFilter("to", to);
        model.setFixedFilter("action", action == null || action.isEmpty() ? null : action);
    }

    /** The attributes a row lists at first; the rest are counted ({@link #hiddenChanges}) and shown expanded. */
    static final int SHOWN_CHANGES = 6;

    /** A value as the row lists it: at most this many characters. */
    static final int BRIEF_LENGTH = 60;

    public List<AuditChange> shownChanges(AuditEntry entry) {
        List<AuditChange> changes = entry.getChanges();
        return changes.subList(0, Math.min(SHOWN_CHANGES, changes.size()));
    }

    public int hiddenChanges(AuditEntry entry) {
        return Math.max(0, entry.getChanges().size() - SHOWN_CHANGES);
    }

    /** A long value cut for the list (the expanded row shows it whole). */
    public static String brief(String value) {
        if (value == null || value.length() <= BRIEF_LENGTH) {
            return value;
        }
        return value.substring(0, BRIEF_LENGTH - 1) + "…";
    }

    public String[] getActions() {
        return new String[] {"CREATE", "UPDATE", "DELETE", "LOGIN", "LOGIN_FAIL", "LOCK"};
    }

    public PagedDataModel<AuditEntry> getModel() {
        return model;
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

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }
}
