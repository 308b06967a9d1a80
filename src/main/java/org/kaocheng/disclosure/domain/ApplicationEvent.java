package org.kaocheng.disclosure.domain;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;

/** A dated step of an application's timeline (see {@link ApplicationEventKind}). */
@Entity
@Table(name = "application_event")
public class ApplicationEvent extends VersionedEntity {

    /** The approver's column (application_event.approved_by VARCHAR(100)). */
    public static final int MAX_APPROVED_BY = 100;

    @Id
    @SequenceGenerator(name = "application_event_seq", sequenceName = "application_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_event_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private InfoApplication application;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ApplicationEventKind kind;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "days")
    private Integer days;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "amount", precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "note", length = 500)
    private String note;

    protected ApplicationEvent() {}

    ApplicationEvent(InfoApplication application, ApplicationEventKind kind, LocalDate startDate) {
        this.application = application;
        this.kind = kind;
        this.startDate = startDate;
    }

    void end(LocalDate endDate) {
        if (endDate.isBefore(startDate)) {
            throw new BusinessRuleException("disclosure.application.endBeforeStart");
        }
        this.endDate = endDate;
    }

    void setDays(Integer days) {
        this.days = days;
    }

    void setApprovedBy(String approvedBy) {
        this.approvedBy = approvedBy;
    }

    void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public void setNote(String note) {
        this.note = note;
    }

    @Override
    public Long getId() {
        return id;
    }

    public InfoApplication getApplication() {
        return application;
    }

    public ApplicationEventKind getKind() {
        return kind;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Integer getDays() {
        return days;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getNote() {
        return note;
    }
}
