package org.kaocheng.report.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.kaocheng.disclosure.domain.ReviewCaseKind;

/** Turns a computed report into the printed lines and parameters of the annual report design. */
final class AnnualReportLines {

    private static final String BUNDLE = "org.kaocheng.i18n.messages";

    private AnnualReportLines() {}

    static Map<String, Object> parameters(AnnualReport report, Locale locale) {
        Function<String, String> t = texts(locale);
        Map<String, Object> p = new HashMap<>();
        p.put(
                "TITLE",
                report.isDistrict()
                        ? java.text.MessageFormat.format(
                                t.apply("report.annual.title.district"), String.valueOf(report.year()))
                        : java.text.MessageFormat.format(
                                t.apply("report.annual.title.unit"), report.unitName(), String.valueOf(report.year())));
        return p;
    }

    static List<AnnualReportLine> of(AnnualReport r, Locale locale) {
        Function<String, String> t = texts(locale);
        List<AnnualReportLine> lines = new ArrayList<>();
        section(lines, t.apply("report.section.1"));
        paragraphs(lines, r.texts().overview(), t);

        section(lines, t.apply("report.section.2"));
        ProactiveFigures p = r.proactive();
        lines.add(AnnualReportLine.text("T2_TITLE", t.apply("report.t2.article1")));
        lines.add(AnnualReportLine.cells(
                "T2_HEAD3",
                List.of(
                        t.apply("report.t2.content"),
                        t.apply("report.t2.issued"),
                        t.apply("report.t2.repealed"),
                        t.apply("report.t2.inForce"))));
        lines.add(AnnualReportLine.cells(
                "T2_ROW3",
                List.of(
                        t.apply("report.t2.rules"),
                        s(p.getRulesIssued()),
                        s(p.getRulesRepealed()),
                        s(p.getRulesInForce()))));
        lines.add(AnnualReportLine.cells(
                "T2_ROW3",
                List.of(
                        t.apply("report.t2.normative"),
                        s(p.getNormativeIssued()),
                        s(p.getNormativeRepealed()),
                        s(p.getNormativeInForce()))));
        lines.add(AnnualReportLine.text("T2_TITLE", t.apply("report.t2.article5")));
        lines.add(AnnualReportLine.cells(
                "T2_HEAD1", List.of(t.apply("report.t2.content"), t.apply("report.t2.decisions"))));
        lines.add(AnnualReportLine.cells(
                "T2_ROW1", List.of(t.apply("report.t2.licensing"), s(p.getLicensingDecisions()))));
        lines.add(AnnualReportLine.text("T2_TITLE", t.apply("report.t2.article6")));
        lines.add(AnnualReportLine.cells(
                "T2_HEAD1", List.of(t.apply("report.t2.content"), t.apply("report.t2.decisions"))));
        lines.add(AnnualReportLine.cells("T2_ROW1", List.of(t.apply("report.t2.penalty"), s(p.getPenaltyDecisions()))));
        lines.add(AnnualReportLine.cells(
                "T2_ROW1", List.of(t.apply("report.t2.enforcement"), s(p.getEnforcementDecisions()))));
        lines.add(AnnualReportLine.text("T2_TITLE", t.apply("report.t2.article8")));
        lines.add(AnnualReportLine.cells(
                "T2_HEAD1", List.of(t.apply("report.t2.content"), t.apply("report.t2.feeAmount"))));
        lines.add(AnnualReportLine.cells("T2_ROW1", List.of(t.apply("report.t2.fees"), p.getFeeText())));

        section(lines, t.apply("report.section.3"));
        lines.add(AnnualReportLine.text("T3_HEAD", t.apply("report.t3.balanceNote")));
        ApplicationTable a = r.applications();
        int rowInLabel = 0;
        for (ApplicationTable.Line line : ApplicationTable.LINES) {
            rowInLabel = line.labelFirst() ? 0 : rowInLabel + 1;
            String label = t.apply(line.labelKey());
            // a label merged over many rows of a narrow column flows down those rows, a piece each
            String labelHere = line.span() == 3 ? label : piece(label, rowInLabel);
            List<String> values = new ArrayList<>();
            for (int c = 0; c < ApplicationTable.COLUMNS; c++) {
                values.add(s(a.get(line.row(), c)));
            }
            String group = line.groupKey() == null ? null : t.apply(line.groupKey());
            String item = line.itemKey() == null ? null : t.apply(line.itemKey());
            // rows are as high as their longest label needs; the design does not measure text
            int height = switch (line.span()) {
                case 3 -> linesNeeded(label, LABEL_ABC_WIDTH);
                case 2 -> linesNeeded(group, LABEL_BC_WIDTH);
                default -> linesNeeded(item, LABEL_C_WIDTH);
            };
            lines.add(AnnualReportLine.applications(
                    labelHere,
                    group,
                    item,
                    line.span(),
                    line.span() == 3 || line.labelFirst(),
                    line.span() >= 2 || line.groupFirst(),
                    values,
                    height));
        }
        lines.add(AnnualReportLine.text("T3_END", null));

        section(lines, t.apply("report.section.4"));
        lines.add(AnnualReportLine.text("T4_HEAD", null));
        List<String> reviews = new ArrayList<>();
        for (ReviewCaseKind kind : ReviewCaseKind.values()) {
            for (int c = 0; c < ReviewTable.COLUMNS; c++) {
                reviews.add(s(r.reviews().get(kind, c)));
            }
        }
        lines.add(AnnualReportLine.cells("T4_ROW", reviews));

        section(lines, t.apply("report.section.5"));
        paragraphs(lines, r.texts().problems(), t);
        section(lines, t.apply("report.section.6"));
        paragraphs(lines, r.texts().otherMatters(), t);
        return lines;
    }

    private static void section(List<AnnualReportLine> lines, String heading) {
        lines.add(AnnualReportLine.text("SECTION", heading));
    }

    private static void paragraphs(List<AnnualReportLine> lines, String text, Function<String, String> t) {
        if (text == null) {
            lines.add(AnnualReportLine.text("PARA", t.apply("report.text.none")));
            return;
        }
        for (String paragraph : text.split("\\R+")) {
            if (!paragraph.isBlank()) {
                lines.add(AnnualReportLine.text("PARA", paragraph.strip()));
            }
        }
    }

    /** Widths of the label cells of 表三 in full-width characters of the design's 8-point font. */
    private static final double LABEL_ABC_WIDTH = 35;

    private static final double LABEL_BC_WIDTH = 30.5;
    private static final double LABEL_C_WIDTH = 21.5;

    static int linesNeeded(String text, double width) {
        return text == null ? 1 : (int) Math.ceil(width(text) / width);
    }

    private static double width(String text) {
        return text.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.55 : 1).sum();
    }

    /** Width of the merged label column in full-width characters. */
    private static final double PIECE_WIDTH = 4;

    /** The {@code index}-th line of {@code text} wrapped to the narrow label column (empty past the end). */
    static String piece(String text, int index) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        double width = 0;
        String[] tokens = text.contains(" ") ? text.split("(?<= )") : text.split("");
        for (String token : tokens) {
            double w = width(token);
            if (width + w > PIECE_WIDTH && current.length() > 0) {
                pieces.add(current.toString().strip());
                current.setLength(0);
                width = 0;
            }
            current.append(token);
            width += w;
        }
        if (current.length() > 0) {
            pieces.add(current.toString().strip());
        }
        return index < pieces.size() ? pieces.get(index) : "";
    }

    private static String s(long value) {
        return Long.toString(value);
    }

    private static Function<String, String> texts(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        return key -> bundle.containsKey(key) ? bundle.getString(key) : key;
    }
}
