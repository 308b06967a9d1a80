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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;

/** One question of a checklist template version. */
@Entity
@Table(name = "checklist_item")
public class ChecklistItem extends VersionedEntity {

    static final int MAX_CHOICE_LENGTH = 200;

    /** The column that keeps the choices, one per line (checklist_item.choices VARCHAR(1000)). */
    public static final int MAX_CHOICES_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "checklist_item_seq", sequenceName = "checklist_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checklist_item_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private ChecklistSection section;

    @Column(name = "seq")
    private int seq;

    @Column(name = "code")
    private String code;

    @Column(name = "question")
    private String question;

    @Column(name = "guidance")
    private String guidance;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_kind")
    private AnswerKind answerKind;

    /** The choices of a CHOICE item, one per line. */
    @Column(name = "choices")
    private String choices;

    @Column(name = "evidence_required")
    private boolean evidenceRequired;

    @Column(name = "points")
    private BigDecimal points;

    protected ChecklistItem() {}

    ChecklistItem(ChecklistSection section, int seq, String code, ItemContent content) {
        this.section = section;
        this.seq = seq;
        this.code = code;
        apply(content);
    }

    /** Changes what the item asks (only in an editable template version). */
    public void change(ItemContent content) {
        section.getTemplate().requireEditable();
        apply(content);
    }

    private void apply(ItemContent content) {
        if (content.question() == null || content.question().isBlank()) {
            throw new BusinessRuleException("selfcheck.item.questionRequired");
        }
        if (content.answerKind() == null) {
            throw new BusinessRuleException("selfcheck.item.kindRequired");
        }
        if (content.points() == null || content.points().signum() < 0) {
            throw new BusinessRuleException("selfcheck.item.pointsInvalid");
        }
        if (content.answerKind() == AnswerKind.CHOICE && content.choices().size() < 2) {
            throw new BusinessRuleException("selfcheck.item.choicesRequired");
        }
        if (content.choices().stream().anyMatch(c -> c.length() > MAX_CHOICE_LENGTH || c.contains("\n"))) {
            throw new BusinessRuleException("selfcheck.item.choiceTooLong");
        }
        if (content.answerKind() == AnswerKind.CHOICE
                && String.join("\n", content.choices()).length() > MAX_CHOICES_LENGTH) {
            throw new BusinessRuleException("selfcheck.item.choicesTooLong", MAX_CHOICES_LENGTH);
        }
        this.question = content.question().trim();
        this.guidance = content.guidance() == null || content.guidance().isBlank()
                ? null
                : content.guidance().trim();
        this.answerKind = content.answerKind();
        this.choices = content.answerKind() == AnswerKind.CHOICE ? String.join("\n", content.choices()) : null;
        this.evidenceRequired = content.evidenceRequired();
        this.points = content.points();
    }

    public ItemContent content() {
        return new ItemContent(question, guidance, answerKind, getChoiceList(), evidenceRequired, points);
    }

    @Override
    public Long getId() {
        return id;
    }

    public ChecklistSection getSection() {
        return section;
    }

    public int getSeq() {
        return seq;
    }

    public String getCode() {
        return code;
    }

    public String getQuestion() {
        return question;
    }

    public String getGuidance() {
        return guidance;
    }

    public AnswerKind getAnswerKind() {
        return answerKind;
    }

    public List<String> getChoiceList() {
        return choices == null || choices.isEmpty() ? List.of() : Arrays.asList(choices.split("\n"));
    }

    public boolean isEvidenceRequired() {
        return evidenceRequired;
    }

    public BigDecimal getPoints() {
        return points;
    }

    @Override
    public String toString() {
        return code + " " + question;
    }
}
