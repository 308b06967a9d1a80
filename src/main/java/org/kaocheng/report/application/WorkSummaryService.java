package org.kaocheng.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.kaocheng.disclosure.application.ApplicationService;
import org.kaocheng.disclosure.application.ConcernResponseService;
import org.kaocheng.disclosure.application.NewMediaService;
import org.kaocheng.disclosure.application.PressEventService;
import org.kaocheng.disclosure.application.ProactiveItemService;
import org.kaocheng.disclosure.application.PublicityEventService;
import org.kaocheng.disclosure.application.ReadingPointService;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.report.application.WorkSummaryParagraph.Kind;
import org.kaocheng.training.application.TrainingCoverageService;
import org.kaocheng.unit.application.UnitService;

/**
 * The annual work summary (年度政务公开工作总结, the seed's document): its figures for a year and the
 * district or one unit, each from the capability that keeps the records (nothing is counted
 * twice or typed in here), and the draft document with the figures filled in and placeholder
 * prose for the office to edit. Assessors and viewers see the district and every unit; a unit
 * operator only their own unit.
 */
@ApplicationScoped
public class WorkSummaryService {

    static final Role[] READERS = {Role.ASSESSOR, Role.VIEWER, Role.UNIT_OPERATOR};
    private static final String BUNDLE = "org.kaocheng.i18n.messages";

    @Inject
    CurrentUser user;

    @Inject
    ProactiveItemService items;

    @Inject
    ApplicationService applications;

    @Inject
    PressEventService press;

    @Inject
    ConcernResponseService concerns;

    @Inject
    PublicityEventService publicity;

    @Inject
    ReadingPointService readingPoints;

    @Inject
    NewMediaService newMedia;

    @Inject
    TrainingCoverageService training;

    @Inject
    UnitService units;

    /** The unit a summary is for: an operator's own (asked or not), else the one asked for (null = district). */
    public Long scope(Long unitId) {
        user.requireAnyRole(READERS);
        if (user.readsAllUnits()) {
            return unitId;
        }
        Long own = user.getOperatorUnitId().orElseThrow(() -> new AccessDeniedException("no unit"));
        if (unitId != null && !unitId.equals(own)) {
            throw new AccessDeniedException("unit " + unitId + " outside scope");
        }
        return own;
    }

    public WorkSummaryFigures figures(Long unitId, int year) {
        if (year < 2000 || year > 2100) {
            throw new BusinessRuleException("report.summary.yearInvalid", year);
        }
        Long unit = scope(unitId);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        String unitName = unit == null
                ? null
                : units.find(unit)
                        .orElseThrow(() -> new BusinessRuleException("disclosure.unit.invalid"))
                        .getName();
        return new WorkSummaryFigures(
                year,
                unit,
                unitName,
                items.publishedCounts(unit, from, to),
                concerns.totals(unit, year),
                press.totals(unit, year),
                applications.counts(unit, from, to),
                publicity.totals(unit, year),
                readingPoints.totals(unit, year),
                newMedia.year(unit, year),
                training.year(unit, year));
    }

    /** The figures as the page lists them, each with the list of its records where there is one. */
    public List<WorkSummaryFigure> figureList(WorkSummaryFigures f) {
        String unit = f.unitId() == null ? "" : "&unitId=" + f.unitId();
        String period = "from=" + f.year() + "-01-01&to=" + f.year() + "-12-31" + unit;
        String items = "/disclosure/items.xhtml?" + period;
        String apps = "/disclosure/applications.xhtml?";
        String year = "?year=" + f.year() + unit;
        List<WorkSummaryFigure> list = new ArrayList<>();
        list.add(figure("report.summary.fig.published", f.published().getTotal(), items));
        list.add(figure("report.summary.fig.website", f.published().website(), items));
        list.add(figure("report.summary.fig.weibo", f.published().weibo(), items));
        list.add(figure("report.summary.fig.wechat", f.published().wechat(), items));
        list.add(figure("report.summary.fig.otherChannel", f.published().other(), items));
        list.add(figure("report.summary.fig.interpretations", f.published().interpretations(), items));
        list.add(figure(
                "report.summary.fig.concerns", f.concerns().responses(), "/disclosure/concern-responses.xhtml" + year));
        list.add(figure(
                "report.summary.fig.majorConcerns",
                f.concerns().major(),
                "/disclosure/concern-responses.xhtml" + year));
        list.add(figure("report.summary.fig.press", f.press().getTotal(), "/disclosure/press-events.xhtml" + year));
        list.add(figure(
                "report.summary.fig.interviews", f.press().interviews(), "/disclosure/press-events.xhtml" + year));
        list.add(figure("report.summary.fig.received", f.applications().received(), apps + period));
        list.add(figure(
                "report.summary.fig.carriedIn",
                f.applications().carriedIn(),
                apps + "to=" + (f.year() - 1) + "-12-31" + unit));
        list.add(figure(
                "report.summary.fig.answered", f.applications().answered(), apps + "to=" + f.year() + "-12-31" + unit));
        list.add(figure(
                "report.summary.fig.answeredCarriedIn",
                f.applications().answeredCarriedIn(),
                apps + "to=" + (f.year() - 1) + "-12-31" + unit));
        list.add(figure(
                "report.summary.fig.carriedOut",
                f.applications().carriedOut(),
                apps + "to=" + f.year() + "-12-31" + unit));
        list.add(figure(
                "report.summary.fig.publicityEvents",
                f.publicity().events(),
                "/disclosure/publicity-events.xhtml" + year));
        list.add(figure(
                "report.summary.fig.consultations",
                f.publicity().consultations(),
                "/disclosure/publicity-events.xhtml" + year));
        list.add(figure(
                "report.summary.fig.brochures",
                f.publicity().brochures(),
                "/disclosure/publicity-events.xhtml" + year));
        list.add(figure(
                "report.summary.fig.onlineViews",
                f.publicity().onlineViews(),
                "/disclosure/publicity-events.xhtml" + year));
        list.add(figure(
                "report.summary.fig.readingPoints",
                f.readingPoints().points(),
                "/disclosure/reading-points.xhtml" + year));
        list.add(figure(
                "report.summary.fig.visits", f.readingPoints().visits(), "/disclosure/reading-points.xhtml" + year));
        list.add(figure(
                "report.summary.fig.copies", f.readingPoints().copies(), "/disclosure/reading-points.xhtml" + year));
        list.add(figure(
                "report.summary.fig.accountsChecked", f.newMedia().accountsChecked(), "/disclosure/new-media.xhtml"));
        list.add(figure("report.summary.fig.zombiesFound", f.newMedia().zombiesFound(), "/disclosure/new-media.xhtml"));
        list.add(figure("report.summary.fig.accountsClosed", f.newMedia().closed(), "/disclosure/new-media.xhtml"));
        list.add(figure(
                "report.summary.fig.zombiesClosed", f.newMedia().zombiesClosed(), "/disclosure/new-media.xhtml"));
        list.add(figure("report.summary.fig.sessionsHeld", f.training().sessionsHeld(), "/training/sessions.xhtml"));
        list.add(figure("report.summary.fig.peopleTrained", f.training().peopleTrained(), "/training/coverage.xhtml"));
        list.add(figure("report.summary.fig.completions", f.training().completions(), "/training/coverage.xhtml"));
        return list;
    }

    private static WorkSummaryFigure figure(String key, long value, String link) {
        return new WorkSummaryFigure(key, Long.toString(value), link);
    }

    /**
     * The draft in the seed's structure: title, opening paragraphs with the year's figures, 一 工作成效
     * with four sections, 二 存在的主要问题, 三 工作思路, signature. Bracketed 【…】 text is a placeholder.
     */
    public List<WorkSummaryParagraph> draft(WorkSummaryFigures f, Locale locale, LocalDate today) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale);
        String who = f.unitName() != null ? f.unitName() : b.getString("report.summary.doc.district");
        String y = Integer.toString(f.year());
        String next = Integer.toString(f.year() + 1);
        List<WorkSummaryParagraph> p = new ArrayList<>();
        p.add(new WorkSummaryParagraph(Kind.TITLE, null, format(b, locale, "report.summary.doc.title", who, y, next)));
        p.add(body(null, format(b, locale, "report.summary.doc.preamble", who, y, next)));
        p.add(body(
                null,
                format(
                        b,
                        locale,
                        "report.summary.doc.figures",
                        y,
                        who,
                        f.published().getTotal(),
                        f.published().website(),
                        f.published().weibo(),
                        f.published().wechat(),
                        f.published().other(),
                        f.concerns().responses(),
                        f.concerns().major(),
                        f.press().getTotal(),
                        f.press().interviews(),
                        f.published().interpretations(),
                        f.applications().received(),
                        f.applications().answered(),
                        f.applications().answeredCarriedIn(),
                        f.applications().carriedOut())));
        p.add(new WorkSummaryParagraph(Kind.HEADING, null, format(b, locale, "report.summary.doc.results", y)));
        p.add(body(
                b.getString("report.summary.doc.readingPoints.lead"),
                format(
                        b,
                        locale,
                        "report.summary.doc.readingPoints",
                        y,
                        f.readingPoints().points(),
                        f.readingPoints().visits(),
                        f.readingPoints().copies())));
        p.add(body(
                b.getString("report.summary.doc.publicity.lead"),
                format(
                        b,
                        locale,
                        "report.summary.doc.publicity",
                        f.publicity().events(),
                        f.publicity().consultations(),
                        f.publicity().brochures(),
                        views(f.publicity().onlineViews(), b))));
        p.add(body(
                b.getString("report.summary.doc.newMedia.lead"),
                format(
                        b,
                        locale,
                        "report.summary.doc.newMedia",
                        date(b, locale, f.newMedia().checkDay()),
                        f.newMedia().accountsChecked(),
                        f.newMedia().vetoFailed(),
                        f.newMedia().zombiesFound(),
                        f.newMedia().closed(),
                        f.newMedia().zombiesClosed())));
        p.add(body(
                b.getString("report.summary.doc.training.lead"),
                format(
                        b,
                        locale,
                        "report.summary.doc.training",
                        f.training().sessionsHeld(),
                        f.training().peopleTrained(),
                        f.training().completions(),
                        f.training().hours().stripTrailingZeros().toPlainString())));
        p.add(new WorkSummaryParagraph(Kind.HEADING, null, b.getString("report.summary.doc.problems")));
        p.add(body(null, b.getString("report.summary.doc.problems.text")));
        p.add(new WorkSummaryParagraph(Kind.HEADING, null, format(b, locale, "report.summary.doc.plans", next)));
        p.add(body(null, b.getString("report.summary.doc.plans.text")));
        String signer = f.unitName() != null ? f.unitName() : b.getString("report.summary.doc.office");
        p.add(new WorkSummaryParagraph(
                Kind.SIGNATURE,
                null,
                format(b, locale, "report.summary.doc.signature", signer, date(b, locale, today))));
        return p;
    }

    /** A date as documents write it (2025年12月31日). */
    private static String date(ResourceBundle b, Locale locale, LocalDate day) {
        return format(
                b,
                locale,
                "report.summary.doc.date",
                Integer.toString(day.getYear()),
                Integer.toString(day.getMonthValue()),
                Integer.toString(day.getDayOfMonth()));
    }

    private static WorkSummaryParagraph body(String lead, String text) {
        return new WorkSummaryParagraph(Kind.BODY, lead, text);
    }

    /** Views as the seed writes them: in 万 with one decimal from ten thousand on. */
    static String views(long views, ResourceBundle b) {
        String unit = b.getString("report.summary.doc.tenThousand");
        if (views < 10_000 || unit.isBlank()) {
            return Long.toString(views);
        }
        return BigDecimal.valueOf(views)
                        .divide(BigDecimal.valueOf(10_000), 1, RoundingMode.HALF_UP)
                        .toPlainString()
                + unit;
    }

    /** Numbers go in as plain digits (no grouping separators, as official documents write them). */
    private static String format(ResourceBundle b, Locale locale, String key, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number n ? Long.toString(n.longValue()) : args[i];
        }
        return new MessageFormat(b.getString(key), locale).format(plain);
    }
}
