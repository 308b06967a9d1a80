package org.kaocheng.appraisal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.kaocheng.appraisal.application.SchemeService;
import org.kaocheng.appraisal.domain.Scheme;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.unit.application.UnitService;
import org.kaocheng.unit.domain.RankingGroup;

/** The list of schemes: new, default, copy from last year's. */
@Named
@ViewScoped
public class SchemesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SchemeService schemes;

    @Inject
    UnitService units;

    @Inject
    CurrentUser user;

    private List<Scheme> list;
    private String name;
    private int year = LocalDate.now().getYear();
    private Long copySourceId;

    @PostConstruct
    void init() {
        list = schemes.schemes();
    }

    public boolean isEditor() {
        return user.hasRole(Role.ASSESSOR);
    }

    public List<RankingGroup> getGroups() {
        return units.rankingGroups();
    }

    /** An empty scheme for the year, covering every group; edited next. */
    public String create() {
        Set<Long> groups = new java.util.LinkedHashSet<>();
        units.rankingGroups().forEach(g -> groups.add(g.getId()));
        Scheme scheme = schemes.create(new SchemeService.SchemeForm(
                name,
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31),
                groups,
                BigDecimal.valueOf(90),
                BigDecimal.valueOf(80),
                BigDecimal.valueOf(60),
                BigDecimal.valueOf(30),
                5));
        return edit(scheme);
    }

    public String createDefault() {
        return edit(schemes.createDefault(name, year));
    }

    public String copy() {
        return edit(schemes.copy(copySourceId, name, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    private String edit(Scheme scheme) {
        jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getFlash()
                .setKeepMessages(true);
        Messages.info("appraisal.saved");
        return "/appraisal/scheme?faces-redirect=true&id=" + scheme.getId();
    }

    public List<Scheme> getList() {
        return list;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Long getCopySourceId() {
        return copySourceId;
    }

    public void setCopySourceId(Long copySourceId) {
        this.copySourceId = copySourceId;
    }
}
