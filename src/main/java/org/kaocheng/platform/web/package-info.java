/**
 * Faces support shared by every capability: language choice, messages from the bundle, the
 * exception handler that turns refusals into messages or HTTP 403, lazy list models, and the
 * REST application with its readiness endpoint.
 */
package org.kaocheng.platform.web;
