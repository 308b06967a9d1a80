/**
 * Staff (工作人员) doing disclosure work and their postings (任职): appointments, transfers,
 * departures and concurrent posts, each with an effective date; turnover per unit and year;
 * import and export of the registry.
 */
package org.kaocheng.staff;
