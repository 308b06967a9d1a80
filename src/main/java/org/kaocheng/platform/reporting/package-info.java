/**
 * The report engine: JasperReports designs ({@code reports/*.jrxml}) are compiled at build time
 * into {@code WEB-INF/classes/reports/*.jasper}; at run time they are filled from service results
 * (beans, never a raw JDBC connection) and exported to PDF, XLSX or DOCX (Word, for documents an office edits further). Labels come from the
 * messages bundle ({@code $R{key}}); Chinese renders with the embedded font family
 * {@code KaochengSong} (AR PL SungtiL GB, Arphic Public License).
 *
 * <p>To add a report: put {@code reports/<name>.jrxml} (JasperReports 7 format, every text
 * element with {@code fontName="KaochengSong"}), build, and call
 * {@link org.kaocheng.platform.reporting.ReportEngine#pdf} or
 * {@link org.kaocheng.platform.reporting.ReportEngine#xlsx} or
 * {@link org.kaocheng.platform.reporting.ReportEngine#docx} with its name, parameters and rows.
 */
package org.kaocheng.platform.reporting;
