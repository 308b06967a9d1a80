package org.kaocheng.report.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kaocheng.it.Browser;
import org.kaocheng.it.ItData;

/**
 * The work summary as a unit operator and an assessor use it, in headless Chromium on the demo
 * district: the operator records a publicity event (and is told when its end is before its
 * start), the assessor sees last year's district figures with links to their records, edits the
 * draft and exports it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkSummaryBrowserIT {

    private static final String EVENT = "IT 政策宣讲进校园";

    @Test
    @Order(1)
    void anOperatorRecordsAPublicityEventOfTheirUnit() {
        int year = LocalDate.now().getYear() - 1;
        try (Browser b = new Browser()) {
            b.login("operator", ItData.DEMO_PASSWORD).open("disclosure/publicity-events.xhtml?year=" + year);
            b.click("listForm:newRecord");
            b.type("editForm:startsOn_input", year + "-09-10");
            b.type("editForm:endsOn_input", year + "-09-09");
            b.type("editForm:title", EVENT);
            b.type("editForm:place", "区实验小学");
            b.type("editForm:consultations", "120");
            b.type("editForm:brochures", "300");
            b.click("editForm:save");
            assertTrue(b.text().contains("结束日期不能早于开始日期"), b.text());
            assertEquals(0, ItData.longValue("SELECT COUNT(*) FROM publicity_event WHERE title = ?", EVENT), "nothing saved");
            b.type("editForm:endsOn_input", year + "-09-11");
            b.click("editForm:save");
            b.waitForText("#listForm\\:records", EVENT);
            b.screenshot("summary-publicity-events");
            assertEquals(ItData.longValue("SELECT id FROM unit WHERE code = ?", "D01"),
                    ItData.longValue("SELECT unit_id FROM publicity_event WHERE title = ?", EVENT), "the operator's own unit");
        }
    }

    @Test
    @Order(2)
    void anAssessorSeesTheDistrictFiguresEditsTheDraftAndExportsIt() {
        int year = LocalDate.now().getYear() - 1;
        long consultations = ItData.longValue("SELECT SUM(consultations) FROM publicity_event WHERE starts_on BETWEEN ? AND ?",
                java.sql.Date.valueOf(year + "-01-01"), java.sql.Date.valueOf(year + "-12-31"));
        try (Browser b = new Browser()) {
            b.login("assessor", ItData.DEMO_PASSWORD).open("report/summary.xhtml");
            String page = b.text();
            assertTrue(page.contains("主动公开政府信息"), page);
            assertTrue(page.contains(year + "年政务公开工作总结"), "the draft's title: " + page);
            assertTrue(b.find("#summaryForm\\:figures").getText().contains(Long.toString(consultations)),
                    "people consulted at publicity events, from the register: " + consultations);
            b.type("summaryForm:paragraphs:9:text", "1.IT 信息化水平不高,专职人员匮乏。");
            b.click("summaryForm:pdf");
            b.click("summaryForm:docx");
            b.screenshot("summary-page");
            assertTrue(b.byId("summaryForm:paragraphs:9:text").getAttribute("value").contains("IT 信息化水平不高"),
                    "the edit survives the downloads");
        }
    }
}
