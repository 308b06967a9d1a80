package org.kaocheng.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Jakarta REST resources live under {@code /api}. JSON is bound with JSON-B, the platform's
 * own binding. Shiro lets {@code /api/**} through without a login redirect: each resource
 * authenticates its caller itself (API tokens), except the public ones.
 */
@ApplicationPath("/api")
public class RestApplication extends Application {}
