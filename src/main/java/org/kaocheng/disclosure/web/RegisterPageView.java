package org.kaocheng.disclosure.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.kaocheng.platform.persistence.Page;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.platform.persistence.VersionedEntity;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.web.PagedDataModel;
import org.kaocheng.unit.application.UnitService;
import org.kaocheng.unit.domain.Unit;

/**
 * What the pages of the work-summary registers share: a lazy list filtered by unit and year
 * (view parameters {@code unitId}, {@code year}), and the unit and version of the record being
 * edited. The services decide who may read and change what.
 */
abstract class RegisterPageView<T extends VersionedEntity> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser user;

    @Inject
    UnitService units;

    private PagedDataModel<T> model;
    private Long unitId;
    private Integer year = LocalDate.now().getYear();
    protected Long editId;
    protected int editVersion;
    protected Long formUnitId;

    @PostConstruct
    void init() {
        model = new PagedDataModel<>(this::load, VersionedEntity::getId);
        formUnitId = user.getOperatorUnitId().orElse(null);
    }

    /** The service's page query. */
    protected abstract Page<T> page(PageRequest request);

    private Page<T> load(PageRequest request) {
        Map<String, Object> filters = new HashMap<>(request.filters());
        filters.put("unitId", unitId);
        filters.put("year", year);
        filters.values().removeIf(java.util.Objects::isNull);
        return page(
                new PageRequest(request.first(), request.size(), request.sortField(), request.ascending(), filters));
    }

    /** Clears the form for a new record of the operator's own unit (or the chosen one). */
    protected void startNew() {
        editId = null;
        editVersion = 0;
        formUnitId = user.getOperatorUnitId().orElse(unitId);
    }

    protected void startEdit(T record, Long recordUnitId) {
        editId = record.getId();
        editVersion = record.getVersion();
        formUnitId = recordUnitId;
    }

    public boolean canWrite(Long recordUnitId) {
        return user.canWrite(recordUnitId, Role.ADMIN);
    }

    public boolean isWriter() {
        return user.hasAnyRole(Role.UNIT_OPERATOR, Role.ADMIN);
    }

    public boolean isEditing() {
        return editId != null;
    }

    public List<Unit> getUnits() {
        return units.unitsInScope();
    }

    public List<Integer> getYears() {
        int now = LocalDate.now().getYear();
        return IntStream.rangeClosed(now - 5, now + 1)
                .boxed()
                .sorted((a, b) -> b - a)
                .toList();
    }

    public PagedDataModel<T> getModel() {
        return model;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getFormUnitId() {
        return formUnitId;
    }

    public void setFormUnitId(Long formUnitId) {
        this.formUnitId = formUnitId;
    }
}
