package org.kaocheng.appraisal.domain;

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
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.kaocheng.appraisal.domain.scoring.IndicatorSpec;
import org.kaocheng.appraisal.domain.scoring.RuleKind;
import org.kaocheng.appraisal.domain.scoring.RuleSpec;
import org.kaocheng.appraisal.domain.scoring.Tier;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;

/**
 * One indicator (一级/二级/三级指标) of a scheme. A leaf has a rule whose parameters are data;
 * whether the tree adds up is checked on the whole scheme
 * ({@link org.kaocheng.appraisal.domain.scoring.SchemeCheck}).
 */
@Entity
@Table(name = "appraisal_indicator")
@NamedQuery(
        name = "Indicator.ofScheme",
        query = "SELECT i FROM Indicator i WHERE i.scheme.id = :schemeId ORDER BY i.level, i.sortOrder, i.id")
@NamedQuery(
        name = "Indicator.children",
        query = "SELECT i FROM Indicator i WHERE i.parent.id = :parentId ORDER BY i.sortOrder, i.id")
public class Indicator extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "appraisal_indicator_seq", sequenceName = "appraisal_indicator_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appraisal_indicator_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scheme_id")
    private Scheme scheme;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Indicator parent;

    @NotBlank(message = "{appraisal.indicator.code.required}")
    @Size(max = 32)
    @Column(name = "code")
    private String code;

    @NotBlank(message = "{appraisal.indicator.name.required}")
    @Size(max = 200)
    @Column(name = "name")
    private String name;

    @Size(max = 1000)
    @Column(name = "description")
    private String description;

    @Column(name = "indicator_level")
    private int level;

    @Column(name = "sort_order")
    private int sortOrder;

    @Column(name = "points")
    private BigDecimal points;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_kind")
    private RuleKind ruleKind;

    @Size(max = 60)
    @Column(name = "metric_code")
    private String metricCode;

    @Column(name = "rate_floor")
    private BigDecimal rateFloor;

    @Column(name = "per_occurrence")
    private BigDecimal perOccurrence;

    @Column(name = "veto_threshold")
    private BigDecimal vetoThreshold;

    @Size(max = 500)
    @Column(name = "tiers")
    private String tiers;

    @Column(name = "lower_is_better")
    private boolean lowerIsBetter;

    @Column(name = "total_threshold")
    private BigDecimal totalThreshold;

    protected Indicator() {}

    /** A new indicator under {@code parent} (null: level 1). */
    public Indicator(Scheme scheme, Indicator parent, String code, String name, BigDecimal points, int sortOrder) {
        if (parent != null && parent.level >= 3) {
            throw new BusinessRuleException("appraisal.indicator.tooDeep");
        }
        if (parent != null && parent.scheme != scheme && !parent.scheme.equals(scheme)) {
            throw new BusinessRuleException("appraisal.indicator.otherScheme");
        }
        this.scheme = scheme;
        this.parent = parent;
        this.level = parent == null ? 1 : parent.level + 1;
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
        setPoints(points);
    }

    /** A copy into another scheme under the copied parent. */
    public Indicator copyInto(Scheme target, Indicator copiedParent) {
        Indicator copy = new Indicator(target, copiedParent, code, name, points, sortOrder);
        copy.description = description;
        copy.ruleKind = ruleKind;
        copy.metricCode = metricCode;
        copy.rateFloor = rateFloor;
        copy.perOccurrence = perOccurrence;
        copy.vetoThreshold = vetoThreshold;
        copy.tiers = tiers;
        copy.lowerIsBetter = lowerIsBetter;
        copy.totalThreshold = totalThreshold;
        return copy;
    }

    public void setPoints(BigDecimal newPoints) {
        if (newPoints == null || newPoints.signum() < 0) {
            throw new BusinessRuleException("appraisal.indicator.points.invalid");
        }
        if (newPoints.scale() > 2) {
            throw new BusinessRuleException("appraisal.indicator.points.invalid");
        }
        this.points = newPoints;
    }

    public void describe(String newCode, String newName, String newDescription, int newSortOrder) {
        this.code = newCode;
        this.name = newName;
        this.description = newDescription;
        this.sortOrder = newSortOrder;
    }

    /** Sets the leaf's rule (null: none, for a node with children); parameters are checked here. */
    public void setRule(RuleSpec rule) {
        if (rule == null) {
            ruleKind = null;
            metricCode = null;
            rateFloor = null;
            perOccurrence = null;
            vetoThreshold = null;
            tiers = null;
            lowerIsBetter = false;
            totalThreshold = null;
            return;
        }
        if (rule.kind().needsMetric()
                && (rule.metricCode() == null || rule.metricCode().isBlank())) {
            throw new BusinessRuleException("appraisal.indicator.metric.required");
        }
        if (rule.floor() != null && (rule.floor().signum() < 0 || rule.floor().compareTo(BigDecimal.ONE) > 0)) {
            throw new BusinessRuleException("appraisal.indicator.floor.invalid");
        }
        if (rule.perOccurrence() != null && rule.perOccurrence().signum() <= 0) {
            throw new BusinessRuleException("appraisal.indicator.perOccurrence.invalid");
        }
        if (rule.kind() == RuleKind.DEDUCTION && rule.perOccurrence() == null) {
            throw new BusinessRuleException("appraisal.indicator.perOccurrence.invalid");
        }
        if (rule.kind() == RuleKind.TIERS && rule.tiers().isEmpty()) {
            throw new BusinessRuleException("appraisal.indicator.tiers.required");
        }
        this.ruleKind = rule.kind();
        this.metricCode = rule.metricCode() == null || rule.metricCode().isBlank() || rule.kind() == RuleKind.MANUAL
                ? null
                : rule.metricCode().trim();
        this.rateFloor = rule.kind() == RuleKind.RATE ? rule.floor() : null;
        this.perOccurrence =
                rule.kind() == RuleKind.DEDUCTION || rule.kind() == RuleKind.BONUS ? rule.perOccurrence() : null;
        this.vetoThreshold = rule.kind() == RuleKind.VETO ? rule.vetoThreshold() : null;
        this.tiers = rule.kind() == RuleKind.TIERS ? Tier.format(rule.tiers()) : null;
        this.lowerIsBetter = rule.kind() == RuleKind.TIERS && rule.lowerIsBetter();
        this.totalThreshold = rule.kind() == RuleKind.BONUS ? rule.totalThreshold() : null;
    }

    public RuleSpec getRule() {
        if (ruleKind == null) {
            return null;
        }
        return new RuleSpec(
                ruleKind,
                metricCode,
                rateFloor,
                perOccurrence,
                vetoThreshold,
                Tier.parse(tiers),
                lowerIsBetter,
                totalThreshold);
    }

    public IndicatorSpec toSpec() {
        return new IndicatorSpec(id, code, name, level, parent == null ? null : parent.getId(), points, getRule());
    }

    @Override
    public Long getId() {
        return id;
    }

    public Scheme getScheme() {
        return scheme;
    }

    public Indicator getParent() {
        return parent;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getLevel() {
        return level;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public RuleKind getRuleKind() {
        return ruleKind;
    }

    public String getMetricCode() {
        return metricCode;
    }

    public BigDecimal getRateFloor() {
        return rateFloor;
    }

    public BigDecimal getPerOccurrence() {
        return perOccurrence;
    }

    public BigDecimal getVetoThreshold() {
        return vetoThreshold;
    }

    public String getTiers() {
        return tiers;
    }

    public boolean isLowerIsBetter() {
        return lowerIsBetter;
    }

    public BigDecimal getTotalThreshold() {
        return totalThreshold;
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
