package org.kaocheng.platform.startup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Production never runs silently on the embedded database or with demo data. */
class ProductionRefusalTest {

    @Test
    void productionRefusesH2AndDemoData() {
        assertTrue(ApplicationStartup.productionRefusal(true, false, "H2 2.2.224 (2023-09-17)")
                .orElseThrow()
                .contains("KAOCHENG_DB_URL"));
        assertTrue(ApplicationStartup.productionRefusal(true, true, "PostgreSQL 15.19")
                .orElseThrow()
                .contains("KAOCHENG_DEMO"));
    }

    @Test
    void productionOnPostgresqlAndTheEmbeddedDefaultStart() {
        assertTrue(ApplicationStartup.productionRefusal(true, false, "PostgreSQL 15.19")
                .isEmpty());
        assertTrue(
                ApplicationStartup.productionRefusal(false, true, "H2 2.2.224").isEmpty(), "the demo run");
    }
}
