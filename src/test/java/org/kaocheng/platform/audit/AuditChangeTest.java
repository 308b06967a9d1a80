package org.kaocheng.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditChangeTest {

    @Test
    void anUpdateListsEachChangedAttributeWithBothSides() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("name", "区教育局");
        before.put("active", true);
        before.put("closedOn", null);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", "区教育和体育局 \"新\"");
        after.put("active", false);
        after.put("closedOn", "2026-11-28");
        assertEquals(
                List.of(
                        new AuditChange("name", "区教育局", "区教育和体育局 \"新\""),
                        new AuditChange("active", "true", "false"),
                        new AuditChange("closedOn", "—", "2026-11-28")),
                AuditChange.of(AuditValues.format(before, 20000), AuditValues.format(after, 20000)));
    }

    @Test
    void aCreationHasNoOldSideAndADeletionNoNewSide() {
        String values = AuditValues.format(Map.of("points", 12.5), 20000);
        assertEquals(List.of(new AuditChange("points", null, "12.5")), AuditChange.of(null, values));
        assertEquals(List.of(new AuditChange("points", "12.5", null)), AuditChange.of(values, null));
        assertEquals(List.of(), AuditChange.of(null, null), "a login changes nothing");
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("code", "IT01");
        created.put("closedOn", null);
        assertEquals(
                List.of(new AuditChange("code", null, "IT01")),
                AuditChange.of(null, AuditValues.format(created, 20000)),
                "a creation lists only what has a value");
    }

    @Test
    void valuesCutAtTheStoredMaximumComeBackWhole() {
        String cut = AuditValues.format(Map.of("overview", "很长的正文".repeat(20)), 40);
        assertEquals(List.of(new AuditChange(null, null, cut)), AuditChange.of(null, cut));
    }
}
