/**
 * The annual report's use cases: computing every section for a unit or the district (aggregates
 * in SQL), the consistency checks of the official format, the register and text editing under
 * the unit scope, and the PDF/XLSX export that is refused while a check fails.
 */
package org.kaocheng.report.application;
