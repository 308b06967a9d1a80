package org.kaocheng.disclosure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.kaocheng.disclosure.application.ProactiveItemService;
import org.kaocheng.disclosure.application.ProactiveItemService.ItemForm;
import org.kaocheng.disclosure.domain.ProactiveItem;
import org.kaocheng.disclosure.domain.PublicationChannel;
import org.kaocheng.disclosure.domain.Timeliness;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.web.Messages;

/** One proactive item: entry form, its deadline and state, duplicate review. */
@Named
@ViewScoped
public class ItemView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProactiveItemService items;

    @Inject
    CurrentUser user;

    @Inject
    org.kaocheng.unit.application.UnitService units;

    private Long id;
    private int version;
    private Long unitId;
    private String title;
    private String documentNumber;
    private String category;
    private boolean normative;
    private LocalDate formedOn;
    private LocalDate publishedOn;
    private PublicationChannel channel = PublicationChannel.WEBSITE;
    private String link;
    private String externalId;
    private Long interpretationOfId;
    private boolean notDuplicate;
    private boolean loaded;
    private transient Timeliness timeliness;
    private transient Timeliness interpretationTimeliness;

    /** f:viewAction: loads the item of the id parameter, or prepares a new one. */
    public void load() {
        if (id == null) {
            unitId = user.getOperatorUnitId().orElse(null);
            return;
        }
        ProactiveItem item = items.get(id);
        loaded = true;
        version = item.getVersion();
        unitId = item.getUnit().getId();
        title = item.getTitle();
        documentNumber = item.getDocumentNumber();
        category = item.getCategory();
        normative = item.isNormative();
        formedOn = item.getFormedOn();
        publishedOn = item.getPublishedOn();
        channel = item.getChannel();
        link = item.getLink();
        externalId = item.getExternalId();
        interpretationOfId = item.getInterpretationOf() == null
                ? null
                : item.getInterpretationOf().getId();
        notDuplicate = item.isNotDuplicate();
        timeliness = items.timeliness(id);
        interpretationTimeliness = items.interpretationTimeliness(id);
    }

    /** A new item's form, or a read item; nothing when the id named no item (its message says so). */
    public boolean isShown() {
        return id == null || loaded;
    }

    public String save() {
        ItemForm form = new ItemForm(
                unitId,
                title,
                documentNumber,
                category,
                normative,
                formedOn,
                publishedOn,
                channel,
                link,
                externalId,
                interpretationOfId);
        ProactiveItem saved = id == null ? items.create(form) : items.update(id, version, form);
        Messages.info("common.saved");
        return "/disclosure/item?faces-redirect=true&id=" + saved.getId();
    }

    public String delete() {
        items.delete(id, version);
        Messages.info("common.saved");
        return "/disclosure/items?faces-redirect=true";
    }

    public void toggleNotDuplicate() {
        items.markNotDuplicate(id, !notDuplicate);
        load();
        Messages.info("common.saved");
    }

    public boolean isReviewer() {
        return user.hasAnyRole(Role.ADMIN, Role.ASSESSOR);
    }

    public boolean isEditable() {
        return id == null ? user.hasAnyRole(Role.UNIT_OPERATOR, Role.ADMIN) : user.canWrite(unitId, Role.ADMIN);
    }

    public java.util.List<org.kaocheng.unit.domain.Unit> getUnits() {
        return units.unitsInScope();
    }

    public PublicationChannel[] getChannels() {
        return PublicationChannel.values();
    }

    public Timeliness getTimeliness() {
        return timeliness;
    }

    public Timeliness getInterpretationTimeliness() {
        return interpretationTimeliness;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public boolean isNormative() {
        return normative;
    }

    public void setNormative(boolean normative) {
        this.normative = normative;
    }

    public LocalDate getFormedOn() {
        return formedOn;
    }

    public void setFormedOn(LocalDate formedOn) {
        this.formedOn = formedOn;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public PublicationChannel getChannel() {
        return channel;
    }

    public void setChannel(PublicationChannel channel) {
        this.channel = channel;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public Long getInterpretationOfId() {
        return interpretationOfId;
    }

    public void setInterpretationOfId(Long interpretationOfId) {
        this.interpretationOfId = interpretationOfId;
    }

    public boolean isNotDuplicate() {
        return notDuplicate;
    }
}
