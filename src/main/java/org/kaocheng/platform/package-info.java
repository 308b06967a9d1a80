/**
 * Shared infrastructure: persistence, audit trail, security, reporting and web support.
 * Knows no capability; capabilities depend on it, never the other way round.
 */
package org.kaocheng.platform;
