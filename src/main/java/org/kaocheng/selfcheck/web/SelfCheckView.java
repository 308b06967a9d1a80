package org.kaocheng.selfcheck.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kaocheng.platform.reporting.ReportEngine;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.selfcheck.application.EvidenceService;
import org.kaocheng.selfcheck.application.SelfCheckService;
import org.kaocheng.selfcheck.domain.AnswerValue;
import org.kaocheng.selfcheck.domain.CheckStatus;
import org.kaocheng.selfcheck.domain.Evidence;
import org.kaocheng.selfcheck.domain.SelfCheck;
import org.kaocheng.selfcheck.domain.SelfCheckAnswer;
import org.kaocheng.selfcheck.domain.SelfCheckEvent;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * A unit's self-check, item by item: the unit operator fills it (answers, drafts, evidence,
 * submission); the assessor reviews it (accept, return with comment, provisional score) with
 * each item's round history. Each item keeps its own form: a refused save (e.g. someone changed
 * the item meanwhile) leaves what the user typed in place.
 */
@Named
@ViewScoped
public class SelfCheckView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SelfCheckService selfChecks;

    @Inject
    EvidenceService evidenceService;

    @Inject
    CurrentUser user;

    @Inject
    ReportEngine reports;

    private Long id;
    private SelfCheck selfCheck;
    private Map<Long, List<Evidence>> evidence = Map.of();
    private final Map<Long, AnswerForm> answerForms = new HashMap<>();
    private final Map<Long, ReviewForm> reviewForms = new HashMap<>();
    private Long historyOf;
    private List<SelfCheckEvent> history = List.of();
    private long maxBytes;

    /** What the unit types for one item, with the version of the item it was based on. */
    public static class AnswerForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private int version;
        private Boolean yesNo;
        private BigDecimal number;
        private String text;
        private String choice;
        private String linkTitle;
        private String linkUrl;

        public Boolean getYesNo() {
            return yesNo;
        }

        public void setYesNo(Boolean yesNo) {
            this.yesNo = yesNo;
        }

        public BigDecimal getNumber() {
            return number;
        }

        public void setNumber(BigDecimal number) {
            this.number = number;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getChoice() {
            return choice;
        }

        public void setChoice(String choice) {
            this.choice = choice;
        }

        public String getLinkTitle() {
            return linkTitle;
        }

        public void setLinkTitle(String linkTitle) {
            this.linkTitle = linkTitle;
        }

        public String getLinkUrl() {
            return linkUrl;
        }

        public void setLinkUrl(String linkUrl) {
            this.linkUrl = linkUrl;
        }
    }

    /** What the assessor gives for one item. */
    public static class ReviewForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private int version;
        private BigDecimal score;
        private String comment;

        public BigDecimal getScore() {
            return score;
        }

        public void setScore(BigDecimal score) {
            this.score = score;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }

    public void load() {
        selfCheck = selfChecks.get(id);
        evidence = selfChecks.currentEvidence(id).stream()
                .collect(Collectors.groupingBy(e -> e.getAnswer().getId()));
        for (SelfCheckAnswer a : selfCheck.getAnswers()) {
            AnswerForm form = answerForms.computeIfAbsent(a.getId(), k -> new AnswerForm());
            form.version = a.getVersion();
            form.yesNo = a.getYesNo();
            form.number = a.getNumberValue();
            form.text = a.getTextValue();
            form.choice = a.getChoiceValue();
            ReviewForm review = reviewForms.computeIfAbsent(a.getId(), k -> new ReviewForm());
            review.version = a.getVersion();
            // a return the unit has not answered yet may be revised: it starts from itself; a new
            // round starts empty (accepting must not repeat the last round's comment or score)
            boolean revising = a.getStatus() == CheckStatus.RETURNED;
            review.score = revising ? a.getProvisionalScore() : null;
            review.comment = revising ? a.getReviewComment() : null;
        }
        if (isFiller()) {
            maxBytes = evidenceService.maxBytes();
        }
    }

    /**
     * Reloads after a change of one item: the other items keep what the user typed and the
     * version it was based on, so that a later save of theirs is still checked against it.
     */
    private void reload(Long changedAnswerId) {
        Map<Long, AnswerForm> typed = new HashMap<>(answerForms);
        answerForms.clear();
        reviewForms.clear();
        load();
        if (changedAnswerId != null) {
            typed.forEach((answerId, form) -> {
                if (!answerId.equals(changedAnswerId) && answerForms.containsKey(answerId)) {
                    answerForms.put(answerId, form);
                }
            });
        }
    }

    /**
     * After a refused save (someone changed the item meanwhile): shows the item as it is now
     * (e.g. the assessor's new comment) and keeps what the user typed, to be saved again.
     */
    public void rebase(SelfCheckAnswer answer) {
        Map<Long, AnswerForm> typed = new HashMap<>(answerForms);
        answerForms.clear();
        reviewForms.clear();
        load();
        typed.forEach((answerId, form) -> {
            AnswerForm fresh = answerForms.get(answerId);
            if (fresh != null) {
                if (answerId.equals(answer.getId())) {
                    form.version = fresh.version;
                }
                answerForms.put(answerId, form);
            }
        });
        Messages.info("selfcheck.answer.rebased", answer.getItem().getCode());
    }

    public void save(SelfCheckAnswer answer) {
        AnswerForm form = answerForms.get(answer.getId());
        selfChecks.saveAnswer(
                answer.getId(), form.version, new AnswerValue(form.yesNo, form.number, form.text, form.choice));
        Messages.info("selfcheck.answer.saved", answer.getItem().getCode());
        reload(answer.getId());
    }

    public void submit() {
        selfChecks.submit(id, selfCheck.getVersion());
        Messages.info("selfcheck.submitted");
        answerForms.clear();
        reload(null);
    }

    public void upload(FileUploadEvent event) {
        Long answerId = (Long) event.getComponent().getAttributes().get("answerId");
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            evidenceService.upload(answerId, file.getFileName(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Messages.info("selfcheck.evidence.uploaded", file.getFileName());
        reload(null);
    }

    /** A new version of a file; the old one stays stored and on record. */
    public void replace(FileUploadEvent event) {
        Long evidenceId = (Long) event.getComponent().getAttributes().get("evidenceId");
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            evidenceService.replace(evidenceId, file.getFileName(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Messages.info("selfcheck.evidence.uploaded", file.getFileName());
        reload(null);
    }

    public void addLink(SelfCheckAnswer answer) {
        AnswerForm form = answerForms.get(answer.getId());
        evidenceService.addLink(answer.getId(), form.linkTitle, form.linkUrl);
        form.linkTitle = null;
        form.linkUrl = null;
        reload(null);
    }

    public void withdraw(Evidence e) {
        evidenceService.withdraw(e.getId());
        reload(null);
    }

    public void accept(SelfCheckAnswer answer) {
        ReviewForm form = reviewForms.get(answer.getId());
        selfChecks.accept(answer.getId(), form.version, form.score, form.comment);
        Messages.info("selfcheck.review.accepted", answer.getItem().getCode());
        reload(null);
    }

    public void returnItem(SelfCheckAnswer answer) {
        ReviewForm form = reviewForms.get(answer.getId());
        selfChecks.returnItem(answer.getId(), form.version, form.comment, form.score);
        Messages.info("selfcheck.review.returned", answer.getItem().getCode());
        reload(null);
    }

    /** The self-check as PDF, with the evidence list and checksums. */
    public StreamedContent getPdf() {
        byte[] pdf = SelfCheckPdf.render(reports, selfChecks.reportData(id), Messages.locale());
        return DefaultStreamedContent.builder()
                .name("selfcheck-" + id + ".pdf")
                .contentType("application/pdf")
                .contentLength((long) pdf.length)
                .stream(() -> new java.io.ByteArrayInputStream(pdf))
                .build();
    }

    public void showHistory(SelfCheckAnswer answer) {
        historyOf = answer.getId();
        history = selfChecks.history(answer.getId());
    }

    public boolean isFiller() {
        return user.getOperatorUnitId()
                .map(u -> u.equals(selfCheck.getUnit().getId()))
                .orElse(false);
    }

    public boolean isReviewer() {
        return user.hasRole(Role.ASSESSOR);
    }

    public List<Evidence> evidenceOf(SelfCheckAnswer answer) {
        return evidence.getOrDefault(answer.getId(), List.of());
    }

    public AnswerForm form(SelfCheckAnswer answer) {
        return answerForms.get(answer.getId());
    }

    public ReviewForm review(SelfCheckAnswer answer) {
        return reviewForms.get(answer.getId());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SelfCheck getSelfCheck() {
        return selfCheck;
    }

    public Long getHistoryOf() {
        return historyOf;
    }

    public List<SelfCheckEvent> getHistory() {
        return history;
    }

    public long getMaxBytes() {
        return maxBytes;
    }

    public long getMaxMegabytes() {
        return maxBytes / (1024 * 1024);
    }

    /** An answer of the history in words (yes/no codes translated). */
    public String answerText(String snapshot) {
        return AnswerValue.readable(snapshot, Messages.text("common.yes"), Messages.text("common.no"));
    }
}
