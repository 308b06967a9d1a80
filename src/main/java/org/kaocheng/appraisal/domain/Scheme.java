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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.kaocheng.appraisal.domain.scoring.GradePolicy;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;
import org.kaocheng.unit.domain.RankingGroup;

/**
 * An appraisal scheme (考核方案): a period, the ranking groups it covers, grade thresholds with
 * the quota on 优秀, the days units have to object, and an indicator tree ({@link Indicator}).
 * Frozen once a published result uses it; next year's is a copy.
 */
@Entity
@Table(name = "appraisal_scheme")
@NamedQuery(name = "Scheme.all", query = "SELECT s FROM Scheme s ORDER BY s.periodFrom DESC, s.name")
@NamedQuery(name = "Scheme.byName", query = "SELECT s FROM Scheme s WHERE s.name = :name")
public class Scheme extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "appraisal_scheme_seq", sequenceName = "appraisal_scheme_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appraisal_scheme_seq")
    @Column(name = "id")
    private Long id;

    @NotBlank(message = "{appraisal.scheme.name.required}")
    @Size(max = 200)
    @Column(name = "name")
    private String name;

    @NotNull
    @Column(name = "period_from")
    private LocalDate periodFrom;

    @NotNull
    @Column(name = "period_to")
    private LocalDate periodTo;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private SchemeStatus status = SchemeStatus.DRAFT;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "copied_from_id")
    private Scheme copiedFrom;

    @NotNull
    @Column(name = "excellent_min")
    private BigDecimal excellentMin;

    @NotNull
    @Column(name = "good_min")
    private BigDecimal goodMin;

    @NotNull
    @Column(name = "pass_min")
    private BigDecimal passMin;

    /** Per cent of a group that may be 优秀; null: no quota. */
    @Column(name = "excellent_quota")
    private BigDecimal excellentQuota;

    @Column(name = "objection_days")
    private int objectionDays;

    @ManyToMany
    @JoinTable(
            name = "appraisal_scheme_group",
            joinColumns = @JoinColumn(name = "scheme_id"),
            inverseJoinColumns = @JoinColumn(name = "ranking_group_id"))
    private Set<RankingGroup> groups = new LinkedHashSet<>();

    protected Scheme() {}

    public Scheme(String name, LocalDate periodFrom, LocalDate periodTo) {
        this.name = name;
        setPeriod(periodFrom, periodTo);
        this.excellentMin = BigDecimal.valueOf(90);
        this.goodMin = BigDecimal.valueOf(80);
        this.passMin = BigDecimal.valueOf(60);
        this.excellentQuota = BigDecimal.valueOf(30);
        this.objectionDays = 5;
    }

    /** A copy for another period: same thresholds and groups; the caller copies the tree. */
    public Scheme copyFor(String newName, LocalDate from, LocalDate to) {
        Scheme copy = new Scheme(newName, from, to);
        copy.copiedFrom = this;
        copy.setGrading(excellentMin, goodMin, passMin, excellentQuota);
        copy.objectionDays = objectionDays;
        copy.groups = new LinkedHashSet<>(groups);
        return copy;
    }

    public void requireEditable() {
        if (status == SchemeStatus.FROZEN) {
            throw new BusinessRuleException("appraisal.scheme.frozen", name);
        }
    }

    public void rename(String newName) {
        requireEditable();
        this.name = newName;
    }

    public final void setPeriod(LocalDate from, LocalDate to) {
        requireEditableIfPersisted();
        if (from == null || to == null || to.isBefore(from)) {
            throw new BusinessRuleException("appraisal.scheme.period.invalid");
        }
        // vacancy days and other per-day metrics enumerate at most a year of days
        if (from.plusYears(1).isBefore(to)) {
            throw new BusinessRuleException("appraisal.scheme.period.tooLong");
        }
        this.periodFrom = from;
        this.periodTo = to;
    }

    public void setGrading(BigDecimal excellent, BigDecimal good, BigDecimal pass, BigDecimal quotaPercent) {
        requireEditableIfPersisted();
        if (excellent == null
                || good == null
                || pass == null
                || excellent.compareTo(good) < 0
                || good.compareTo(pass) < 0
                || pass.signum() < 0) {
            throw new BusinessRuleException("appraisal.scheme.thresholds.invalid");
        }
        if (quotaPercent != null
                && (quotaPercent.signum() < 0 || quotaPercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new BusinessRuleException("appraisal.scheme.quota.invalid");
        }
        this.excellentMin = excellent;
        this.goodMin = good;
        this.passMin = pass;
        this.excellentQuota = quotaPercent;
    }

    public void setObjectionDays(int days) {
        requireEditableIfPersisted();
        if (days < 0 || days > 60) {
            throw new BusinessRuleException("appraisal.scheme.objectionDays.invalid");
        }
        this.objectionDays = days;
    }

    public void setGroups(Set<RankingGroup> newGroups) {
        requireEditable();
        this.groups = new LinkedHashSet<>(newGroups);
    }

    /** Once a published result uses it. */
    public void freeze() {
        this.status = SchemeStatus.FROZEN;
    }

    private void requireEditableIfPersisted() {
        if (status == SchemeStatus.FROZEN) {
            throw new BusinessRuleException("appraisal.scheme.frozen", name);
        }
    }

    public GradePolicy gradePolicy() {
        return new GradePolicy(excellentMin, goodMin, passMin, excellentQuota);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public SchemeStatus getStatus() {
        return status;
    }

    public boolean isFrozen() {
        return status == SchemeStatus.FROZEN;
    }

    public Scheme getCopiedFrom() {
        return copiedFrom;
    }

    public BigDecimal getExcellentMin() {
        return excellentMin;
    }

    public BigDecimal getGoodMin() {
        return goodMin;
    }

    public BigDecimal getPassMin() {
        return passMin;
    }

    public BigDecimal getExcellentQuota() {
        return excellentQuota;
    }

    public int getObjectionDays() {
        return objectionDays;
    }

    public Set<RankingGroup> getGroups() {
        return java.util.Collections.unmodifiableSet(groups);
    }

    @Override
    public String toString() {
        return name;
    }
}
