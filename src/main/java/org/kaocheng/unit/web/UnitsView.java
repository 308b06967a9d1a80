package org.kaocheng.unit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.platform.web.PagedDataModel;
import org.kaocheng.unit.application.UnitService;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;
import org.kaocheng.unit.domain.UnitCategory;

/** The unit list and the administrator's unit form. */
@Named
@ViewScoped
public class UnitsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UnitService units;

    private PagedDataModel<Unit> model;
    private Long editingId;
    private int editingVersion;
    private String code;
    private String name;
    private UnitCategory category = UnitCategory.DEPARTMENT;
    private Long parentId;
    private Long rankingGroupId;

    @PostConstruct
    void init() {
        UnitService service = units;
        model = new PagedDataModel<>(service::page, Unit::getId);
    }

    public void startNew() {
        editingId = null;
        editingVersion = 0;
        code = null;
        name = null;
        category = UnitCategory.DEPARTMENT;
        parentId = null;
        rankingGroupId = null;
    }

    public void startEdit(Unit unit) {
        editingId = unit.getId();
        editingVersion = unit.getVersion();
        code = unit.getCode();
        name = unit.getName();
        category = unit.getCategory();
        parentId = unit.getParent() == null ? null : unit.getParent().getId();
        rankingGroupId =
                unit.getRankingGroup() == null ? null : unit.getRankingGroup().getId();
    }

    public void save() {
        UnitService.UnitForm form = new UnitService.UnitForm(code, name, category, parentId, rankingGroupId);
        if (editingId == null) {
            units.create(form);
        } else {
            units.update(editingId, editingVersion, form);
        }
        Messages.info("common.saved");
    }

    public void close(Unit unit) {
        units.close(unit.getId(), unit.getVersion(), LocalDate.now());
        Messages.info("unit.closed");
    }

    public void reopen(Unit unit) {
        units.reopen(unit.getId(), unit.getVersion());
        Messages.info("unit.reopened");
    }

    public PagedDataModel<Unit> getModel() {
        return model;
    }

    public List<Unit> getParentChoices() {
        return units.activeUnits();
    }

    public List<RankingGroup> getRankingGroups() {
        return units.rankingGroups();
    }

    public UnitCategory[] getCategories() {
        return UnitCategory.values();
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UnitCategory getCategory() {
        return category;
    }

    public void setCategory(UnitCategory category) {
        this.category = category;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public Long getRankingGroupId() {
        return rankingGroupId;
    }

    public void setRankingGroupId(Long rankingGroupId) {
        this.rankingGroupId = rankingGroupId;
    }
}
