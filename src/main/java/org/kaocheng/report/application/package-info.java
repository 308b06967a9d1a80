/**
 * Use cases of the district's yearly reports: the annual work summary (年度政务公开工作总结), whose
 * figures are computed from the records of the disclosure and training capabilities through their
 * application services, and its draft document (PDF, DOCX). Classes of the work summary are
 * named {@code WorkSummary*}.
 */
package org.kaocheng.report.application;
