/**
 * Application settings ({@code app_setting}): key-value rows an administrator changes, kept as
 * an entity so that every change goes through the audit trail with its old and new value.
 */
package org.kaocheng.platform.settings;
