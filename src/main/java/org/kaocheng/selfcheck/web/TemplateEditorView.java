package org.kaocheng.selfcheck.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.selfcheck.application.TemplateService;
import org.kaocheng.selfcheck.domain.AnswerKind;
import org.kaocheng.selfcheck.domain.ChecklistItem;
import org.kaocheng.selfcheck.domain.ChecklistSection;
import org.kaocheng.selfcheck.domain.ChecklistTemplate;
import org.kaocheng.selfcheck.domain.ItemContent;

/**
 * Edits one template version. When the version is used by a campaign, the service puts the
 * edit into the next version and the editor follows it there (with a message saying so).
 */
@Named
@ViewScoped
public class TemplateEditorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TemplateService templates;

    private Long id;
    private ChecklistTemplate template;
    private String sectionTitle;

    // the item form (new item or the item being edited)
    private Long sectionId;
    private Long itemId;
    private int itemVersion;
    private String question;
    private String guidance;
    private AnswerKind answerKind = AnswerKind.YES_NO;
    private String choices;
    private boolean evidenceRequired;
    private BigDecimal points = BigDecimal.ONE;

    public void load() {
        template = templates.get(id);
    }

    public void addSection() {
        ChecklistSection section = templates.addSection(template.getId(), sectionTitle);
        sectionTitle = null;
        follow(section.getTemplate());
    }

    public void newItem(ChecklistSection section) {
        sectionId = section.getId();
        itemId = null;
        question = null;
        guidance = null;
        answerKind = AnswerKind.YES_NO;
        choices = null;
        evidenceRequired = false;
        points = BigDecimal.ONE;
    }

    public void editItem(ChecklistItem item) {
        sectionId = item.getSection().getId();
        itemId = item.getId();
        itemVersion = item.getVersion();
        question = item.getQuestion();
        guidance = item.getGuidance();
        answerKind = item.getAnswerKind();
        choices = String.join("\n", item.getChoiceList());
        evidenceRequired = item.isEvidenceRequired();
        points = item.getPoints();
    }

    public void saveItem() {
        List<String> choiceList = choices == null ? List.of() : Arrays.asList(choices.split("\\R"));
        ItemContent content = new ItemContent(question, guidance, answerKind, choiceList, evidenceRequired, points);
        ChecklistItem saved = itemId == null
                ? templates.addItem(sectionId, content)
                : templates.updateItem(itemId, itemVersion, content);
        follow(saved.getSection().getTemplate());
        itemId = null;
    }

    public void removeItem(ChecklistItem item) {
        follow(templates.removeItem(item.getId()));
    }

    /** Reloads the version the last edit went to, telling the user if that is a new version. */
    private void follow(ChecklistTemplate edited) {
        if (!edited.getId().equals(template.getId())) {
            Messages.info("selfcheck.template.newVersionCreated", edited.getVersionNo());
        } else {
            Messages.info("common.saved");
        }
        id = edited.getId();
        template = templates.get(id);
    }

    public AnswerKind[] getAnswerKinds() {
        return AnswerKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ChecklistTemplate getTemplate() {
        return template;
    }

    public String getSectionTitle() {
        return sectionTitle;
    }

    public void setSectionTitle(String sectionTitle) {
        this.sectionTitle = sectionTitle;
    }

    public Long getItemId() {
        return itemId;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getGuidance() {
        return guidance;
    }

    public void setGuidance(String guidance) {
        this.guidance = guidance;
    }

    public AnswerKind getAnswerKind() {
        return answerKind;
    }

    public void setAnswerKind(AnswerKind answerKind) {
        this.answerKind = answerKind;
    }

    public String getChoices() {
        return choices;
    }

    public void setChoices(String choices) {
        this.choices = choices;
    }

    public boolean isEvidenceRequired() {
        return evidenceRequired;
    }

    public void setEvidenceRequired(boolean evidenceRequired) {
        this.evidenceRequired = evidenceRequired;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public void setPoints(BigDecimal points) {
        this.points = points;
    }
}
