/** Backing beans of the report pages ({@code /report/*.xhtml}); the work summary's is {@code WorkSummaryView}. */
package org.kaocheng.report.web;
