package org.kaocheng.unit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;

/** A department (部门), town (镇) or street office (街道); units form a tree under the district. */
@Entity
@Table(name = "unit")
@NamedQuery(name = "Unit.byCode", query = "SELECT u FROM Unit u WHERE u.code = :code")
@NamedQuery(name = "Unit.active", query = "SELECT u FROM Unit u WHERE u.active = :active ORDER BY u.code")
@NamedQuery(name = "Unit.all", query = "SELECT u FROM Unit u ORDER BY u.code")
@NamedQuery(
        name = "Unit.countActiveChildren",
        query = "SELECT COUNT(u) FROM Unit u WHERE u.parent = :parent AND u.active = :active")
public class Unit extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "unit_seq", sequenceName = "unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
    private Long id;

    @NotBlank(message = "{unit.code.required}")
    @Size(max = 32)
    @Pattern(regexp = "[A-Za-z0-9_-]+", message = "{unit.code.pattern}")
    private String code;

    @NotBlank(message = "{unit.name.required}")
    @Size(max = 200)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    private UnitCategory category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ranking_group_id")
    private RankingGroup rankingGroup;

    private boolean active = true;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    protected Unit() {}

    public Unit(String code, String name, UnitCategory category, Unit parent, RankingGroup rankingGroup) {
        this.code = code;
        this.name = name;
        this.category = category;
        this.parent = parent;
        this.rankingGroup = rankingGroup;
    }

    @Override
    public Long getId() {
        return id;
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

    public Unit getParent() {
        return parent;
    }

    /** Moves the unit under another; a unit can never become its own ancestor. */
    public void setParent(Unit parent) {
        for (Unit u = parent; u != null; u = u.getParent()) {
            if (u == this || (id != null && id.equals(u.getId()))) {
                throw new BusinessRuleException("unit.parent.cycle");
            }
        }
        this.parent = parent;
    }

    public RankingGroup getRankingGroup() {
        return rankingGroup;
    }

    public void setRankingGroup(RankingGroup rankingGroup) {
        this.rankingGroup = rankingGroup;
    }

    public boolean isActive() {
        return active;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void close(LocalDate on) {
        this.active = false;
        this.closedOn = on;
    }

    public void reopen() {
        this.active = true;
        this.closedOn = null;
    }

    @Override
    public String toString() {
        return name;
    }
}
