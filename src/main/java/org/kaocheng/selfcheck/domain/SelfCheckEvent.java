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
import org.kaocheng.platform.persistence.VersionedEntity;

/** One step of a self-check's history: who, when, which round, the comment and the answer then. */
@Entity
@Table(name = "self_check_event")
@NamedQuery(
        name = "SelfCheckEvent.ofAnswer",
        query = "SELECT e FROM SelfCheckEvent e WHERE e.answer.id = :answerId ORDER BY e.at, e.id")
@NamedQuery(
        name = "SelfCheckEvent.ofSelfCheck",
        query = "SELECT e FROM SelfCheckEvent e WHERE e.selfCheck.id = :selfCheckId ORDER BY e.at, e.id")
public class SelfCheckEvent extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "self_check_event_seq", sequenceName = "self_check_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "self_check_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "self_check_id")
    private SelfCheck selfCheck;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "answer_id")
    private SelfCheckAnswer answer;

    @Column(name = "round_no")
    private int roundNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "action")
    private EventAction action;

    @Column(name = "actor")
    private String actor;

    @Column(name = "at")
    private LocalDateTime at;

    @Column(name = "comment_text")
    private String comment;

    @Column(name = "answer_text")
    private String answerText;

    @Column(name = "score")
    private BigDecimal score;

    protected SelfCheckEvent() {}

    SelfCheckEvent(
            SelfCheck selfCheck,
            SelfCheckAnswer answer,
            int roundNo,
            EventAction action,
            String actor,
            LocalDateTime at,
            String comment,
            String answerText,
            BigDecimal score) {
        this.selfCheck = selfCheck;
        this.answer = answer;
        this.roundNo = roundNo;
        this.action = action;
        this.actor = actor;
        this.at = at;
        this.comment = comment;
        this.answerText = answerText;
        this.score = score;
    }

    @Override
    public Long getId() {
        return id;
    }

    public SelfCheck getSelfCheck() {
        return selfCheck;
    }

    public SelfCheckAnswer getAnswer() {
        return answer;
    }

    public int getRoundNo() {
        return roundNo;
    }

    public EventAction getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public String getComment() {
        return comment;
    }

    public String getAnswerText() {
        return answerText;
    }

    public BigDecimal getScore() {
        return score;
    }

    @Override
    public String toString() {
        return action + " round " + roundNo + " by " + actor;
    }
}
