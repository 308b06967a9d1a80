package org.kaocheng.selfcheck.web;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import org.kaocheng.platform.reporting.ReportEngine;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.selfcheck.application.SelfCheckReportData;
import org.kaocheng.selfcheck.domain.AnswerValue;

/**
 * A unit's completed self-check as PDF (design {@code reports/selfcheck-unit.jrxml}): the items
 * with answers, review and scores, and the evidence with SHA-256 checksums. The report engine
 * reads bean properties, so the service's records are turned into small beans here.
 */
final class SelfCheckPdf {

    static final String REPORT = "selfcheck-unit";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private SelfCheckPdf() {}

    static byte[] render(ReportEngine engine, SelfCheckReportData data, Locale locale) {
        return engine.pdf(REPORT, parameters(data, locale), itemRows(data, locale), locale);
    }

    static Map<String, Object> parameters(SelfCheckReportData data, Locale locale) {
        Map<String, Object> p = new HashMap<>();
        p.put("CAMPAIGN", data.campaignTitle());
        p.put("PERIOD", data.periodLabel());
        p.put("UNIT", data.unitName());
        p.put("STATUS", Messages.text(locale, "selfcheck.status." + data.status()));
        p.put(
                "LATE",
                data.late()
                        ? Messages.text(locale, "common.inParentheses", Messages.text(locale, "selfcheck.late"))
                        : "");
        p.put(
                "SUBMITTED",
                data.lastSubmittedAt() == null ? "-" : data.lastSubmittedAt().format(MINUTE));
        p.put("SCORE", plain(data.totalScore()) + " / " + plain(data.totalPoints()));
        p.put(
                "EVIDENCE",
                new JRBeanCollectionDataSource(
                        data.evidence().stream().map(EvidenceRow::new).toList()));
        return p;
    }

    static List<ItemRow> itemRows(SelfCheckReportData data, Locale locale) {
        return data.items().stream()
                .map(i -> new ItemRow(
                        i,
                        Messages.text(locale, "selfcheck.status." + i.status()),
                        AnswerValue.readable(
                                i.answer(), Messages.text(locale, "common.yes"), Messages.text(locale, "common.no"))))
                .toList();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }

    /** One item of the report. */
    public static final class ItemRow {
        private final SelfCheckReportData.ItemLine line;
        private final String statusLabel;
        private final String answer;

        ItemRow(SelfCheckReportData.ItemLine line, String statusLabel, String answer) {
            this.line = line;
            this.statusLabel = statusLabel;
            this.answer = answer;
        }

        public String getCode() {
            return line.code();
        }

        public String getQuestion() {
            return line.question();
        }

        public String getAnswer() {
            return answer;
        }

        public String getStatus() {
            return statusLabel;
        }

        public String getScore() {
            return line.score() == null ? null : plain(line.score()) + " / " + plain(line.points());
        }

        public String getComment() {
            return line.comment();
        }
    }

    /** One piece of evidence in the report. */
    public static final class EvidenceRow {
        private final SelfCheckReportData.EvidenceLine line;

        EvidenceRow(SelfCheckReportData.EvidenceLine line) {
            this.line = line;
        }

        public String getItemCode() {
            return line.itemCode();
        }

        public String getName() {
            return line.url() == null ? line.name() : line.name() + " " + line.url();
        }

        public String getType() {
            return line.type();
        }

        public String getSize() {
            return line.sizeBytes() == null ? null : String.format(Locale.ROOT, "%,d B", line.sizeBytes());
        }

        public String getSha256() {
            return line.sha256() == null ? "-" : line.sha256();
        }
    }
}
