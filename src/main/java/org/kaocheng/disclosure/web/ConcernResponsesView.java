package org.kaocheng.disclosure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.kaocheng.disclosure.application.ConcernResponseService;
import org.kaocheng.disclosure.application.ConcernResponseService.ConcernForm;
import org.kaocheng.disclosure.domain.ConcernChannel;
import org.kaocheng.disclosure.domain.ConcernResponse;
import org.kaocheng.platform.persistence.Page;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.platform.web.Messages;

/** The register of responses to public concerns and major public-opinion events. */
@Named
@ViewScoped
public class ConcernResponsesView extends RegisterPageView<ConcernResponse> {

    private static final long serialVersionUID = 1L;

    @Inject
    ConcernResponseService service;

    private LocalDate respondedOn;
    private String subject;
    private ConcernChannel channel = ConcernChannel.WEBSITE;
    private boolean major;

    @Override
    protected Page<ConcernResponse> page(PageRequest request) {
        return service.page(request);
    }

    public void newRecord() {
        startNew();
        respondedOn = LocalDate.now();
        subject = null;
        channel = ConcernChannel.WEBSITE;
        major = false;
    }

    public void edit(ConcernResponse c) {
        startEdit(c, c.getUnit().getId());
        respondedOn = c.getRespondedOn();
        subject = c.getSubject();
        channel = c.getChannel();
        major = c.isMajor();
    }

    public void save() {
        ConcernForm form = new ConcernForm(formUnitId, respondedOn, subject, channel, major);
        if (editId == null) {
            service.create(form);
        } else {
            service.update(editId, editVersion, form);
        }
        Messages.info("common.saved");
    }

    public void delete(ConcernResponse c) {
        service.delete(c.getId(), c.getVersion());
        Messages.info("common.saved");
    }

    public ConcernChannel[] getChannels() {
        return ConcernChannel.values();
    }

    public LocalDate getRespondedOn() {
        return respondedOn;
    }

    public void setRespondedOn(LocalDate respondedOn) {
        this.respondedOn = respondedOn;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public ConcernChannel getChannel() {
        return channel;
    }

    public void setChannel(ConcernChannel channel) {
        this.channel = channel;
    }

    public boolean isMajor() {
        return major;
    }

    public void setMajor(boolean major) {
        this.major = major;
    }
}
