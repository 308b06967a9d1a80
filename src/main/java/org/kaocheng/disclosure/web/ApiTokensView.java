package org.kaocheng.disclosure.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kaocheng.disclosure.application.ApiTokenService;
import org.kaocheng.disclosure.domain.ApiToken;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.unit.application.UnitService;
import org.kaocheng.unit.domain.Unit;

/** Admin page: issue a unit's CMS API token (the secret is shown once) and revoke tokens. */
@Named
@ViewScoped
public class ApiTokensView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiTokenService tokens;

    @Inject
    UnitService units;

    private Long unitId;
    private String name;
    private String issuedSecret;
    private transient List<ApiToken> list;

    @PostConstruct
    void init() {
        list = tokens.list();
    }

    public void issue() {
        issuedSecret = tokens.issue(unitId, name).secret();
        name = null;
        list = tokens.list();
        Messages.info("disclosure.token.issued");
    }

    public void revoke(Long id) {
        tokens.revoke(id);
        issuedSecret = null;
        list = tokens.list();
        Messages.info("common.saved");
    }

    public List<ApiToken> getList() {
        return list;
    }

    public List<Unit> getUnits() {
        return units.activeUnits();
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }
}
