package org.kaocheng.disclosure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.kaocheng.disclosure.application.ApplicationService;
import org.kaocheng.disclosure.application.ApplicationService.ApplicationForm;
import org.kaocheng.disclosure.domain.AnswerOutcome;
import org.kaocheng.disclosure.domain.ApplicantType;
import org.kaocheng.disclosure.domain.ApplicationEvent;
import org.kaocheng.disclosure.domain.ApplicationTimeline;
import org.kaocheng.disclosure.domain.InfoApplication;
import org.kaocheng.disclosure.domain.ReceiptChannel;
import org.kaocheng.disclosure.domain.ReviewCase;
import org.kaocheng.disclosure.domain.ReviewCaseKind;
import org.kaocheng.disclosure.domain.ReviewResult;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.unit.application.UnitService;
import org.kaocheng.unit.domain.Unit;

/** One application: receipt form, the timeline with each dated step, the answer, review cases. */
@Named
@ViewScoped
public class ApplicationView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The timeline steps a user can record from this page. */
    public enum Step {
        REQUEST_CORRECTION,
        RECEIVE_CORRECTION,
        GIVE_UP,
        START_CONSULTATION,
        END_CONSULTATION,
        APPROVE_EXTENSION,
        NOTIFY_FEE,
        PAY_FEE,
        ANSWER,
        WITHDRAW_ANSWER
    }

    @Inject
    ApplicationService applications;

    @Inject
    UnitService units;

    @Inject
    CurrentUser user;

    private Long id;
    private int version;
    private Long unitId;
    private String referenceNo;
    private ReceiptChannel channel = ReceiptChannel.IN_PERSON;
    private LocalDate submittedOn;
    private LocalDate signedForOn;
    private LocalDate confirmedOn;
    private ApplicantType applicantType = ApplicantType.NATURAL_PERSON;
    private String applicantName;
    private String applicantIdNo;
    private String subject;
    private int itemCount = 1;
    private String externalId;

    private Step step = Step.ANSWER;
    private LocalDate stepDate;
    private int extensionDays = 20;
    private String approvedBy;
    private AnswerOutcome outcome = AnswerOutcome.GRANTED;
    private ReviewCaseKind caseKind = ReviewCaseKind.RECONSIDERATION;
    private LocalDate caseFiledOn;
    private ReviewResult caseResult = ReviewResult.PENDING;
    private LocalDate caseDecidedOn;

    private transient InfoApplication application;
    private boolean loaded;
    private transient ApplicationTimeline.Result timeline;
    private transient List<ReviewCase> cases;
    private transient BigDecimal fee;

    public void load() {
        if (id == null) {
            unitId = user.getOperatorUnitId().orElse(null);
            return;
        }
        application = applications.get(id);
        loaded = true;
        version = application.getVersion();
        unitId = application.getUnit().getId();
        referenceNo = application.getReferenceNo();
        channel = application.getChannel();
        submittedOn = application.getSubmittedOn();
        signedForOn = application.getSignedForOn();
        confirmedOn = application.getConfirmedOn();
        applicantType = application.getApplicantType();
        applicantName = application.getApplicantName();
        applicantIdNo = application.getApplicantIdNo();
        subject = application.getSubject();
        itemCount = application.getItemCount();
        externalId = application.getExternalId();
        timeline = applications.timeline(id);
        cases = applications.reviewCases(id);
        fee = applications.feeFor(id);
    }

    /** A new application's form, or a read one; nothing when the id named none (its message says so). */
    public boolean isShown() {
        return id == null || loaded;
    }

    public String save() {
        ApplicationForm form = new ApplicationForm(
                unitId,
                referenceNo,
                channel,
                submittedOn,
                signedForOn,
                confirmedOn,
                applicantType,
                applicantName,
                applicantIdNo,
                subject,
                itemCount,
                externalId);
        InfoApplication saved = id == null ? applications.create(form) : applications.update(id, version, form);
        Messages.info("common.saved");
        return "/disclosure/application?faces-redirect=true&id=" + saved.getId();
    }

    public void record() {
        switch (step) {
            case REQUEST_CORRECTION -> applications.requestCorrection(id, version, stepDate);
            case RECEIVE_CORRECTION -> applications.receiveCorrection(id, version, stepDate);
            case GIVE_UP -> applications.giveUp(id, version, stepDate);
            case START_CONSULTATION -> applications.startConsultation(id, version, stepDate);
            case END_CONSULTATION -> applications.endConsultation(id, version, stepDate);
            case APPROVE_EXTENSION -> applications.approveExtension(id, version, stepDate, extensionDays, approvedBy);
            case NOTIFY_FEE -> applications.notifyFee(id, version, stepDate);
            case PAY_FEE -> applications.payFee(id, version, stepDate);
            case ANSWER -> applications.answer(id, version, stepDate, outcome);
            case WITHDRAW_ANSWER -> applications.withdrawAnswer(id, version);
        }
        Messages.info("common.saved");
        load();
    }

    public void fileCase() {
        applications.fileReviewCase(id, caseKind, caseFiledOn, null);
        Messages.info("common.saved");
        load();
    }

    public void decideCase(ReviewCase c) {
        applications.decideReviewCase(c.getId(), c.getVersion(), caseResult, caseDecidedOn);
        Messages.info("common.saved");
        load();
    }

    public boolean isEditable() {
        return id == null ? user.hasAnyRole(Role.UNIT_OPERATOR, Role.ADMIN) : user.canWrite(unitId, Role.ADMIN);
    }

    public List<Unit> getUnits() {
        return units.unitsInScope();
    }

    public ReceiptChannel[] getChannels() {
        return ReceiptChannel.values();
    }

    public ApplicantType[] getApplicantTypes() {
        return ApplicantType.values();
    }

    public AnswerOutcome[] getOutcomes() {
        return AnswerOutcome.values();
    }

    public Step[] getSteps() {
        return Step.values();
    }

    public ReviewCaseKind[] getCaseKinds() {
        return ReviewCaseKind.values();
    }

    public ReviewResult[] getCaseResults() {
        return ReviewResult.values();
    }

    public List<ApplicationEvent> getEvents() {
        return application == null ? List.of() : application.getEvents();
    }

    public InfoApplication getApplication() {
        return application;
    }

    public ApplicationTimeline.Result getTimeline() {
        return timeline;
    }

    public List<ReviewCase> getCases() {
        return cases == null ? List.of() : cases;
    }

    public BigDecimal getFee() {
        return fee;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getReferenceNo() {
        return referenceNo;
    }

    public void setReferenceNo(String referenceNo) {
        this.referenceNo = referenceNo;
    }

    public ReceiptChannel getChannel() {
        return channel;
    }

    public void setChannel(ReceiptChannel channel) {
        this.channel = channel;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public void setSubmittedOn(LocalDate submittedOn) {
        this.submittedOn = submittedOn;
    }

    public LocalDate getSignedForOn() {
        return signedForOn;
    }

    public void setSignedForOn(LocalDate signedForOn) {
        this.signedForOn = signedForOn;
    }

    public LocalDate getConfirmedOn() {
        return confirmedOn;
    }

    public void setConfirmedOn(LocalDate confirmedOn) {
        this.confirmedOn = confirmedOn;
    }

    public ApplicantType getApplicantType() {
        return applicantType;
    }

    public void setApplicantType(ApplicantType applicantType) {
        this.applicantType = applicantType;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public void setApplicantName(String applicantName) {
        this.applicantName = applicantName;
    }

    public String getApplicantIdNo() {
        return applicantIdNo;
    }

    public void setApplicantIdNo(String applicantIdNo) {
        this.applicantIdNo = applicantIdNo;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public int getItemCount() {
        return itemCount;
    }

    public void setItemCount(int itemCount) {
        this.itemCount = itemCount;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public Step getStep() {
        return step;
    }

    public void setStep(Step step) {
        this.step = step;
    }

    public LocalDate getStepDate() {
        return stepDate;
    }

    public void setStepDate(LocalDate stepDate) {
        this.stepDate = stepDate;
    }

    public int getExtensionDays() {
        return extensionDays;
    }

    public void setExtensionDays(int extensionDays) {
        this.extensionDays = extensionDays;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public void setApprovedBy(String approvedBy) {
        this.approvedBy = approvedBy;
    }

    public AnswerOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AnswerOutcome outcome) {
        this.outcome = outcome;
    }

    public ReviewCaseKind getCaseKind() {
        return caseKind;
    }

    public void setCaseKind(ReviewCaseKind caseKind) {
        this.caseKind = caseKind;
    }

    public LocalDate getCaseFiledOn() {
        return caseFiledOn;
    }

    public void setCaseFiledOn(LocalDate caseFiledOn) {
        this.caseFiledOn = caseFiledOn;
    }

    public ReviewResult getCaseResult() {
        return caseResult;
    }

    public void setCaseResult(ReviewResult caseResult) {
        this.caseResult = caseResult;
    }

    public LocalDate getCaseDecidedOn() {
        return caseDecidedOn;
    }

    public void setCaseDecidedOn(LocalDate caseDecidedOn) {
        this.caseDecidedOn = caseDecidedOn;
    }
}
