/**
 * Reports a district publishes each year, computed from the records of the other capabilities: the
 * statutory annual report on government information disclosure (国办公开办函〔2021〕30号 format) and
 * the annual work summary. Nothing in them is typed in except what no other capability records.
 */
package org.kaocheng.report;
