/**
 * Use cases of the district's yearly reports. The statutory annual report: every section for a
 * unit or the district (aggregates in SQL), the consistency checks of the official format, the
 * register and text editing under the unit scope, and the PDF/XLSX export that is refused while a
 * check fails. The annual work summary (年度政务公开工作总结, classes {@code WorkSummary*}): figures
 * computed from the records of the disclosure and training capabilities through their application
 * services, and its draft document (PDF, DOCX).
 */
package org.kaocheng.report.application;
