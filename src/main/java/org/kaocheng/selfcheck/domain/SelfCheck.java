package org.kaocheng.selfcheck.domain;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;
import org.kaocheng.unit.domain.Unit;

/**
 * A unit's self-check in a campaign and the rules of its rounds: the unit drafts and submits
 * by the closing date (later only if an assessor reopens it, and then marked late); the
 * assessor accepts or returns each item; the unit corrects returned items and resubmits. Every
 * submission, review, reopening and reminder is kept as an event.
 */
@Entity
@Table(name = "self_check")
@NamedQuery(
        name = "SelfCheck.ofCampaignAndUnit",
        query = "SELECT s FROM SelfCheck s WHERE s.campaign.id = :campaignId AND s.unit.id = :unitId")
@NamedQuery(
        name = "SelfCheck.ofUnit",
        query = "SELECT s FROM SelfCheck s JOIN FETCH s.campaign WHERE s.unit.id = :unitId"
                + " ORDER BY s.campaign.closesOn DESC")
@NamedQuery(
        name = "SelfCheck.countByStatus",
        query = "SELECT s.status, s.late, COUNT(s) FROM SelfCheck s WHERE s.campaign.id = :campaignId"
                + " GROUP BY s.status, s.late")
@NamedQuery(
        name = "SelfCheck.countOverdue",
        query = "SELECT COUNT(s) FROM SelfCheck s WHERE s.campaign.id = :campaignId"
                + " AND s.status IN :before AND s.campaign.closesOn < :today")
public class SelfCheck extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "self_check_seq", sequenceName = "self_check_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "self_check_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private CheckStatus status = CheckStatus.NOT_STARTED;

    @Column(name = "round_no")
    private int roundNo;

    @Column(name = "first_submitted_at")
    private LocalDateTime firstSubmittedAt;

    @Column(name = "last_submitted_at")
    private LocalDateTime lastSubmittedAt;

    @Column(name = "late")
    private boolean late;

    @Column(name = "reopened_until")
    private LocalDate reopenedUntil;

    @Column(name = "reminded_at")
    private LocalDateTime remindedAt;

    @Column(name = "reminder_message")
    private String reminderMessage;

    @OneToMany(mappedBy = "selfCheck", cascade = CascadeType.ALL)
    private List<SelfCheckAnswer> answers = new ArrayList<>();

    @OneToMany(mappedBy = "selfCheck", cascade = CascadeType.PERSIST)
    private List<SelfCheckEvent> events = new ArrayList<>();

    protected SelfCheck() {}

    /** The unit's self-check with one empty answer per item of the campaign's template version. */
    public SelfCheck(Campaign campaign, Unit unit) {
        this.campaign = campaign;
        this.unit = unit;
        for (ChecklistItem item : campaign.getTemplate().items()) {
            answers.add(new SelfCheckAnswer(this, item));
        }
    }

    /** Whether the unit may still change answers (items not yet submitted, or returned ones). */
    public boolean isEditable() {
        return status.beforeSubmission() || status == CheckStatus.RETURNED;
    }

    /** The unit saves an answer (a draft). */
    public void saveAnswer(SelfCheckAnswer answer, AnswerValue value, String actor, LocalDateTime now) {
        requireOwn(answer);
        if (!isEditable() || !answer.isEditable()) {
            throw new BusinessRuleException(
                    "selfcheck.answer.notEditable", answer.getItem().getCode());
        }
        answer.record(value, actor, now);
        if (status == CheckStatus.NOT_STARTED) {
            status = CheckStatus.DRAFT;
        }
    }

    /** Whether the unit may submit on this day for the first time (the deadline, or a reopening). */
    public boolean maySubmitOn(LocalDate today) {
        return campaign.isOnTime(today) || reopenedUntil != null && !today.isAfter(reopenedUntil);
    }

    /**
     * First submission (every item answered, evidence where required, by the closing date or the
     * reopening date: then marked late) or resubmission of the returned items.
     */
    public void submit(Predicate<SelfCheckAnswer> hasEvidence, String actor, LocalDate today, LocalDateTime now) {
        if (status.beforeSubmission()) {
            if (campaign.getStatus() != CampaignStatus.OPEN) {
                throw new BusinessRuleException("selfcheck.campaign.notOpen");
            }
            if (!maySubmitOn(today)) {
                throw new BusinessRuleException("selfcheck.submit.deadlinePassed", campaign.getClosesOn());
            }
            requireComplete(answers, hasEvidence);
            late = !campaign.isOnTime(today);
            roundNo = 1;
            firstSubmittedAt = now;
            lastSubmittedAt = now;
            status = CheckStatus.SUBMITTED;
            for (SelfCheckAnswer answer : answers) {
                answer.submit(CheckStatus.SUBMITTED, actor, now);
                events.add(new SelfCheckEvent(
                        this, answer, roundNo, EventAction.SUBMITTED, actor, now, null, answer.snapshot(), null));
            }
        } else if (status == CheckStatus.RETURNED) {
            List<SelfCheckAnswer> returned = answers.stream()
                    .filter(a -> a.getStatus() == CheckStatus.RETURNED)
                    .toList();
            requireComplete(returned, hasEvidence);
            roundNo++;
            lastSubmittedAt = now;
            status = CheckStatus.RESUBMITTED;
            for (SelfCheckAnswer answer : returned) {
                answer.submit(CheckStatus.RESUBMITTED, actor, now);
                events.add(new SelfCheckEvent(
                        this, answer, roundNo, EventAction.RESUBMITTED, actor, now, null, answer.snapshot(), null));
            }
        } else {
            throw new BusinessRuleException("selfcheck.submit.notAllowed", status);
        }
    }

    private static void requireComplete(List<SelfCheckAnswer> answers, Predicate<SelfCheckAnswer> hasEvidence) {
        for (SelfCheckAnswer answer : answers) {
            if (!answer.isAnswered()) {
                throw new BusinessRuleException(
                        "selfcheck.submit.unanswered", answer.getItem().getCode());
            }
            if (answer.getItem().isEvidenceRequired() && !hasEvidence.test(answer)) {
                throw new BusinessRuleException(
                        "selfcheck.submit.evidenceMissing", answer.getItem().getCode());
            }
        }
    }

    /** The assessor accepts an item; the score defaults to the item's full points. */
    public void accept(SelfCheckAnswer answer, BigDecimal score, String comment, String actor, LocalDateTime now) {
        requireOwn(answer);
        if (!answer.getStatus().awaitsReview()) {
            throw new BusinessRuleException(
                    "selfcheck.review.notAwaiting", answer.getItem().getCode());
        }
        BigDecimal given = score == null ? answer.getItem().getPoints() : score;
        answer.review(CheckStatus.ACCEPTED, given, comment, actor, now);
        events.add(new SelfCheckEvent(
                this, answer, roundNo, EventAction.ACCEPTED, actor, now, comment, answer.snapshot(), given));
        settle();
    }

    /**
     * The assessor returns an item with a comment (required) and possibly a provisional score.
     * A returned item that the unit has not resubmitted yet may be returned again with a revised
     * comment.
     */
    public void returnItem(SelfCheckAnswer answer, String comment, BigDecimal score, String actor, LocalDateTime now) {
        requireOwn(answer);
        if (comment == null || comment.isBlank()) {
            throw new BusinessRuleException("selfcheck.review.commentRequired");
        }
        if (!answer.getStatus().awaitsReview() && answer.getStatus() != CheckStatus.RETURNED) {
            throw new BusinessRuleException(
                    "selfcheck.review.notAwaiting", answer.getItem().getCode());
        }
        answer.review(CheckStatus.RETURNED, score, comment.strip(), actor, now);
        events.add(new SelfCheckEvent(
                this, answer, roundNo, EventAction.RETURNED, actor, now, comment.strip(), answer.snapshot(), score));
        settle();
    }

    /** Once no item awaits review: returned if any item was returned, otherwise accepted. */
    private void settle() {
        if (answers.stream().anyMatch(a -> a.getStatus().awaitsReview())) {
            return;
        }
        status = answers.stream().anyMatch(a -> a.getStatus() == CheckStatus.RETURNED)
                ? CheckStatus.RETURNED
                : CheckStatus.ACCEPTED;
    }

    /** The assessor allows a submission after the deadline, until the given day (it will be late). */
    public void reopen(LocalDate until, String comment, String actor, LocalDate today, LocalDateTime now) {
        if (!status.beforeSubmission()) {
            throw new BusinessRuleException("selfcheck.reopen.alreadySubmitted");
        }
        if (campaign.isOnTime(today)) {
            throw new BusinessRuleException("selfcheck.reopen.notOverdue", campaign.getClosesOn());
        }
        if (until == null || until.isBefore(today)) {
            throw new BusinessRuleException("selfcheck.reopen.untilInvalid");
        }
        reopenedUntil = until;
        events.add(new SelfCheckEvent(this, null, roundNo, EventAction.REOPENED, actor, now, comment, null, null));
    }

    /** A reminder shown on the unit's dashboard until it acts. */
    public void remind(String message, String actor, LocalDateTime now) {
        if (!isEditable()) {
            throw new BusinessRuleException("selfcheck.remind.nothingToDo");
        }
        remindedAt = now;
        reminderMessage = message == null || message.isBlank() ? null : message.strip();
        events.add(
                new SelfCheckEvent(this, null, roundNo, EventAction.REMINDED, actor, now, reminderMessage, null, null));
    }

    /** Not submitted although the deadline (and any reopening) has passed. */
    public boolean isOverdue(LocalDate today) {
        return status.beforeSubmission() && !maySubmitOn(today);
    }

    private void requireOwn(SelfCheckAnswer answer) {
        if (answer.getSelfCheck() != this) {
            throw new IllegalArgumentException("answer " + answer.getId() + " is not part of self-check " + id);
        }
    }

    @Override
    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Unit getUnit() {
        return unit;
    }

    public CheckStatus getStatus() {
        return status;
    }

    public int getRoundNo() {
        return roundNo;
    }

    public LocalDateTime getFirstSubmittedAt() {
        return firstSubmittedAt;
    }

    public LocalDateTime getLastSubmittedAt() {
        return lastSubmittedAt;
    }

    public boolean isLate() {
        return late;
    }

    public LocalDate getReopenedUntil() {
        return reopenedUntil;
    }

    public LocalDateTime getRemindedAt() {
        return remindedAt;
    }

    public String getReminderMessage() {
        return reminderMessage;
    }

    /** Answers in the order of the checklist (section, then item). */
    public List<SelfCheckAnswer> getAnswers() {
        List<SelfCheckAnswer> sorted = new ArrayList<>(answers);
        sorted.sort(Comparator.comparingInt(
                        (SelfCheckAnswer a) -> a.getItem().getSection().getSeq())
                .thenComparingInt(a -> a.getItem().getSeq()));
        return Collections.unmodifiableList(sorted);
    }

    public List<SelfCheckEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }

    @Override
    public String toString() {
        return "SelfCheck " + id + " " + status;
    }
}
