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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kaocheng.calendar.application.WorkingDayCalendar;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;
import org.kaocheng.unit.domain.Unit;

/**
 * An application for disclosure (依申请公开) and its timeline. The due date is never stored: it
 * follows from the date of receipt and the events (see {@link ApplicationTimeline}).
 */
@Entity
@Table(name = "info_application")
@NamedQuery(
        name = "InfoApplication.byExternalId",
        query = "SELECT a FROM InfoApplication a WHERE a.unit.id = :unitId AND a.externalId = :externalId")
@NamedQuery(
        name = "InfoApplication.itemsOfApplicantInMonth",
        query =
                "SELECT COALESCE(SUM(a.itemCount), 0) FROM InfoApplication a WHERE a.unit.id = :unitId AND a.applicantKey = :applicantKey"
                        + " AND a.receivedOn >= :from AND a.receivedOn <= :to AND a.id <> :exceptId")
public class InfoApplication extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "info_application_seq", sequenceName = "info_application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "info_application_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(name = "reference_no", length = 50)
    private String referenceNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    private ReceiptChannel channel;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "signed_for_on")
    private LocalDate signedForOn;

    @Column(name = "confirmed_on")
    private LocalDate confirmedOn;

    /** Derived from the channel and its date (Art. 31), kept for queries. */
    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false, length = 40)
    private ApplicantType applicantType;

    @Column(name = "applicant_name", nullable = false, length = 200)
    private String applicantName;

    @Column(name = "applicant_id_no", length = 50)
    private String applicantIdNo;

    /** The normalised ID number when there is one, else the normalised name. */
    @Column(name = "applicant_key", nullable = false, length = 200)
    private String applicantKey;

    @Column(name = "subject", nullable = false, length = 1000)
    private String subject;

    @Column(name = "subject_key", nullable = false, length = 1000)
    private String subjectKey;

    @Column(name = "item_count", nullable = false)
    private int itemCount = 1;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 40)
    private AnswerOutcome outcome;

    @Column(name = "external_id", length = 100)
    private String externalId;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startDate, id")
    private List<ApplicationEvent> events = new ArrayList<>();

    protected InfoApplication() {}

    public InfoApplication(
            Unit unit,
            ReceiptChannel channel,
            LocalDate submittedOn,
            LocalDate signedForOn,
            LocalDate confirmedOn,
            ApplicantType applicantType,
            String applicantName,
            String applicantIdNo,
            String subject) {
        this.unit = unit;
        setReceipt(channel, submittedOn, signedForOn, confirmedOn);
        setApplicant(applicantType, applicantName, applicantIdNo);
        setSubject(subject);
    }

    /** Records how and when it arrived; the date of receipt follows Art. 31. */
    public final void setReceipt(
            ReceiptChannel channel, LocalDate submittedOn, LocalDate signedForOn, LocalDate confirmedOn) {
        if (channel == null) {
            throw new BusinessRuleException("disclosure.application.channelRequired");
        }
        LocalDate received = channel.dateOfReceipt(submittedOn, signedForOn, confirmedOn);
        if (received == null) {
            throw new BusinessRuleException("disclosure.application.receiptDateRequired." + channel.name());
        }
        if (answeredOn != null && answeredOn.isBefore(received)) {
            throw new BusinessRuleException("disclosure.application.answerBeforeReceipt");
        }
        // the steps recorded (correction, consultation, fee, extension) stay after receipt
        events.stream()
                .map(ApplicationEvent::getStartDate)
                .filter(start -> start != null && start.isBefore(received))
                .min(LocalDate::compareTo)
                .ifPresent(start -> {
                    throw new BusinessRuleException("disclosure.application.stepBeforeReceipt", start.toString());
                });
        this.channel = channel;
        this.submittedOn = submittedOn;
        this.signedForOn = signedForOn;
        this.confirmedOn = confirmedOn;
        this.receivedOn = received;
    }

    public final void setApplicant(ApplicantType type, String name, String idNo) {
        String nameKey = TextKeys.keyOrNull(name);
        if (type == null || nameKey == null) {
            throw new BusinessRuleException("disclosure.application.applicantRequired");
        }
        String idKey = TextKeys.keyOrNull(idNo);
        this.applicantType = type;
        this.applicantName = name.trim();
        this.applicantIdNo = idKey == null ? null : idNo.trim();
        this.applicantKey = idKey != null ? "id:" + idKey : "name:" + nameKey;
    }

    public final void setSubject(String subject) {
        String key = TextKeys.keyOrNull(subject);
        if (key == null) {
            throw new BusinessRuleException("disclosure.application.subjectRequired");
        }
        this.subject = subject.trim();
        this.subjectKey = key.length() > 1000 ? key.substring(0, 1000) : key;
    }

    public void setItemCount(int itemCount) {
        if (itemCount < 1) {
            throw new BusinessRuleException("disclosure.application.itemCountPositive");
        }
        this.itemCount = itemCount;
    }

    // --- timeline -------------------------------------------------------------------------

    /** 补正 (Art. 30): one notice only, after receipt and before an answer. */
    public ApplicationEvent requestCorrection(LocalDate on) {
        requireOpen(on);
        if (event(ApplicationEventKind.CORRECTION).isPresent()) {
            throw new BusinessRuleException("disclosure.application.correctionOnce");
        }
        return add(new ApplicationEvent(this, ApplicationEventKind.CORRECTION, on));
    }

    /** The corrected application arrived: the answer period starts again from this day. */
    public void receiveCorrection(LocalDate on) {
        requireOpen(on);
        ApplicationEvent correction = event(ApplicationEventKind.CORRECTION)
                .orElseThrow(() -> new BusinessRuleException("disclosure.application.noCorrection"));
        if (correction.getEndDate() != null) {
            throw new BusinessRuleException("disclosure.application.correctionReceived");
        }
        correction.end(on);
    }

    /** No correction within the period: the application is closed as given up (逾期不补正). */
    public void giveUp(LocalDate on) {
        ApplicationEvent correction = event(ApplicationEventKind.CORRECTION)
                .orElseThrow(() -> new BusinessRuleException("disclosure.application.noCorrection"));
        if (correction.getEndDate() != null) {
            throw new BusinessRuleException("disclosure.application.correctionReceived");
        }
        answer(on, AnswerOutcome.OTHER_NO_CORRECTION);
    }

    /** 征求第三方意见 (Art. 32) starts: the clock stops until {@link #endPause}. */
    public ApplicationEvent startConsultation(LocalDate on) {
        return startPause(ApplicationEventKind.CONSULTATION, on);
    }

    /** 收费通知: the clock stops until the fee is paid ({@link #endPause}). */
    public ApplicationEvent notifyFee(LocalDate on, BigDecimal amount) {
        ApplicationEvent fee = startPause(ApplicationEventKind.FEE, on);
        fee.setAmount(amount);
        return fee;
    }

    private ApplicationEvent startPause(ApplicationEventKind kind, LocalDate on) {
        requireOpen(on);
        if (events.stream().anyMatch(e -> e.getKind() == kind && e.getEndDate() == null)) {
            throw new BusinessRuleException("disclosure.application.pauseRunning");
        }
        return add(new ApplicationEvent(this, kind, on));
    }

    /** The consultation's reply arrived or the fee was paid. */
    public void endPause(ApplicationEventKind kind, LocalDate on) {
        requireOpen(on);
        ApplicationEvent running = events.stream()
                .filter(e -> e.getKind() == kind && e.getEndDate() == null)
                .findFirst()
                .orElseThrow(() -> new BusinessRuleException("disclosure.application.noPauseRunning"));
        running.end(on);
    }

    /** 延期 (Art. 33): approved by the head of the disclosure office, at most {@code max} days in all. */
    public ApplicationEvent approveExtension(LocalDate on, int days, String approvedBy, int max) {
        requireOpen(on);
        if (days < 1) {
            throw new BusinessRuleException("disclosure.application.extensionPositive");
        }
        if (approvedBy == null || approvedBy.isBlank()) {
            throw new BusinessRuleException("disclosure.application.extensionApprover");
        }
        if (approvedBy.trim().length() > ApplicationEvent.MAX_APPROVED_BY) {
            throw new BusinessRuleException(
                    "disclosure.application.extensionApproverTooLong", ApplicationEvent.MAX_APPROVED_BY);
        }
        if (extensionDays() + days > max) {
            throw new BusinessRuleException("disclosure.application.extensionTooLong", max);
        }
        ApplicationEvent extension = add(new ApplicationEvent(this, ApplicationEventKind.EXTENSION, on));
        extension.setDays(days);
        extension.setApprovedBy(approvedBy.trim());
        return extension;
    }

    /** The answer (答复) with its outcome; closes the application. */
    public void answer(LocalDate on, AnswerOutcome outcome) {
        if (on == null || outcome == null) {
            throw new BusinessRuleException("disclosure.application.answerRequired");
        }
        requireOpen(on);
        this.answeredOn = on;
        this.outcome = outcome;
    }

    /** Reopens an application answered by mistake. */
    public void withdrawAnswer() {
        this.answeredOn = null;
        this.outcome = null;
    }

    private void requireOpen(LocalDate on) {
        if (on == null) {
            throw new BusinessRuleException("disclosure.application.dateRequired");
        }
        if (answeredOn != null) {
            throw new BusinessRuleException("disclosure.application.closed");
        }
        if (on.isBefore(receivedOn)) {
            throw new BusinessRuleException("disclosure.application.beforeReceipt");
        }
    }

    private ApplicationEvent add(ApplicationEvent event) {
        events.add(event);
        return event;
    }

    private Optional<ApplicationEvent> event(ApplicationEventKind kind) {
        return events.stream().filter(e -> e.getKind() == kind).findFirst();
    }

    public int extensionDays() {
        return events.stream()
                .filter(e -> e.getKind() == ApplicationEventKind.EXTENSION)
                .mapToInt(e -> e.getDays() == null ? 0 : e.getDays())
                .sum();
    }

    public ApplicationTimeline.Facts facts() {
        Optional<ApplicationEvent> correction = event(ApplicationEventKind.CORRECTION);
        List<ApplicationTimeline.Pause> pauses = events.stream()
                .filter(e ->
                        e.getKind() == ApplicationEventKind.CONSULTATION || e.getKind() == ApplicationEventKind.FEE)
                .map(e -> new ApplicationTimeline.Pause(e.getStartDate(), e.getEndDate()))
                .toList();
        return new ApplicationTimeline.Facts(
                receivedOn,
                correction.map(ApplicationEvent::getStartDate).orElse(null),
                correction.map(ApplicationEvent::getEndDate).orElse(null),
                pauses,
                extensionDays(),
                answeredOn,
                outcome);
    }

    public ApplicationTimeline.Result timeline(
            ApplicationTimeline.Rules rules, LocalDate today, WorkingDayCalendar calendar) {
        return ApplicationTimeline.compute(facts(), rules, today, calendar);
    }

    @Override
    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getReferenceNo() {
        return referenceNo;
    }

    public void setReferenceNo(String referenceNo) {
        this.referenceNo = referenceNo == null || referenceNo.isBlank() ? null : referenceNo.trim();
    }

    public ReceiptChannel getChannel() {
        return channel;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public LocalDate getSignedForOn() {
        return signedForOn;
    }

    public LocalDate getConfirmedOn() {
        return confirmedOn;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public ApplicantType getApplicantType() {
        return applicantType;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public String getApplicantIdNo() {
        return applicantIdNo;
    }

    public String getApplicantKey() {
        return applicantKey;
    }

    public String getSubject() {
        return subject;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public int getItemCount() {
        return itemCount;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public AnswerOutcome getOutcome() {
        return outcome;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId == null || externalId.isBlank() ? null : externalId.trim();
    }

    public List<ApplicationEvent> getEvents() {
        return List.copyOf(events);
    }

    @Override
    public String toString() {
        return "InfoApplication[" + id + ", " + subject + "]";
    }
}
