package org.kaocheng.appraisal.web;

import java.io.ByteArrayInputStream;
import org.kaocheng.appraisal.application.AppraisalReportData;
import org.kaocheng.platform.reporting.ReportEngine;
import org.kaocheng.platform.web.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Appraisal reports as downloads (PDF, XLSX), filled by the platform's report engine. */
final class ReportDownloads {

    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ReportDownloads() {}

    static StreamedContent pdf(ReportEngine engine, AppraisalReportData.ReportInput report) {
        byte[] bytes = engine.pdf(report.design(), report.parameters(), report.rows(), Messages.locale());
        return file(bytes, report.fileName() + ".pdf", PDF);
    }

    static StreamedContent xlsx(ReportEngine engine, AppraisalReportData.ReportInput report) {
        byte[] bytes = engine.xlsx(report.design(), report.parameters(), report.rows(), Messages.locale());
        return file(bytes, report.fileName() + ".xlsx", XLSX);
    }

    private static StreamedContent file(byte[] bytes, String name, String type) {
        return DefaultStreamedContent.builder().name(name).contentType(type).stream(
                        () -> new ByteArrayInputStream(bytes))
                .build();
    }
}
