package org.kaocheng.platform.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleDocxExporterConfiguration;
import net.sf.jasperreports.export.SimpleDocxReportConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/** Fills compiled report designs from beans and exports them. Thread-safe; designs are cached. */
@ApplicationScoped
public class ReportEngine {

    private static final String BUNDLE = "org.kaocheng.i18n.messages";
    private final Map<String, JasperReport> designs = new ConcurrentHashMap<>();

    /** The filled report for the given rows; parameters may add headings, totals, sub-lists. */
    public JasperPrint fill(String name, Map<String, Object> parameters, Collection<?> rows, Locale locale) {
        Map<String, Object> params = new HashMap<>(parameters);
        params.put(JRParameter.REPORT_LOCALE, locale);
        params.put(JRParameter.REPORT_RESOURCE_BUNDLE, ResourceBundle.getBundle(BUNDLE, locale));
        try {
            return JasperFillManager.fillReport(design(name), params, new JRBeanCollectionDataSource(rows, false));
        } catch (JRException e) {
            throw new ReportException("report " + name + " could not be filled", e);
        }
    }

    public byte[] pdf(String name, Map<String, Object> parameters, Collection<?> rows, Locale locale) {
        JasperPrint print = fill(name, parameters, rows, locale);
        JRPdfExporter exporter = new JRPdfExporter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setMetadataTitle(print.getName());
        config.setMetadataCreator("Kaocheng");
        exporter.setConfiguration(config);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new ReportException("report " + name + " could not be exported to PDF", e);
        }
        return out.toByteArray();
    }

    public byte[] xlsx(String name, Map<String, Object> parameters, Collection<?> rows, Locale locale) {
        JasperPrint print = fill(name, parameters, rows, locale);
        JRXlsxExporter exporter = new JRXlsxExporter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimpleXlsxReportConfiguration config = new SimpleXlsxReportConfiguration();
        config.setDetectCellType(true);
        config.setWhitePageBackground(false);
        exporter.setConfiguration(config);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new ReportException("report " + name + " could not be exported to XLSX", e);
        }
        return out.toByteArray();
    }

    /**
     * A Word document (.docx) that an office edits further. Rows grow with their text (flexible
     * row height) and frames are not nested as tables, so paragraphs stay plain editable text.
     */
    public byte[] docx(String name, Map<String, Object> parameters, Collection<?> rows, Locale locale) {
        JasperPrint print = fill(name, parameters, rows, locale);
        JRDocxExporter exporter = new JRDocxExporter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimpleDocxReportConfiguration report = new SimpleDocxReportConfiguration();
        report.setFlexibleRowHeight(true);
        report.setFramesAsNestedTables(false);
        exporter.setConfiguration(report);
        SimpleDocxExporterConfiguration config = new SimpleDocxExporterConfiguration();
        config.setMetadataTitle(print.getName());
        config.setMetadataApplication("Kaocheng");
        exporter.setConfiguration(config);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new ReportException("report " + name + " could not be exported to DOCX", e);
        }
        return out.toByteArray();
    }

    private JasperReport design(String name) {
        return designs.computeIfAbsent(name, n -> {
            try (InputStream in = ReportEngine.class.getResourceAsStream("/reports/" + n + ".jasper")) {
                if (in == null) {
                    throw new ReportException("no compiled report /reports/" + n + ".jasper", null);
                }
                return (JasperReport) JRLoader.loadObject(in);
            } catch (IOException | JRException e) {
                throw new ReportException("report " + n + " could not be loaded", e);
            }
        });
    }

    /** A report could not be produced. */
    public static class ReportException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public ReportException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
