package org.kaocheng.appraisal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kaocheng.it.Browser;
import org.kaocheng.it.ItData;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The appraisal as an assessor and a unit operator use it, in headless Chromium on the demo
 * district: a scheme from the default one without objection period, a computed run, a manual
 * score with its reason (audited), the what-if preview, review, publication, the report
 * downloads, and a unit operator refused another unit's sheet.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AppraisalBrowserIT {

    private static final String SCHEME = "IT 考核方案";

    private static long runId() {
        return ItData.longValue(
                "SELECT r.id FROM appraisal_run r JOIN appraisal_scheme s ON s.id = r.scheme_id"
                        + " WHERE s.name = ? ORDER BY r.id DESC LIMIT 1",
                SCHEME);
    }

    private static long unitId(String code) {
        return ItData.longValue("SELECT id FROM unit WHERE code = ?", code);
    }

    @Test
    @Order(1)
    void theDemoDistrictHasTheDefaultSchemeAndADraftRun() {
        assertEquals(1, ItData.longValue("SELECT COUNT(*) FROM appraisal_run WHERE status = 'DRAFT'"));
        assertTrue(ItData.longValue("SELECT COUNT(*) FROM appraisal_unit_result") > 0);
        try (Browser b = new Browser()) {
            b.login("operator", ItData.DEMO_PASSWORD).open("appraisal/runs.xhtml");
            assertTrue(
                    b.find("#runsForm\\:runs").getText().contains("考核员开始公示后"),
                    "a unit sees no draft, and is told when results will appear: " + b.text());
        }
    }

    @Test
    @Order(2)
    void anAssessorComputesAdjustsPreviewsPublishesAndExports() throws Exception {
        try (Browser b = new Browser()) {
            b.login("assessor", ItData.DEMO_PASSWORD).open("appraisal/schemes.xhtml");
            b.type("schemesForm:name", SCHEME);
            b.click("schemesForm:createDefault");
            assertTrue(b.title().contains(SCHEME), b.title());
            b.type("headerForm:objectionDays_input", "0");
            b.click("headerForm:saveHeader");
            String baseTotal = b.find("#baseTotal .kc-card-value").getText().trim();
            assertEquals(
                    0,
                    new java.math.BigDecimal("100").compareTo(new java.math.BigDecimal(baseTotal)),
                    "base points of the default scheme: " + baseTotal);
            b.screenshot("appraisal-scheme");

            // a rate floor is edited in per cent, as score sheets write rates
            String floorSql = "SELECT CAST(ROUND(i.rate_floor * 100) AS BIGINT) FROM appraisal_indicator i"
                    + " JOIN appraisal_scheme s ON s.id = i.scheme_id WHERE s.name = ? AND i.name = ?";
            String onTime = "20个工作日内按时公开率";
            String editOnTime = "//tr[td[contains(., '" + onTime + "')]]//button[contains(@id, ':edit')]";
            b.clickXPath(editOnTime);
            assertEquals("60.00 %", b.byId("indicatorForm:floor_input").getAttribute("value"));
            b.type("indicatorForm:floor_input", "55");
            b.click("indicatorForm:saveIndicator");
            assertEquals(55, ItData.longValue(floorSql, SCHEME, onTime));
            b.clickXPath(editOnTime);
            b.type("indicatorForm:floor_input", "60");
            b.click("indicatorForm:saveIndicator");
            assertEquals(60, ItData.longValue(floorSql, SCHEME, onTime));
            // ...and a rate's bands too: shown in per cent, kept as they were when saved unchanged
            String answered = "按期答复率";
            b.clickXPath("//tr[td[contains(., '" + answered + "')]]//button[contains(@id, ':edit')]");
            assertEquals("100%:8;95%:6;90%:4", b.byId("indicatorForm:tiers").getAttribute("value"));
            b.click("indicatorForm:saveIndicator");
            assertEquals(
                    "1:8;0.95:6;0.9:4",
                    ItData.text(
                            "SELECT i.tiers FROM appraisal_indicator i JOIN appraisal_scheme s ON s.id = i.scheme_id"
                                    + " WHERE s.name = ? AND i.name = ?",
                            SCHEME,
                            answered));

            b.open("appraisal/runs.xhtml");
            assertTrue(b.find("#runsForm\\:runs").getText().contains("刘考核"), "the demo run's assessor, by name");
            b.select("runsForm:scheme", SCHEME);
            b.click("runsForm:computeButton");
            long run = runId();
            // the first row is the first group's first place, as the run stored it
            String first = "SELECT %s FROM appraisal_unit_result r JOIN unit u ON u.id = r.unit_id"
                    + " JOIN ranking_group g ON g.id = r.ranking_group_id WHERE r.run_id = ?"
                    + " ORDER BY g.sort_order, g.name, r.position_no LIMIT 1";
            List<WebElement> cells =
                    b.find("#runForm\\:ranking_data > tr[data-ri='0']").findElements(By.tagName("td"));
            assertEquals("1", cells.get(0).getText().trim(), "rank of the first row");
            assertEquals(
                    ItData.text(String.format(first, "u.name"), run),
                    cells.get(1).getText().trim());
            assertEquals(
                    ItData.text(String.format(first, "CAST(r.total AS VARCHAR(20))"), run),
                    cells.get(cells.size() - 3).getText().trim(),
                    "the first row's total");
            b.screenshot("appraisal-ranking");

            b.open("appraisal/sheet.xhtml?run=" + run + "&unit=" + unitId("D01"));
            b.click("sheetForm:lines:1:adjust");
            b.type("adjustForm:score_input", "2");
            b.type("adjustForm:reason", "IT:领导小组会议纪要缺失");
            b.click("adjustForm:saveAdjust");
            assertTrue(b.text().contains("IT:领导小组会议纪要缺失（刘考核）"), "reason and who, by name: " + b.text());
            b.screenshot("appraisal-sheet");

            // the records behind the on-time rate, each with why it counts, in words
            b.clickXPath("//tr[td[contains(., '20个工作日内按时公开率')]]//button[contains(@id, ':records')]");
            b.waitForText("#recordsForm\\:recordTable", "截止日期");
            String records = b.find("#recordsForm\\:recordTable").getText();
            assertTrue(records.contains("个工作日"), records);
            assertFalse(records.contains("LATE:") || records.contains("OVERDUE:"), records);
            b.screenshot("appraisal-records");
            b.open("appraisal/sheet.xhtml?run=" + run + "&unit=" + unitId("D01"));

            b.open("appraisal/whatif.xhtml?run=" + run);
            b.type("whatIfForm:points:0:trial_input", "12");
            b.click("whatIfForm:preview");
            assertEquals(
                    List.of("1: 下级指标分值合计 10 与本指标分值 12 不一致（差 -2）"),
                    b.driver().findElements(By.cssSelector("#whatIfForm\\:result p.kc-error")).stream()
                            .map(e -> e.getText().trim())
                            .toList(),
                    "the preview lists the tree problem: 1.1 to 1.3 add up to 10, not 12");

            // the grading changed after the computation: the draft says so and goes to review only
            // once computed again
            long scheme = ItData.longValue("SELECT id FROM appraisal_scheme WHERE name = ?", SCHEME);
            b.open("appraisal/scheme.xhtml?id=" + scheme);
            b.type("headerForm:excellent_input", "89.5");
            b.click("headerForm:saveHeader");
            b.waitForMessage("已保存");
            b.open("appraisal/run.xhtml?id=" + run);
            assertTrue(b.byId("runForm:schemeChanged").getText().contains("考核方案在本次计算之后有改动"), b.text());
            b.click("runForm:startReview");
            b.waitForMessage("请先重新取数计算");
            b.screenshot("appraisal-scheme-changed");
            b.click("runForm:refresh");
            b.waitForMessage("已按最新数据重新计算");
            assertTrue(
                    b.driver()
                            .findElements(org.openqa.selenium.By.id("runForm:schemeChanged"))
                            .isEmpty(),
                    b.text());
            b.click("runForm:startReview");
            b.click("runForm:publish");
            b.click("runForm:confirmYes");
            assertTrue(b.text().contains("已发布"), b.text());
            String status = b.find("#runStatus").getText();
            assertTrue(
                    status.matches(
                            "(?s).*计算时间 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 刘考核.*发布时间 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 刘考核.*"),
                    "who computed and who published, and when: " + status);
            // each download shows its "preparing" notice until the file has arrived (settle waits for it to go)
            b.clearDownloads();
            org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) b.driver();
            js.executeScript("window.kcMonitored = false; var monitor = PrimeFaces.monitorDownload;"
                    + " PrimeFaces.monitorDownload = function (start, stop) { window.kcMonitored = true;"
                    + " return monitor(start, stop); };");
            b.click("runForm:rankingPdf");
            assertTrue(Files.readString(b.awaitDownload(".pdf"), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .startsWith("%PDF"));
            assertEquals(Boolean.TRUE, js.executeScript("return window.kcMonitored;"), "the download was monitored");
            b.clearDownloads();
            b.click("runForm:rankingXlsx");
            assertTrue(Files.size(b.awaitDownload(".xlsx")) > 0);
            assertFalse(b.text().contains("Exception"), b.text());
            assertFalse(b.byId("downloadStatus").isDisplayed(), "the notice is gone once the file has arrived");
        }
        assertEquals(
                1, ItData.longValue("SELECT COUNT(*) FROM appraisal_adjustment WHERE reason = ?", "IT:领导小组会议纪要缺失"));
        assertTrue(
                ItData.longValue(
                                "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Adjustment'"
                                        + " AND username = 'assessor' AND new_values LIKE ?",
                                "%IT:领导小组会议纪要缺失%")
                        >= 1,
                "audited");
        org.kaocheng.it.HttpSession auditor = new org.kaocheng.it.HttpSession(true);
        auditor.login("auditor", ItData.DEMO_PASSWORD);
        String log = auditor.get("audit/log.xhtml").body();
        assertTrue(log.contains("刘考核（assessor）"), "the audit log names the person and the login: " + log);
        assertEquals(
                1,
                ItData.longValue("SELECT COUNT(*) FROM appraisal_run WHERE id = ? AND status = 'PUBLISHED'", runId()));
    }

    @Test
    @Order(3)
    void aUnitOperatorSeesItsOwnPublishedSheetButNotAnotherUnits() {
        long run = runId();
        long other = ItData.longValue(
                "SELECT r.unit_id FROM appraisal_unit_result r JOIN unit u ON u.id = r.unit_id"
                        + " WHERE r.run_id = ? AND u.code <> 'D01' ORDER BY u.code LIMIT 1",
                run);
        try (Browser b = new Browser()) {
            b.login("operator", ItData.DEMO_PASSWORD).open("appraisal/sheet.xhtml?run=" + run + "&unit=" + other);
            assertTrue(b.text().contains("无权访问"), b.text());
            b.open("appraisal/sheet.xhtml?run=" + run + "&unit=" + unitId("D01"));
            assertTrue(b.text().contains("IT:领导小组会议纪要缺失"), b.text());
        }
    }

    @Test
    @Order(4)
    void aUnitObjectsWithAFileThatOnlyItAndTheAssessorsCanDownload() throws Exception {
        long demoRun = ItData.longValue(
                "SELECT r.id FROM appraisal_run r JOIN appraisal_scheme s ON s.id = r.scheme_id"
                        + " WHERE s.name <> ? AND r.status = 'DRAFT' ORDER BY r.id LIMIT 1",
                SCHEME);
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("objection-evidence", ".pdf");
        java.nio.file.Files.writeString(
                pdf,
                "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                        + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
        try (Browser b = new Browser()) {
            b.login("assessor", ItData.DEMO_PASSWORD).open("appraisal/run.xhtml?id=" + demoRun);
            b.click("runForm:startReview");
            assertTrue(b.text().contains("公示中"), b.text());
        }
        try (Browser b = new Browser()) {
            b.login("operator", ItData.DEMO_PASSWORD).open("appraisal/sheet.xhtml?run=" + demoRun);
            b.click("sheetForm:lines:1:object");
            b.type("objectForm:evidence", "IT:会议纪要已于期限内印发,见附件");
            b.click("objectForm:fileObjection");
            b.byId("sheetForm:objections:0:attachObjectionFile_input").sendKeys(pdf.toString());
            b.waitForText("#sheetForm\\:objectionsPanel", pdf.getFileName().toString());
            b.screenshot("appraisal-objection-file");
        }
        long fileId = ItData.longValue(
                "SELECT f.id FROM appraisal_objection_file f JOIN appraisal_objection o"
                        + " ON o.id = f.objection_id WHERE o.run_id = ? AND o.evidence LIKE 'IT:%'",
                demoRun);
        assertEquals(64, ItData.longValue("SELECT LENGTH(sha256) FROM appraisal_objection_file WHERE id = ?", fileId));

        org.kaocheng.it.HttpSession leader = new org.kaocheng.it.HttpSession(true);
        leader.login("leader", ItData.DEMO_PASSWORD);
        assertEquals(
                403, leader.get("appraisal/objection-file?id=" + fileId).statusCode(), "viewers do not get objections");
        org.kaocheng.it.HttpSession assessor = new org.kaocheng.it.HttpSession(true);
        assessor.login("assessor", ItData.DEMO_PASSWORD);
        java.net.http.HttpResponse<String> download = assessor.get("appraisal/objection-file?id=" + fileId);
        assertEquals(200, download.statusCode());
        assertTrue(download.body().startsWith("%PDF-1.4"), download.body());
        assertEquals(
                "nosniff",
                download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(
                403,
                assessor.get("appraisal/objection-file?id=" + (fileId + 100_000))
                        .statusCode(),
                "an unknown id answers like a foreign one");
    }

    @Test
    @Order(5)
    void aStalePageCannotOverwriteAnotherAssessorsSchemeHeaderAfterEditingAnIndicator() {
        String name = "IT 并发方案";
        String excellentSql = "SELECT CAST(excellent_min AS BIGINT) FROM appraisal_scheme WHERE name = ?";
        try (Browser a = new Browser();
                Browser b = new Browser()) {
            a.login("assessor", ItData.DEMO_PASSWORD).open("appraisal/schemes.xhtml");
            a.type("schemesForm:name", name);
            a.click("schemesForm:createDefault");
            assertTrue(a.title().contains(name), a.title());
            long scheme = ItData.longValue("SELECT id FROM appraisal_scheme WHERE name = ?", name);
            // a second assessor's page saves the header first
            b.login("assessor", ItData.DEMO_PASSWORD).open("appraisal/scheme.xhtml?id=" + scheme);
            b.type("headerForm:excellent_input", "88");
            b.click("headerForm:saveHeader");
            b.waitForMessage("已保存");
            assertEquals(88, ItData.longValue(excellentSql, name));
            // the first page edits an indicator (its tree reloads the scheme), then saves its old header
            a.clickXPath("//tr[td[contains(., '20个工作日内按时公开率')]]//button[contains(@id, ':edit')]");
            a.click("indicatorForm:saveIndicator");
            a.type("headerForm:objectionDays_input", "3");
            a.click("headerForm:saveHeader");
            a.waitForMessage("该记录已被他人修改");
            assertEquals(88, ItData.longValue(excellentSql, name), "the other assessor's header stands");
        }
    }
}
