package org.kaocheng.selfcheck.domain;

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
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;

/**
 * A unit's answer to one item, its state in the review, and the assessor's comment and
 * provisional score. Changes go through {@link SelfCheck}, which keeps the rules and history.
 */
@Entity
@Table(name = "self_check_answer")
@NamedQuery(
        name = "SelfCheckAnswer.scoresOfCampaignAndUnit",
        query = "SELECT a FROM SelfCheckAnswer a JOIN FETCH a.item WHERE a.selfCheck.campaign.id = :campaignId"
                + " AND a.selfCheck.unit.id = :unitId ORDER BY a.item.code")
public class SelfCheckAnswer extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "self_check_answer_seq", sequenceName = "self_check_answer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "self_check_answer_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "self_check_id")
    private SelfCheck selfCheck;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private ChecklistItem item;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private CheckStatus status = CheckStatus.NOT_STARTED;

    @Column(name = "yes_no")
    private Boolean yesNo;

    @Column(name = "number_value")
    private BigDecimal numberValue;

    @Column(name = "text_value")
    private String textValue;

    @Column(name = "choice_value")
    private String choiceValue;

    @Column(name = "provisional_score")
    private BigDecimal provisionalScore;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "changed_at")
    private LocalDateTime changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    protected SelfCheckAnswer() {}

    SelfCheckAnswer(SelfCheck selfCheck, ChecklistItem item) {
        this.selfCheck = selfCheck;
        this.item = item;
    }

    /** Whether the unit may change it: not yet submitted, or returned. */
    public boolean isEditable() {
        return status.beforeSubmission() || status == CheckStatus.RETURNED;
    }

    void record(AnswerValue value, String actor, LocalDateTime now) {
        if (value.choice() != null
                && (item.getAnswerKind() != AnswerKind.CHOICE
                        || !item.getChoiceList().contains(value.choice()))) {
            throw new BusinessRuleException("selfcheck.answer.choiceInvalid", item.getCode());
        }
        if (value.text() != null && value.text().length() > AnswerValue.MAX_TEXT) {
            throw new BusinessRuleException("selfcheck.answer.textTooLong", item.getCode(), AnswerValue.MAX_TEXT);
        }
        if (value.number() != null && value.number().abs().compareTo(new BigDecimal("1E13")) >= 0) {
            throw new BusinessRuleException("selfcheck.answer.numberInvalid", item.getCode());
        }
        yesNo = item.getAnswerKind() == AnswerKind.YES_NO ? value.yesNo() : null;
        numberValue = item.getAnswerKind() == AnswerKind.NUMBER ? value.number() : null;
        choiceValue = item.getAnswerKind() == AnswerKind.CHOICE ? value.choice() : null;
        textValue = value.text();
        if (status == CheckStatus.NOT_STARTED) {
            status = CheckStatus.DRAFT;
        }
        touch(actor, now);
    }

    void submit(CheckStatus next, String actor, LocalDateTime now) {
        status = next;
        touch(actor, now);
    }

    void review(CheckStatus outcome, BigDecimal score, String comment, String actor, LocalDateTime now) {
        if (score != null && (score.signum() < 0 || score.compareTo(item.getPoints()) > 0)) {
            throw new BusinessRuleException("selfcheck.review.scoreOutOfRange", score, item.getPoints());
        }
        status = outcome;
        provisionalScore = score;
        reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
        touch(actor, now);
    }

    private void touch(String actor, LocalDateTime now) {
        changedBy = actor;
        changedAt = now;
    }

    public AnswerValue value() {
        return new AnswerValue(yesNo, numberValue, textValue, choiceValue);
    }

    public boolean isAnswered() {
        return value().answers(item.getAnswerKind());
    }

    public String snapshot() {
        return value().snapshot(item.getAnswerKind());
    }

    @Override
    public Long getId() {
        return id;
    }

    public SelfCheck getSelfCheck() {
        return selfCheck;
    }

    public ChecklistItem getItem() {
        return item;
    }

    public CheckStatus getStatus() {
        return status;
    }

    public Boolean getYesNo() {
        return yesNo;
    }

    public BigDecimal getNumberValue() {
        return numberValue;
    }

    public String getTextValue() {
        return textValue;
    }

    public String getChoiceValue() {
        return choiceValue;
    }

    public BigDecimal getProvisionalScore() {
        return provisionalScore;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    @Override
    public String toString() {
        return "Answer " + item.getCode() + " " + status;
    }
}
