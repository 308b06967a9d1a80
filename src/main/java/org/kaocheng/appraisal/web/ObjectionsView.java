package org.kaocheng.appraisal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.kaocheng.appraisal.application.AppraisalService;
import org.kaocheng.appraisal.application.ObjectionRow;
import org.kaocheng.appraisal.application.RunInfo;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.web.Messages;

/** A run's objections (申诉); assessors answer them, accepting with a corrected score or rejecting. */
@Named
@ViewScoped
public class ObjectionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AppraisalService runs;

    @Inject
    CurrentUser user;

    private Long runId;
    private RunInfo run;
    private List<ObjectionRow> list;
    private ObjectionRow selected;
    private boolean accepted = true;
    private String answer;
    private BigDecimal correctedScore;

    public void load() {
        run = runs.run(runId);
        list = runs.objections(runId);
    }

    public boolean isAssessor() {
        return user.hasRole(Role.ASSESSOR);
    }

    public void select(ObjectionRow row) {
        selected = row;
        accepted = true;
        answer = null;
        correctedScore = null;
    }

    public void answer() {
        runs.answerObjection(selected.id(), selected.version(), accepted, answer, accepted ? correctedScore : null);
        Messages.info("appraisal.objection.answeredMessage");
        load();
    }

    public Long getRunId() {
        return runId;
    }

    public void setRunId(Long runId) {
        this.runId = runId;
    }

    public RunInfo getRun() {
        return run;
    }

    public List<ObjectionRow> getList() {
        return list;
    }

    public ObjectionRow getSelected() {
        return selected;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public void setAccepted(boolean accepted) {
        this.accepted = accepted;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public BigDecimal getCorrectedScore() {
        return correctedScore;
    }

    public void setCorrectedScore(BigDecimal correctedScore) {
        this.correctedScore = correctedScore;
    }
}
