package org.kaocheng.disclosure.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.kaocheng.disclosure.application.NewMediaRow;
import org.kaocheng.disclosure.application.NewMediaService;
import org.kaocheng.disclosure.application.NewMediaService.AccountForm;
import org.kaocheng.disclosure.domain.FilingStatus;
import org.kaocheng.disclosure.domain.MediaPlatform;
import org.kaocheng.disclosure.domain.NewMediaAccount;
import org.kaocheng.disclosure.domain.OperatorKind;
import org.kaocheng.disclosure.domain.UpdateSource;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.platform.web.PagedDataModel;
import org.kaocheng.unit.application.UnitService;
import org.kaocheng.unit.domain.Unit;

/** The new-media registry and the check at a date: failing (单项否决) and zombie (僵尸) accounts by unit. */
@Named
@ViewScoped
public class NewMediaView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NewMediaService service;

    @Inject
    UnitService units;

    @Inject
    CurrentUser user;

    private PagedDataModel<NewMediaAccount> model;
    private Long unitId;
    private LocalDate checkDate = LocalDate.now();
    private NewMediaRow.Show show = NewMediaRow.Show.FAILING;
    private transient List<NewMediaRow> checked;

    private Long editId;
    private int editVersion;
    private Long formUnitId;
    private MediaPlatform platform = MediaPlatform.WECHAT;
    private String accountName;
    private String accountId;
    private OperatorKind operatorKind = OperatorKind.SELF;
    private String operatorCompany;
    private LocalDate openedOn;
    private LocalDate closedOn;
    private FilingStatus filingStatus = FilingStatus.FILED;
    private Long updateAccountId;
    private LocalDate updateOn;

    @PostConstruct
    void init() {
        model = new PagedDataModel<>(service::page, NewMediaAccount::getId);
        formUnitId = user.getOperatorUnitId().orElse(null);
    }

    /** On opening the page (also from a dashboard figure: unit, check date, which rule), the check runs at once. */
    public void load() {
        runCheck();
    }

    public void runCheck() {
        checked = service.check(checkDate, unitId, show);
        model.setFixedFilter("unitId", unitId);
    }

    public void edit(NewMediaAccount a) {
        editId = a.getId();
        editVersion = a.getVersion();
        formUnitId = a.getUnit().getId();
        platform = a.getPlatform();
        accountName = a.getAccountName();
        accountId = a.getAccountId();
        operatorKind = a.getOperatorKind();
        operatorCompany = a.getOperatorCompany();
        openedOn = a.getOpenedOn();
        closedOn = a.getClosedOn();
        filingStatus = a.getFilingStatus();
    }

    public void newAccount() {
        editId = null;
        formUnitId = user.getOperatorUnitId().orElse(null);
        accountName = null;
        accountId = null;
        operatorCompany = null;
        openedOn = null;
        closedOn = null;
    }

    public void save() {
        AccountForm form = new AccountForm(
                formUnitId,
                platform,
                accountName,
                accountId,
                operatorKind,
                operatorCompany,
                openedOn,
                closedOn,
                filingStatus);
        if (editId == null) {
            service.create(form);
        } else {
            service.update(editId, editVersion, form);
        }
        Messages.info("common.saved");
    }

    public void prepareUpdate(NewMediaAccount a) {
        updateAccountId = a.getId();
        updateOn = LocalDate.now();
    }

    public void recordUpdate() {
        service.recordUpdate(updateAccountId, updateOn, UpdateSource.CHECK);
        Messages.info("common.saved");
        if (checked != null) {
            runCheck();
        }
    }

    public boolean canWrite(NewMediaAccount a) {
        return user.canWrite(a.getUnit().getId(), Role.ADMIN);
    }

    public boolean isWriter() {
        return user.hasAnyRole(Role.UNIT_OPERATOR, Role.ADMIN);
    }

    public List<Unit> getUnits() {
        return units.unitsInScope();
    }

    public MediaPlatform[] getPlatforms() {
        return MediaPlatform.values();
    }

    public OperatorKind[] getOperatorKinds() {
        return OperatorKind.values();
    }

    public FilingStatus[] getFilingStatuses() {
        return FilingStatus.values();
    }

    public PagedDataModel<NewMediaAccount> getModel() {
        return model;
    }

    public List<NewMediaRow> getChecked() {
        return checked;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public LocalDate getCheckDate() {
        return checkDate;
    }

    public void setCheckDate(LocalDate checkDate) {
        this.checkDate = checkDate;
    }

    public NewMediaRow.Show getShow() {
        return show;
    }

    public void setShow(NewMediaRow.Show show) {
        this.show = show == null ? NewMediaRow.Show.FAILING : show;
    }

    public NewMediaRow.Show[] getShows() {
        return NewMediaRow.Show.values();
    }

    public Long getFormUnitId() {
        return formUnitId;
    }

    public void setFormUnitId(Long formUnitId) {
        this.formUnitId = formUnitId;
    }

    public MediaPlatform getPlatform() {
        return platform;
    }

    public void setPlatform(MediaPlatform platform) {
        this.platform = platform;
    }

    public String getAccountName() {
        return accountName;
    }

    public void setAccountName(String accountName) {
        this.accountName = accountName;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public OperatorKind getOperatorKind() {
        return operatorKind;
    }

    public void setOperatorKind(OperatorKind operatorKind) {
        this.operatorKind = operatorKind;
    }

    public String getOperatorCompany() {
        return operatorCompany;
    }

    public void setOperatorCompany(String operatorCompany) {
        this.operatorCompany = operatorCompany;
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

    public FilingStatus getFilingStatus() {
        return filingStatus;
    }

    public void setFilingStatus(FilingStatus filingStatus) {
        this.filingStatus = filingStatus;
    }

    public LocalDate getUpdateOn() {
        return updateOn;
    }

    public void setUpdateOn(LocalDate updateOn) {
        this.updateOn = updateOn;
    }
}
