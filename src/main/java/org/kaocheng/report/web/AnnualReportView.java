package org.kaocheng.report.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.kaocheng.disclosure.domain.ReviewCaseKind;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.report.application.AnnualReport;
import org.kaocheng.report.application.AnnualReportService;
import org.kaocheng.report.application.ApplicationTable;
import org.kaocheng.report.application.DistrictTextForm;
import org.kaocheng.report.application.RegisterForm;
import org.kaocheng.report.application.ReportProblem;
import org.kaocheng.report.application.ReviewTable;
import org.kaocheng.unit.domain.Unit;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The annual report page: choose year and unit (a unit operator: their own only; district
 * readers: any unit or the district), see the four tables in the official layout with what the
 * checks found, fill the register and the texts, export PDF/.xlsx once every check passes.
 */
@Named
@ViewScoped
public class AnnualReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AnnualReportService reports;

    /** The report year: last year by default (reports are published in January for the year before). */
    private int year = LocalDate.now().getYear() - 1;
    /** The unit; null = the district. */
    private Long unitId;

    private AnnualReport report;
    private RegisterForm register;
    private DistrictTextForm districtText;

    @PostConstruct
    void init() {
        if (!reports.readsDistrict()) {
            unitId = reports.ownUnit().map(Unit::getId).orElse(null);
        }
        refresh();
    }

    public void refresh() {
        report = reports.report(unitId, year);
        register = unitId == null ? null : reports.register(unitId, year);
        districtText = unitId == null ? reports.districtText(year) : null;
    }

    public void saveRegister() {
        reports.saveRegister(register);
        Messages.info("common.saved");
        refresh();
    }

    public void saveDistrictText() {
        reports.saveDistrictText(districtText);
        Messages.info("common.saved");
        refresh();
    }

    public StreamedContent getPdf() {
        if (refused()) {
            return null;
        }
        byte[] pdf = reports.pdf(unitId, year, Messages.locale());
        return DefaultStreamedContent.builder().name(fileName() + ".pdf").contentType("application/pdf").stream(
                        () -> new ByteArrayInputStream(pdf))
                .build();
    }

    public StreamedContent getXlsx() {
        if (refused()) {
            return null;
        }
        byte[] xlsx = reports.xlsx(unitId, year, Messages.locale());
        return DefaultStreamedContent.builder()
                .name(fileName() + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(xlsx))
                .build();
    }

    /** Export is refused while a check fails; the page says why (the service refuses too). */
    private boolean refused() {
        refresh();
        if (!report.isExportable()) {
            Messages.error("report.annual.exportRefused", report.problems().size());
            return true;
        }
        return false;
    }

    private String fileName() {
        return "annual-report-" + year + "-" + (unitId == null ? "district" : unitId.toString());
    }

    /** "table / row / column: what is wrong", in the page's language. */
    public List<String> getProblemTexts() {
        return report.problems().stream()
                .map(p -> p.describe(key -> Messages.text(key), (key, args) -> Messages.text(key, args)))
                .toList();
    }

    public List<ReportProblem> getProblems() {
        return report.problems();
    }

    public List<Integer> getYears() {
        int now = LocalDate.now().getYear();
        return IntStream.rangeClosed(now - 5, now)
                .boxed()
                .sorted((a, b) -> b - a)
                .toList();
    }

    public List<Unit> getUnits() {
        return reports.units();
    }

    public boolean isReadsDistrict() {
        return reports.readsDistrict();
    }

    public boolean isCanWriteRegister() {
        return unitId != null && reports.canWriteRegister(unitId);
    }

    public boolean isCanWriteDistrictText() {
        return unitId == null && reports.canWriteDistrictText();
    }

    public List<ApplicationTable.Line> getT3Lines() {
        return ApplicationTable.LINES;
    }

    public List<Integer> getT3Columns() {
        return IntStream.range(0, ApplicationTable.COLUMNS).boxed().toList();
    }

    /** 表四 in one row: the kinds in order, each with its five columns. */
    public List<Long> getT4Values() {
        ReviewTable t = report.reviews();
        return java.util.Arrays.stream(ReviewCaseKind.values())
                .flatMap(k -> IntStream.range(0, ReviewTable.COLUMNS).mapToObj(c -> t.get(k, c)))
                .toList();
    }

    public String getTitle() {
        return report.isDistrict()
                ? Messages.text("report.annual.title.district", String.valueOf(year))
                : Messages.text("report.annual.title.unit", report.unitName(), String.valueOf(year));
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public AnnualReport getReport() {
        return report;
    }

    public RegisterForm getRegister() {
        return register;
    }

    public DistrictTextForm getDistrictText() {
        return districtText;
    }
}
