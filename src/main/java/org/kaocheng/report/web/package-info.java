/** Backing beans of the report pages. */
package org.kaocheng.report.web;
