/**
 * Start-up: migrates the schema with Flyway, refuses an unsafe production configuration,
 * creates the first administrator when told to, and loads demo data in demo mode.
 */
package org.kaocheng.platform.startup;
