package org.kaocheng.disclosure.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;
import org.kaocheng.unit.domain.Unit;

/** A government new-media account (政务新媒体) in a unit's registry. */
@Entity
@Table(name = "new_media_account")
public class NewMediaAccount extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "new_media_account_seq", sequenceName = "new_media_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "new_media_account_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "platform", nullable = false, length = 20)
    private MediaPlatform platform;

    @Column(name = "account_name", nullable = false, length = 200)
    private String accountName;

    @Column(name = "account_id", length = 200)
    private String accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "operator_kind", nullable = false, length = 20)
    private OperatorKind operatorKind = OperatorKind.SELF;

    @Column(name = "operator_company", length = 200)
    private String operatorCompany;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "filing_status", nullable = false, length = 20)
    private FilingStatus filingStatus = FilingStatus.NOT_FILED;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<NewMediaUpdate> updates = new ArrayList<>();

    protected NewMediaAccount() {}

    public NewMediaAccount(Unit unit, MediaPlatform platform, String accountName, LocalDate openedOn) {
        if (unit == null || platform == null || accountName == null || accountName.isBlank() || openedOn == null) {
            throw new BusinessRuleException("disclosure.newMedia.required");
        }
        this.unit = unit;
        this.platform = platform;
        this.accountName = accountName.trim();
        this.openedOn = openedOn;
    }

    /** A third-party operator must be named; the unit itself needs no name. */
    public void setOperator(OperatorKind kind, String company) {
        if (kind == OperatorKind.THIRD_PARTY && (company == null || company.isBlank())) {
            throw new BusinessRuleException("disclosure.newMedia.companyRequired");
        }
        this.operatorKind = kind == null ? OperatorKind.SELF : kind;
        this.operatorCompany = this.operatorKind == OperatorKind.THIRD_PARTY ? company.trim() : null;
    }

    public void close(LocalDate on) {
        if (on != null && on.isBefore(openedOn)) {
            throw new BusinessRuleException("disclosure.newMedia.closedBeforeOpened");
        }
        this.closedOn = on;
    }

    /** Records a day on which the account posted; a day already known is not added twice. */
    public NewMediaUpdate recordUpdate(LocalDate on, UpdateSource source) {
        if (on == null || on.isBefore(openedOn)) {
            throw new BusinessRuleException("disclosure.newMedia.updateBeforeOpened");
        }
        for (NewMediaUpdate u : updates) {
            if (u.getUpdatedOn().equals(on)) {
                return u;
            }
        }
        NewMediaUpdate update = new NewMediaUpdate(this, on, source);
        updates.add(update);
        return update;
    }

    public boolean isActiveOn(LocalDate day) {
        return !openedOn.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
    }

    /** The check at a date from the updates known; null when the account is not active then. */
    public NewMediaCheck check(LocalDate checkDate, int vetoDays, int zombieMonths) {
        if (!isActiveOn(checkDate)) {
            return null;
        }
        LocalDate last = updates.stream()
                .map(NewMediaUpdate::getUpdatedOn)
                .filter(d -> !d.isAfter(checkDate))
                .max(LocalDate::compareTo)
                .orElse(null);
        return NewMediaCheck.of(checkDate, openedOn, last, vetoDays, zombieMonths);
    }

    @Override
    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
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
        if (accountName == null || accountName.isBlank()) {
            throw new BusinessRuleException("disclosure.newMedia.required");
        }
        this.accountName = accountName.trim();
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId == null || accountId.isBlank() ? null : accountId.trim();
    }

    public OperatorKind getOperatorKind() {
        return operatorKind;
    }

    public String getOperatorCompany() {
        return operatorCompany;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public FilingStatus getFilingStatus() {
        return filingStatus;
    }

    public void setFilingStatus(FilingStatus filingStatus) {
        this.filingStatus = filingStatus == null ? FilingStatus.NOT_FILED : filingStatus;
    }

    public List<NewMediaUpdate> getUpdates() {
        return List.copyOf(updates);
    }

    @Override
    public String toString() {
        return "NewMediaAccount[" + id + ", " + platform + " " + accountName + "]";
    }
}
