package org.kaocheng.disclosure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.kaocheng.disclosure.application.PublicityEventService;
import org.kaocheng.disclosure.application.PublicityEventService.PublicityForm;
import org.kaocheng.disclosure.domain.PublicityEvent;
import org.kaocheng.platform.persistence.Page;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.platform.web.Messages;

/** The register of publicity events and what they reached. */
@Named
@ViewScoped
public class PublicityEventsView extends RegisterPageView<PublicityEvent> {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicityEventService service;

    private LocalDate startsOn;
    private LocalDate endsOn;
    private String title;
    private String place;
    private boolean online;
    private Long consultations;
    private Long brochures;
    private Long onlineViews;

    @Override
    protected Page<PublicityEvent> page(PageRequest request) {
        return service.page(request);
    }

    public void newRecord() {
        startNew();
        startsOn = LocalDate.now();
        endsOn = null;
        title = null;
        place = null;
        online = false;
        consultations = 0L;
        brochures = 0L;
        onlineViews = 0L;
    }

    public void edit(PublicityEvent e) {
        startEdit(e, e.getUnit().getId());
        startsOn = e.getStartsOn();
        endsOn = e.getEndsOn();
        title = e.getTitle();
        place = e.getPlace();
        online = e.isOnline();
        consultations = (long) e.getConsultations();
        brochures = (long) e.getBrochures();
        onlineViews = e.getOnlineViews();
    }

    public void save() {
        PublicityForm form = new PublicityForm(
                formUnitId, startsOn, endsOn, title, place, online, consultations, brochures, onlineViews);
        if (editId == null) {
            service.create(form);
        } else {
            service.update(editId, editVersion, form);
        }
        Messages.info("common.saved");
    }

    public void delete(PublicityEvent e) {
        service.delete(e.getId(), e.getVersion());
        Messages.info("common.saved");
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public Long getConsultations() {
        return consultations;
    }

    public void setConsultations(Long consultations) {
        this.consultations = consultations;
    }

    public Long getBrochures() {
        return brochures;
    }

    public void setBrochures(Long brochures) {
        this.brochures = brochures;
    }

    public Long getOnlineViews() {
        return onlineViews;
    }

    public void setOnlineViews(Long onlineViews) {
        this.onlineViews = onlineViews;
    }
}
