package org.kaocheng.appraisal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kaocheng.appraisal.application.AppraisalService;
import org.kaocheng.appraisal.application.RunInfo;
import org.kaocheng.appraisal.application.SchemeService;
import org.kaocheng.appraisal.domain.Indicator;
import org.kaocheng.platform.web.Messages;

/** "What if": other points for some indicators, and how totals, ranks and grades would move. Nothing is saved. */
@Named
@ViewScoped
public class WhatIfView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AppraisalService runs;

    @Inject
    SchemeService schemes;

    /** An indicator with its points now and the points to try. */
    public static class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Long id;
        private final String code;
        private final String name;
        private final int level;
        private final BigDecimal current;
        private BigDecimal trial;

        Line(Indicator i) {
            this.id = i.getId();
            this.code = i.getCode();
            this.name = i.getName();
            this.level = i.getLevel();
            this.current = i.getPoints();
            this.trial = i.getPoints();
        }

        public Long getId() {
            return id;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public int getLevel() {
            return level;
        }

        public BigDecimal getCurrent() {
            return current;
        }

        public BigDecimal getTrial() {
            return trial;
        }

        public void setTrial(BigDecimal trial) {
            this.trial = trial;
        }
    }

    private Long runId;
    private RunInfo run;
    private List<Line> lines;
    private AppraisalService.WhatIf result;

    public void load() {
        run = runs.run(runId);
        lines = new ArrayList<>();
        schemes.indicators(run.schemeId()).forEach(i -> lines.add(new Line(i)));
    }

    public void preview() {
        Map<Long, BigDecimal> points = new HashMap<>();
        for (Line l : lines) {
            if (l.getTrial() != null && l.getTrial().compareTo(l.getCurrent()) != 0) {
                points.put(l.getId(), l.getTrial());
            }
        }
        result = runs.whatIf(runId, points);
    }

    public List<String> getProblems() {
        return result == null
                ? List.of()
                : result.problems().stream()
                        .map(p -> p.code() + ": " + Messages.text(p.messageKey(), p.args()))
                        .toList();
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

    public List<Line> getLines() {
        return lines;
    }

    public AppraisalService.WhatIf getResult() {
        return result;
    }
}
