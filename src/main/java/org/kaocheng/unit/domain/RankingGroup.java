package org.kaocheng.unit.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.kaocheng.platform.persistence.VersionedEntity;

/** Units are ranked within a group (e.g. 区级部门 and 镇街), never across groups. */
@Entity
@Table(name = "ranking_group")
@NamedQuery(name = "RankingGroup.all", query = "SELECT g FROM RankingGroup g ORDER BY g.sortOrder, g.name")
@NamedQuery(name = "RankingGroup.byCode", query = "SELECT g FROM RankingGroup g WHERE g.code = :code")
public class RankingGroup extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "ranking_group_seq", sequenceName = "ranking_group_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ranking_group_seq")
    private Long id;

    @NotBlank
    @Size(max = 32)
    private String code;

    @NotBlank
    @Size(max = 100)
    private String name;

    @jakarta.persistence.Column(name = "sort_order")
    private int sortOrder;

    protected RankingGroup() {}

    public RankingGroup(String code, String name, int sortOrder) {
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    @Override
    public String toString() {
        return name;
    }
}
