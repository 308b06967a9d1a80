package org.kaocheng.platform.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.kaocheng.platform.security.AccountService;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.security.UserAccount;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.platform.web.PagedDataModel;

/**
 * The administrator's user list and account form. The unit of a unit operator is chosen from
 * {@link UnitChoices}, which a capability provides (platform knows no unit entity).
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    UnitChoices unitChoices;

    private PagedDataModel<UserAccount> model;
    private Long editingId;
    private int editingVersion;
    private String username;
    private String displayName;
    private List<Role> roles = new ArrayList<>();
    private Long unitId;
    private boolean active = true;
    private String password;

    @PostConstruct
    void init() {
        AccountService service = accounts;
        model = new PagedDataModel<>(service::page, UserAccount::getId);
    }

    public void startNew() {
        editingId = null;
        editingVersion = 0;
        username = null;
        displayName = null;
        roles = new ArrayList<>();
        unitId = null;
        active = true;
        password = null;
    }

    public void startEdit(UserAccount account) {
        editingId = account.getId();
        editingVersion = account.getVersion();
        username = account.getUsername();
        displayName = account.getDisplayName();
        roles = new ArrayList<>(account.getRoles());
        unitId = account.getUnitId();
        active = account.isActive();
        password = null;
    }

    public void save() {
        AccountService.AccountForm form = new AccountService.AccountForm(
                username,
                displayName,
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
                unitId,
                active);
        if (editingId == null) {
            accounts.create(form, password);
            Messages.info("user.created");
        } else {
            boolean reset = password != null && !password.isBlank();
            editingVersion =
                    accounts.update(editingId, editingVersion, form, password).getVersion();
            Messages.info(reset ? "user.passwordReset" : "common.saved");
        }
    }

    public void unlock(UserAccount account) {
        accounts.unlock(account.getId());
        Messages.info("user.unlocked");
    }

    public boolean locked(UserAccount account) {
        return accounts.isLocked(account);
    }

    public String unitName(Long id) {
        return unitChoices.nameOf(id);
    }

    public List<UnitChoices.Choice> getUnits() {
        return unitChoices.choices();
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public PagedDataModel<UserAccount> getModel() {
        return model;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
