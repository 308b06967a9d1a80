package org.kaocheng.disclosure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.kaocheng.calendar.application.WorkingDayCalendar;
import org.kaocheng.disclosure.domain.AnswerOutcome;
import org.kaocheng.disclosure.domain.ApplicantType;
import org.kaocheng.disclosure.domain.ApplicationEventKind;
import org.kaocheng.disclosure.domain.ApplicationTimeline;
import org.kaocheng.disclosure.domain.FeeRule;
import org.kaocheng.disclosure.domain.InfoApplication;
import org.kaocheng.disclosure.domain.ReceiptChannel;
import org.kaocheng.disclosure.domain.ReviewCase;
import org.kaocheng.disclosure.domain.ReviewCaseKind;
import org.kaocheng.disclosure.domain.ReviewResult;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.Page;
import org.kaocheng.platform.security.CurrentUser;

/**
 * Applications for disclosure (依申请公开): receipt, every dated step of the timeline, the answer,
 * fees, repeated applications, reconsideration and litigation cases. One method per user action;
 * a unit operator acts on their own unit's applications only.
 */
@ApplicationScoped
public class ApplicationService {

    /** Subjects at least this alike (character bigrams) count as the same request. */
    static final double REPEAT_SIMILARITY = 0.6;

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    ProactiveItemService items;

    Clock clock = Clock.systemDefaultZone();

    /** Receipt and applicant, as a form or an import row gives them. */
    public record ApplicationForm(
            @NotNull(message = "{disclosure.unit.required}") Long unitId,
            @Size(max = 50) String referenceNo,

            @NotNull(message = "{disclosure.application.channel.required}")
            ReceiptChannel channel,

            LocalDate submittedOn,
            LocalDate signedForOn,
            LocalDate confirmedOn,

            @NotNull(message = "{disclosure.application.applicantType.required}")
            ApplicantType applicantType,

            @NotBlank(message = "{disclosure.application.applicant.required}") @Size(max = 200)
            String applicantName,

            @Size(max = 50) String applicantIdNo,

            @NotBlank(message = "{disclosure.application.subject.required}") @Size(max = 1000)
            String subject,

            @Min(1) int itemCount,
            @Size(max = 100) String externalId) {}

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Page<ApplicationRow> page(ApplicationQuery query, int first, int size) {
        ApplicationQuery scoped = query.withUnit(DisclosureAccess.scopedUnit(user, query.unitId()));
        DisclosureSettings s = DisclosureSettings.load(em);
        LocalDate today = today();
        return new Page<>(
                TimelinessQueries.applications(em, s, today, scoped, first, size),
                TimelinessQueries.countApplications(em, s, today, scoped));
    }

    /**
     * The application figures of a period for one unit or, without one, the units in the user's
     * scope added up: received, carried in and out, answered (of which carried in).
     */
    public UnitApplicationCounts counts(Long unitId, LocalDate from, LocalDate to) {
        Long scoped = DisclosureAccess.scopedUnit(user, unitId);
        long[] sum = new long[11];
        for (UnitApplicationCounts c :
                TimelinessQueries.applicationCounts(em, DisclosureSettings.load(em), today(), scoped, from, to)) {
            long[] v = {
                c.received(),
                c.answeredOnTime(),
                c.answeredLate(),
                c.overdue(),
                c.dueSoon(),
                c.open(),
                c.givenUp(),
                c.carriedIn(),
                c.carriedOut(),
                c.answered(),
                c.answeredCarriedIn()
            };
            for (int k = 0; k < v.length; k++) {
                sum[k] += v[k];
            }
        }
        return new UnitApplicationCounts(
                scoped, null, sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6], sum[7], sum[8], sum[9], sum[10]);
    }

    public InfoApplication get(Long id) {
        InfoApplication a = em.find(InfoApplication.class, id);
        if (a == null) {
            throw new BusinessRuleException("disclosure.application.notFound", id);
        }
        user.requireRead(a.getUnit().getId());
        return a;
    }

    /** The clock of one application, computed in Java with the working-day calendar. */
    public ApplicationTimeline.Result timeline(Long id) {
        return get(id).timeline(DisclosureSettings.load(em).applicationRules(), today(), calendar);
    }

    @Transactional
    public InfoApplication create(@Valid ApplicationForm form) {
        user.requireWrite(form.unitId(), DisclosureAccess.DISTRICT_WRITERS);
        InfoApplication a = new InfoApplication(
                items.unit(form.unitId()),
                form.channel(),
                form.submittedOn(),
                form.signedForOn(),
                form.confirmedOn(),
                form.applicantType(),
                form.applicantName(),
                form.applicantIdNo(),
                form.subject());
        apply(a, form);
        em.persist(a);
        em.flush();
        return a;
    }

    @Transactional
    public InfoApplication update(Long id, int expectedVersion, @Valid ApplicationForm form) {
        InfoApplication a = writable(id, expectedVersion);
        if (!a.getUnit().getId().equals(form.unitId())) {
            throw new BusinessRuleException("disclosure.application.unitFixed");
        }
        a.setReceipt(form.channel(), form.submittedOn(), form.signedForOn(), form.confirmedOn());
        a.setApplicant(form.applicantType(), form.applicantName(), form.applicantIdNo());
        a.setSubject(form.subject());
        apply(a, form);
        em.flush();
        return a;
    }

    void apply(InfoApplication a, ApplicationForm form) {
        a.setReferenceNo(form.referenceNo());
        a.setItemCount(Math.max(1, form.itemCount()));
        a.setExternalId(form.externalId());
    }

    @Transactional
    public void requestCorrection(Long id, int expectedVersion, @NotNull LocalDate on) {
        writable(id, expectedVersion).requestCorrection(on);
        em.flush();
    }

    @Transactional
    public void receiveCorrection(Long id, int expectedVersion, @NotNull LocalDate on) {
        writable(id, expectedVersion).receiveCorrection(on);
        em.flush();
    }

    @Transactional
    public void giveUp(Long id, int expectedVersion, @NotNull LocalDate on) {
        writable(id, expectedVersion).giveUp(on);
        em.flush();
    }

    @Transactional
    public void startConsultation(Long id, int expectedVersion, @NotNull LocalDate on) {
        writable(id, expectedVersion).startConsultation(on);
        em.flush();
    }

    @Transactional
    public void endConsultation(Long id, int expectedVersion, @NotNull LocalDate on) {
        writable(id, expectedVersion).endPause(ApplicationEventKind.CONSULTATION, on);
        em.flush();
    }

    @Transactional
    public void approveExtension(Long id, int expectedVersion, @NotNull LocalDate on, int days, String approvedBy) {
        writable(id, expectedVersion)
                .approveExtension(
                        on, days, approvedBy, DisclosureSettings.load(em).maxExtensionDays());
        em.flush();
    }

    /**
     * The fee of the application under the per-item rule: its items counted after the items of
     * the same applicant received earlier in the same calendar month by the same unit.
     */
    public BigDecimal feeFor(Long id) {
        InfoApplication a = get(id);
        LocalDate month = a.getReceivedOn().withDayOfMonth(1);
        long earlier = em.createNamedQuery("InfoApplication.itemsOfApplicantInMonth", Long.class)
                .setParameter("unitId", a.getUnit().getId())
                .setParameter("applicantKey", a.getApplicantKey())
                .setParameter("from", month)
                .setParameter("to", a.getReceivedOn())
                .setParameter("exceptId", a.getId())
                .getSingleResult();
        return FeeRule.fee((int) earlier, a.getItemCount());
    }

    @Transactional
    public void notifyFee(Long id, int expectedVersion, @NotNull LocalDate on) {
        BigDecimal fee = feeFor(id);
        if (fee.signum() == 0) {
            throw new BusinessRuleException("disclosure.application.noFee");
        }
        writable(id, expectedVersion).notifyFee(on, fee);
        em.flush();
    }

    @Transactional
    public void payFee(Long id, int expectedVersion, @NotNull LocalDate on) {
        writable(id, expectedVersion).endPause(ApplicationEventKind.FEE, on);
        em.flush();
    }

    @Transactional
    public void answer(Long id, int expectedVersion, @NotNull LocalDate on, @NotNull AnswerOutcome outcome) {
        writable(id, expectedVersion).answer(on, outcome);
        em.flush();
    }

    @Transactional
    public void withdrawAnswer(Long id, int expectedVersion) {
        writable(id, expectedVersion).withdrawAnswer();
        em.flush();
    }

    /** Applications repeating an earlier one of the same applicant, in the user's scope. */
    public List<TimelinessQueries.RepeatedApplication> repeated(Long unitId) {
        return TimelinessQueries.repeatedApplications(
                em,
                DisclosureSettings.load(em).repeatWindowDays(),
                DisclosureAccess.scopedUnit(user, unitId),
                REPEAT_SIMILARITY);
    }

    public List<ReviewCase> reviewCases(Long applicationId) {
        get(applicationId);
        return em.createNamedQuery("ReviewCase.ofApplication", ReviewCase.class)
                .setParameter("applicationId", applicationId)
                .getResultList();
    }

    @Transactional
    public ReviewCase fileReviewCase(
            Long applicationId, @NotNull ReviewCaseKind kind, @NotNull LocalDate filedOn, String note) {
        InfoApplication a = get(applicationId);
        user.requireWrite(a.getUnit().getId(), DisclosureAccess.DISTRICT_WRITERS);
        ReviewCase c = new ReviewCase(a, kind, filedOn);
        c.setNote(note);
        em.persist(c);
        em.flush();
        return c;
    }

    @Transactional
    public void decideReviewCase(Long caseId, int expectedVersion, @NotNull ReviewResult result, LocalDate decidedOn) {
        ReviewCase c = em.find(ReviewCase.class, caseId);
        if (c == null) {
            throw new BusinessRuleException("disclosure.review.notFound", caseId);
        }
        user.requireWrite(c.getApplication().getUnit().getId(), DisclosureAccess.DISTRICT_WRITERS);
        c.checkVersion(expectedVersion);
        c.decide(result, decidedOn);
        em.flush();
    }

    private InfoApplication writable(Long id, int expectedVersion) {
        InfoApplication a = em.find(InfoApplication.class, id);
        if (a == null) {
            throw new BusinessRuleException("disclosure.application.notFound", id);
        }
        user.requireWrite(a.getUnit().getId(), DisclosureAccess.DISTRICT_WRITERS);
        a.checkVersion(expectedVersion);
        return a;
    }
}
