package org.kaocheng.platform.startup;

import java.util.Optional;

/**
 * Settings that come from the environment of the server process. A system property of the
 * same name in lower case with dots ({@code kaocheng.production}) also counts, so that the
 * run command and tests can set them without environment variables.
 */
public final class KaochengConfig {

    private KaochengConfig() {}

    public static Optional<String> get(String envName) {
        String value = System.getenv(envName);
        if (value == null || value.isBlank()) {
            String property = envName.toLowerCase().replace('_', '.');
            value = System.getProperty(property);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** KAOCHENG_PRODUCTION: refuse H2, demo data and default passwords. */
    public static boolean production() {
        return get("KAOCHENG_PRODUCTION").map(Boolean::parseBoolean).orElse(false);
    }

    /** KAOCHENG_DEMO: load the demo district on first start (the run command sets it). */
    public static boolean demo() {
        return get("KAOCHENG_DEMO").map(Boolean::parseBoolean).orElse(false);
    }
}
