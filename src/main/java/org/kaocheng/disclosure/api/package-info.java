/**
 * The CMS integration API (Jakarta REST under {@code /api/disclosure}): units' website systems
 * push proactive items in batches, authenticated by per-unit API tokens.
 */
package org.kaocheng.disclosure.api;
