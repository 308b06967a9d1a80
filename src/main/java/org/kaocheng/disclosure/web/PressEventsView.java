package org.kaocheng.disclosure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.kaocheng.disclosure.application.PressEventService;
import org.kaocheng.disclosure.application.PressEventService.PressEventForm;
import org.kaocheng.disclosure.domain.PressEvent;
import org.kaocheng.disclosure.domain.PressEventKind;
import org.kaocheng.platform.persistence.Page;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.platform.web.Messages;

/** The register of press conferences and online interviews. */
@Named
@ViewScoped
public class PressEventsView extends RegisterPageView<PressEvent> {

    private static final long serialVersionUID = 1L;

    @Inject
    PressEventService service;

    private LocalDate heldOn;
    private PressEventKind kind = PressEventKind.PRESS_CONFERENCE;
    private String title;
    private String speakers;

    @Override
    protected Page<PressEvent> page(PageRequest request) {
        return service.page(request);
    }

    public void newRecord() {
        startNew();
        heldOn = LocalDate.now();
        kind = PressEventKind.PRESS_CONFERENCE;
        title = null;
        speakers = null;
    }

    public void edit(PressEvent e) {
        startEdit(e, e.getUnit().getId());
        heldOn = e.getHeldOn();
        kind = e.getKind();
        title = e.getTitle();
        speakers = e.getSpeakers();
    }

    public void save() {
        PressEventForm form = new PressEventForm(formUnitId, heldOn, kind, title, speakers);
        if (editId == null) {
            service.create(form);
        } else {
            service.update(editId, editVersion, form);
        }
        Messages.info("common.saved");
    }

    public void delete(PressEvent e) {
        service.delete(e.getId(), e.getVersion());
        Messages.info("common.saved");
    }

    public PressEventKind[] getKinds() {
        return PressEventKind.values();
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public PressEventKind getKind() {
        return kind;
    }

    public void setKind(PressEventKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSpeakers() {
        return speakers;
    }

    public void setSpeakers(String speakers) {
        this.speakers = speakers;
    }
}
