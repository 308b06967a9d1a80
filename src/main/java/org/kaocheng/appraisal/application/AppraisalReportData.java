package org.kaocheng.appraisal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kaocheng.appraisal.domain.Indicator;
import org.kaocheng.platform.persistence.Page;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.platform.security.People;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.unit.domain.RankingGroup;

/**
 * What the appraisal reports are filled with: the ranking of one group (every unit, read page
 * by page from the stored results) and a unit's score sheet, as beans and parameters in the
 * reader's language. Access is checked by {@link AppraisalService}.
 */
@ApplicationScoped
public class AppraisalReportData {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    @Inject
    AppraisalService runs;

    @Inject
    RuleDescriptions descriptions;

    @Inject
    People people;

    /** A report to fill: design name, parameters, rows, and the file name to offer. */
    public record ReportInput(String design, Map<String, Object> parameters, List<?> rows, String fileName) {}

    public ReportInput ranking(Long runId, Long groupId, Locale locale) {
        RunInfo run = runs.run(runId);
        String groupName = runs.groups(runId).stream()
                .filter(g -> g.getId().equals(groupId))
                .map(RankingGroup::getName)
                .findFirst()
                .orElse("");
        List<Indicator> levelOne = runs.levelOne(runId);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("title", run.schemeName() + " · " + Messages.text(locale, "appraisal.run.title"));
        parameters.put(
                "subtitle",
                groupName + " · " + run.periodFrom().format(DAY) + " ~ "
                        + run.periodTo().format(DAY)
                        + " · " + Messages.text(locale, "appraisal.status." + run.status())
                        + (run.revision() > 1
                                ? " · " + Messages.text(locale, "appraisal.revision") + " " + run.revision()
                                : ""));
        parameters.put("tieBreak", Messages.text(locale, "appraisal.tieBreak"));
        for (int k = 0; k < RankingReportRow.COLUMNS; k++) {
            parameters.put(
                    "col" + (k + 1),
                    k < levelOne.size()
                            ? levelOne.get(k).getCode() + " " + levelOne.get(k).getName()
                            : "");
        }
        String veto = Messages.text(locale, "appraisal.rule.VETO");
        List<RankingReportRow> rows = new ArrayList<>();
        int first = 0;
        Page<RankingRow> page;
        do {
            page = runs.ranking(runId, groupId, PageRequest.of(first, PageRequest.MAX_PAGE_SIZE));
            for (RankingRow r : page.rows()) {
                rows.add(new RankingReportRow(r, veto, Messages.text(locale, "appraisal.grade." + r.grade())));
            }
            first += PageRequest.MAX_PAGE_SIZE;
        } while (first < page.total());
        return new ReportInput("appraisal-ranking", parameters, rows, "ranking-" + runId + "-" + groupId);
    }

    public ReportInput sheet(Long runId, Long unitId, Locale locale) {
        ScoreSheet sheet = runs.sheet(runId, unitId);
        RankingRow result = sheet.result();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("title", result.unitName() + " · " + Messages.text(locale, "appraisal.sheet.title"));
        parameters.put(
                "subtitle",
                sheet.schemeName() + " · " + sheet.periodFrom().format(DAY) + " ~ "
                        + sheet.periodTo().format(DAY) + " · "
                        + Messages.text(locale, "appraisal.status." + sheet.status()));
        parameters.put(
                "summary",
                Messages.text(
                        locale,
                        "appraisal.report.sheetSummary",
                        result.total().toPlainString(),
                        result.bonusTotal().toPlainString(),
                        result.groupName(),
                        result.rank(),
                        Messages.text(locale, "appraisal.grade." + result.grade())));
        parameters.put("noData", Messages.text(locale, "appraisal.noData.explained"));
        List<SheetReportRow> rows = new ArrayList<>();
        for (SheetLine line : sheet.lines()) {
            rows.add(new SheetReportRow(line, descriptions.explain(line, locale, people::name)));
        }
        return new ReportInput("appraisal-sheet", parameters, rows, "sheet-" + runId + "-" + result.unitCode());
    }
}
