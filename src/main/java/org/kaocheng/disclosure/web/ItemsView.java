package org.kaocheng.disclosure.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.kaocheng.disclosure.application.ItemQuery;
import org.kaocheng.disclosure.application.ItemRow;
import org.kaocheng.disclosure.application.ProactiveItemService;
import org.kaocheng.disclosure.domain.ItemState;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.web.PagedDataModel;
import org.kaocheng.unit.application.UnitService;
import org.kaocheng.unit.domain.Unit;

/**
 * The list of proactive items and interpretations with their timeliness. The view parameters
 * (unit, period, kind, state) let a dashboard figure open the records behind it.
 */
@Named
@ViewScoped
public class ItemsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProactiveItemService items;

    @Inject
    UnitService units;

    @Inject
    CurrentUser user;

    private Long unitId;
    private LocalDate from;
    private LocalDate to;
    private String kind;
    private ItemState state;
    private String title;
    private PagedDataModel<ItemRow> model;

    @PostConstruct
    void init() {
        model = new PagedDataModel<>(request -> items.page(query(), request.first(), request.size()), ItemRow::id);
    }

    private ItemQuery query() {
        return new ItemQuery(unitId, from, to, kind == null || kind.isBlank() ? null : kind, state, title);
    }

    public List<Unit> getUnits() {
        return units.unitsInScope();
    }

    public ItemState[] getStates() {
        return ItemState.values();
    }

    public boolean isReadsAllUnits() {
        return user.readsAllUnits();
    }

    public PagedDataModel<ItemRow> getModel() {
        return model;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
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

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public ItemState getState() {
        return state;
    }

    public void setState(ItemState state) {
        this.state = state;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
