package org.kaocheng.report.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kaocheng.it.Browser;
import org.kaocheng.it.ItData;

/**
 * The work summary as an assessor uses it, in headless Chromium on the demo district: last year's
 * district figures (the publicity sum matches the register), the draft edited and exported as
 * PDF and Word, the edit kept; an operator keeping a register the summary counts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkSummaryBrowserIT {

    @Test
    @Order(1)
    void anAssessorSeesTheDistrictFiguresEditsTheDraftAndExportsIt() throws Exception {
        int year = LocalDate.now().getYear() - 1;
        long consultations = ItData.longValue(
                "SELECT SUM(consultations) FROM publicity_event WHERE starts_on BETWEEN ? AND ?",
                java.sql.Date.valueOf(year + "-01-01"),
                java.sql.Date.valueOf(year + "-12-31"));
        try (Browser b = new Browser()) {
            b.login("assessor", ItData.DEMO_PASSWORD).open("report/summary.xhtml");
            String page = b.text();
            assertTrue(page.contains("主动公开政府信息"), page);
            assertTrue(page.contains(year + "年政务公开工作总结"), "the draft's title: " + page);
            assertTrue(
                    b.find("#summaryForm\\:figures").getText().contains(Long.toString(consultations)),
                    "people consulted at publicity events, from the register: " + consultations);
            b.type("summaryForm:paragraphs:9:text", "1.IT 信息化水平不高,专职人员匮乏。");
            b.clearDownloads();
            b.click("summaryForm:pdf");
            assertTrue(
                    Files.readString(b.awaitDownload(".pdf"), StandardCharsets.ISO_8859_1)
                            .startsWith("%PDF"),
                    "the PDF arrived");
            b.clearDownloads();
            b.click("summaryForm:docx");
            Path docx = b.awaitDownload(".docx");
            assertTrue(Files.readString(docx, StandardCharsets.ISO_8859_1).startsWith("PK"), "the DOCX arrived");
            try (ZipFile zip = new ZipFile(docx.toFile())) {
                assertTrue(zip.getEntry("word/document.xml") != null, "a Word document: " + docx);
            }
            b.screenshot("summary-page");
            assertTrue(
                    b.byId("summaryForm:paragraphs:9:text")
                            .getAttribute("value")
                            .contains("IT 信息化水平不高"),
                    "the edit survives the downloads");
        }
    }

    @Test
    @Order(2)
    void anOperatorRecordsChangesAndDeletesAPressConferenceOfTheirUnit() {
        String title = "IT 政务公开新闻发布会";
        long operatorUnit = ItData.longValue("SELECT unit_id FROM user_account WHERE username = 'operator'");
        try (Browser b = new Browser()) {
            b.login("operator", ItData.DEMO_PASSWORD).open("disclosure/press-events.xhtml");
            b.click("listForm:newRecord");
            b.click("editForm:save");
            b.waitForText("#editForm", "必填"); // the title is required: the dialog stays, nothing saved
            b.type("editForm:title", title);
            b.click("editForm:save");
            b.waitForMessage("已保存");
            b.waitForText("#listForm\\:records", title);
            assertEquals(
                    operatorUnit,
                    ItData.longValue("SELECT unit_id FROM press_event WHERE title = ?", title),
                    "recorded for the operator's own unit");

            String row = "//tr[td[contains(., '" + title + "')]]";
            b.clickXPath(row + "//button[contains(@id, ':edit')]");
            b.type("editForm:title", title + "（第二场）");
            b.click("editForm:save");
            b.waitForText("#listForm\\:records", title + "（第二场）");
            assertTrue(
                    ItData.longValue(
                                    "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'PressEvent'"
                                            + " AND username = 'operator' AND new_values LIKE ?",
                                    "%（第二场）%")
                            >= 1,
                    "the change is audited");

            b.clickXPath(row + "//button[contains(@id, ':delete')]");
            b.confirmYes();
            b.waitForMessage("已保存");
            assertEquals(0, ItData.longValue("SELECT COUNT(*) FROM press_event WHERE title LIKE ?", title + "%"));
        }
    }
}
