package org.kaocheng.disclosure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.kaocheng.disclosure.application.ReadingPointService;
import org.kaocheng.disclosure.application.ReadingPointService.EntryForm;
import org.kaocheng.disclosure.application.ReadingPointService.ReadingPointForm;
import org.kaocheng.disclosure.domain.ReadingPoint;
import org.kaocheng.disclosure.domain.ReadingPointEntry;
import org.kaocheng.platform.persistence.Page;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.platform.web.PagedDataModel;

/** The register of reading points and, for the chosen point, its service entries. */
@Named
@ViewScoped
public class ReadingPointsView extends RegisterPageView<ReadingPoint> {

    private static final long serialVersionUID = 1L;

    @Inject
    ReadingPointService service;

    private String name;
    private String address;
    private LocalDate openedOn;
    private LocalDate closedOn;

    private ReadingPoint selected;
    private PagedDataModel<ReadingPointEntry> entries;
    private Long entryId;
    private int entryVersion;
    private LocalDate servedOn;
    private boolean wholeMonth;
    private Long visits;
    private Long copies;

    @Override
    protected Page<ReadingPoint> page(PageRequest request) {
        return service.page(request);
    }

    public void newRecord() {
        startNew();
        name = null;
        address = null;
        openedOn = null;
        closedOn = null;
    }

    public void edit(ReadingPoint p) {
        startEdit(p, p.getUnit().getId());
        name = p.getName();
        address = p.getAddress();
        openedOn = p.getOpenedOn();
        closedOn = p.getClosedOn();
    }

    public void save() {
        ReadingPointForm form = new ReadingPointForm(formUnitId, name, address, openedOn, closedOn);
        if (editId == null) {
            service.create(form);
        } else {
            service.update(editId, editVersion, form);
        }
        Messages.info("common.saved");
    }

    public void delete(ReadingPoint p) {
        service.delete(p.getId(), p.getVersion());
        if (selected != null && selected.getId().equals(p.getId())) {
            selected = null;
        }
        Messages.info("common.saved");
    }

    /** Shows a point's service entries (of the chosen year). */
    public void select(ReadingPoint p) {
        selected = service.get(p.getId());
        Long pointId = selected.getId();
        entries = new PagedDataModel<>(r -> service.entries(pointId, r), ReadingPointEntry::getId);
        entries.setFixedFilter("year", getYear());
    }

    public void newEntry() {
        entryId = null;
        servedOn = LocalDate.now();
        wholeMonth = false;
        visits = 0L;
        copies = 0L;
    }

    public void editEntry(ReadingPointEntry e) {
        entryId = e.getId();
        entryVersion = e.getVersion();
        servedOn = e.getServedOn();
        wholeMonth = e.isWholeMonth();
        visits = (long) e.getVisits();
        copies = (long) e.getCopies();
    }

    public void saveEntry() {
        EntryForm form = new EntryForm(servedOn, wholeMonth, visits, copies);
        if (entryId == null) {
            service.record(selected.getId(), selected.getVersion(), form);
        } else {
            service.changeEntry(entryId, entryVersion, form);
        }
        selected = service.get(selected.getId());
        Messages.info("common.saved");
    }

    public void deleteEntry(ReadingPointEntry e) {
        service.deleteEntry(e.getId(), e.getVersion());
        Messages.info("common.saved");
    }

    public ReadingPoint getSelected() {
        return selected;
    }

    public PagedDataModel<ReadingPointEntry> getEntries() {
        return entries;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public void setOpenedOn(LocalDate openedOn) {
        this.openedOn = openedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    public LocalDate getServedOn() {
        return servedOn;
    }

    public void setServedOn(LocalDate servedOn) {
        this.servedOn = servedOn;
    }

    public boolean isWholeMonth() {
        return wholeMonth;
    }

    public void setWholeMonth(boolean wholeMonth) {
        this.wholeMonth = wholeMonth;
    }

    public Long getVisits() {
        return visits;
    }

    public void setVisits(Long visits) {
        this.visits = visits;
    }

    public Long getCopies() {
        return copies;
    }

    public void setCopies(Long copies) {
        this.copies = copies;
    }
}
