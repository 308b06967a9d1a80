/**
 * The audit trail: every insert, update and delete of an entity is recorded by an EclipseLink
 * event listener in the same transaction (who, when, which entity, old and new values). Only
 * auditors read it; nobody edits it through the application.
 */
package org.kaocheng.platform.audit;
