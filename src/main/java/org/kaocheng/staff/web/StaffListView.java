package org.kaocheng.staff.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.platform.web.PagedDataModel;
import org.kaocheng.staff.application.StaffRow;
import org.kaocheng.staff.application.StaffService;
import org.kaocheng.staff.domain.PostType;
import org.kaocheng.staff.domain.Staff;
import org.kaocheng.unit.application.UnitService;
import org.kaocheng.unit.domain.Unit;

/** The staff list (one unit for an operator, any unit for district roles) and the new-person form. */
@Named
@ViewScoped
public class StaffListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffService staff;

    @Inject
    UnitService units;

    @Inject
    CurrentUser user;

    private PagedDataModel<StaffRow> model;
    private Long unitId;
    private String activeFilter = "true";
    private PostType postTypeFilter;

    private Long newUnitId;
    private String newName;
    private String newPhone;
    private String newIdCard;
    private PostType newPostType = PostType.PART_TIME;
    private LocalDate newStartDate = LocalDate.now();
    private String newDoc;

    @PostConstruct
    void init() {
        StaffService service = staff;
        model = new PagedDataModel<>(service::page, StaffRow::id);
        unitId = user.getOperatorUnitId().orElse(null);
        applyFilters();
    }

    public void applyFilters() {
        model.setFixedFilter("unitId", unitId);
        model.setFixedFilter("active", activeFilter == null || activeFilter.isEmpty() ? null : activeFilter);
        model.setFixedFilter("postType", postTypeFilter);
    }

    public void startNew() {
        newUnitId = unitId != null ? unitId : user.getOperatorUnitId().orElse(null);
        newName = null;
        newPhone = null;
        newIdCard = null;
        newPostType = PostType.PART_TIME;
        newStartDate = LocalDate.now();
        newDoc = null;
    }

    public String create() {
        Staff created = staff.create(new StaffService.NewStaffForm(
                newUnitId, newName, newPhone, newIdCard, newPostType, newStartDate, newDoc));
        Messages.info("common.saved");
        return "/staff/person?faces-redirect=true&id=" + created.getId();
    }

    public PagedDataModel<StaffRow> getModel() {
        return model;
    }

    public List<Unit> getUnitChoices() {
        return units.unitsInScope();
    }

    public PostType[] getPostTypes() {
        return PostType.values();
    }

    public boolean isUnitFixed() {
        return !user.readsAllUnits();
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getActiveFilter() {
        return activeFilter;
    }

    public void setActiveFilter(String activeFilter) {
        this.activeFilter = activeFilter;
    }

    public PostType getPostTypeFilter() {
        return postTypeFilter;
    }

    public void setPostTypeFilter(PostType postTypeFilter) {
        this.postTypeFilter = postTypeFilter;
    }

    public Long getNewUnitId() {
        return newUnitId;
    }

    public void setNewUnitId(Long newUnitId) {
        this.newUnitId = newUnitId;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewPhone() {
        return newPhone;
    }

    public void setNewPhone(String newPhone) {
        this.newPhone = newPhone;
    }

    public String getNewIdCard() {
        return newIdCard;
    }

    public void setNewIdCard(String newIdCard) {
        this.newIdCard = newIdCard;
    }

    public PostType getNewPostType() {
        return newPostType;
    }

    public void setNewPostType(PostType newPostType) {
        this.newPostType = newPostType;
    }

    public LocalDate getNewStartDate() {
        return newStartDate;
    }

    public void setNewStartDate(LocalDate newStartDate) {
        this.newStartDate = newStartDate;
    }

    public String getNewDoc() {
        return newDoc;
    }

    public void setNewDoc(String newDoc) {
        this.newDoc = newDoc;
    }
}
