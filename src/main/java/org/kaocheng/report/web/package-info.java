/** Backing beans of the report pages ({@code /report/*.xhtml}). */
package org.kaocheng.report.web;
