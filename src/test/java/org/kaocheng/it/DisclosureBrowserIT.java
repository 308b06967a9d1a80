package org.kaocheng.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The timeliness pages as people use them, in headless Chromium: a unit operator records a
 * proactive item and sees its due date and state change when it is published; records an
 * application and sees the due date move with a correction; finds a new-media account with a
 * stale last update failing the check; an assessor opens every figure of a unit's row on the
 * dashboard and finds exactly the records counted, the carried-over applications included.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DisclosureBrowserIT {

    private static final String SUBJECT = "IT补正测试：某路段维修合同及验收材料";
    private static final Pattern TOTAL = Pattern.compile("共 (\\d+) 条");

    /**
     * Fills a p:datePicker's text field by script, as DeadlineCalculatorIT does: typed keys race
     * with the picker's own parsing, and its pop-up would cover the buttons below it.
     */
    private static void date(Browser b, String clientId, String isoDate) {
        b.byId(clientId + "_input");
        ((JavascriptExecutor) b.driver())
                .executeScript(
                        "document.getElementById(arguments[0]).value = arguments[1];", clientId + "_input", isoDate);
    }

    @Test
    @Order(1)
    void anOperatorRecordsAnItemAndSeesItsDueDateAndStateChangeWhenPublished() {
        try (Browser b = new Browser()) {
            b.login("operator", ItData.DEMO_PASSWORD).open("disclosure/items.xhtml");
            b.click("itemsForm:newItem");
            b.type("itemForm:title", "IT表单录入：2024年春季学期中小学开学工作安排");
            b.type("itemForm:documentNumber", "区教〔2024〕9号");
            date(b, "itemForm:formedOn", "2024-02-05");
            b.click("itemForm:save");
            b.screenshot("disclosure-item-overdue");
            // Mon 2024-02-05 + 20 working days: 02-06..09 (4), Spring Festival 02-10..17 off, Sunday 02-18 is a
            // make-up working day (5), 02-19..23 (10), 02-26..03-01 (15), 03-04..08 (20).
            String panel = b.find("#itemForm\\:timeliness").getText();
            assertTrue(panel.contains("2024-03-08"), panel);
            assertTrue(panel.contains("超期未公开"), "unpublished and past due: " + panel);

            date(b, "itemForm:publishedOn", "2024-03-11");
            b.click("itemForm:save");
            b.screenshot("disclosure-item-late");
            panel = b.find("#itemForm\\:timeliness").getText();
            assertTrue(panel.contains("逾期公开") && panel.contains("超期 1 个工作日"), "published on Monday 03-11: " + panel);
        }
        assertEquals(
                1,
                ItData.longValue("SELECT COUNT(*) FROM proactive_item i JOIN unit u ON u.id = i.unit_id"
                        + " WHERE u.code = 'D01' AND i.title = 'IT表单录入：2024年春季学期中小学开学工作安排'"
                        + " AND i.published_on = DATE '2024-03-11'"));
    }

    @Test
    @Order(2)
    void anOperatorRecordsAnApplicationAndACorrectionMovesItsDueDate() {
        try (Browser b = new Browser()) {
            b.login("operator", ItData.DEMO_PASSWORD).open("disclosure/applications.xhtml");
            b.click("applicationsForm:newApplication");
            b.select("applicationForm:channel", "当面提交");
            date(b, "applicationForm:submittedOn", "2025-03-03");
            b.type("applicationForm:applicantName", "IT申请人");
            b.type("applicationForm:subject", SUBJECT);
            b.click("applicationForm:save");
            // Mon 2025-03-03 + 20 working days, no holiday in March: 03-31.
            assertEquals(
                    "2025-03-31", b.find("#applicationForm\\:due").getText().trim());
            b.screenshot("disclosure-application-received");

            // A step and a review case without their dates are refused with the field's name, nothing recorded.
            b.select("timelineForm:step", "发出补正通知");
            b.click("timelineForm:record");
            b.waitForMessage("办理日期：必填。");
            b.click("timelineForm:fileCase");
            b.waitForMessage("提起日期：必填。");
            assertTrue(b.find("#timelineForm\\:events").getText().contains("没有记录"), "no step recorded");
            assertTrue(b.find("#timelineForm\\:cases").getText().contains("没有记录"), "no case filed");

            date(b, "timelineForm:stepDate", "2025-03-05");
            b.click("timelineForm:record");
            b.waitForText("#applicationForm\\:clock", "待补正");
            assertEquals(
                    "", b.byId("applicationForm:due").getText().trim(), "no deadline while the correction is awaited");

            b.select("timelineForm:step", "收到补正申请");
            date(b, "timelineForm:stepDate", "2025-03-10");
            b.click("timelineForm:record");
            b.screenshot("disclosure-application-corrected");
            // The 20 days start again on 03-10: 03-11..14 (4), 17..21 (9), 24..28 (14), 03-31..04-03 (18),
            // Qingming 04-04..06 off, 04-07 (19), 04-08 (20).
            b.waitForText("#applicationForm\\:due", "2025-04-08");
            String clock = b.find("#applicationForm\\:clock").getText();
            assertTrue(clock.contains("超期未答复"), "still unanswered long after 04-08: " + clock);
            String events = b.find("#timelineForm\\:events").getText();
            assertTrue(events.contains("2025-03-05") && events.contains("2025-03-10"), events);
        }
    }

    @Test
    @Order(3)
    void aNewMediaAccountWithAStaleLastUpdateFailsTheCheck() {
        LocalDate today = LocalDate.now();
        String name = "IT测试政务公众号";
        try (Browser b = new Browser()) {
            b.login("operator", ItData.DEMO_PASSWORD).open("disclosure/new-media.xhtml");
            b.click("registryForm:newAccount");
            b.find("#accountDialogForm\\:accountName");
            b.type("accountDialogForm:accountName", name);
            date(b, "accountDialogForm:openedOn", today.minusDays(60).toString());
            b.click("accountDialogForm:saveAccount");
            b.waitForText("#registryForm\\:accounts", name);

            WebElement row = b.driver()
                    .findElement(By.xpath(
                            "//tbody[@id='registryForm:accounts_data']/tr[td[normalize-space()='" + name + "']]"));
            b.click(row.findElement(By.cssSelector("button[id$=':update']")).getAttribute("id"));
            b.find("#updateDialogForm\\:updateOn_input");
            date(b, "updateDialogForm:updateOn", today.minusDays(20).toString());
            b.click("updateDialogForm:saveUpdate");

            b.click("checkForm:runCheck");
            b.screenshot("disclosure-new-media-failing");
            WebElement checked = b.driver()
                    .findElement(
                            By.xpath("//tbody[@id='checkForm:checked_data']/tr[td[normalize-space()='" + name + "']]"));
            String text = checked.getText();
            assertTrue(text.contains(today.minusDays(20).toString()), "its last update: " + text);
            assertTrue(text.contains("两周未更新"), "20 days without an update fails the 14-day rule: " + text);
            assertFalse(text.contains("僵尸账号"), "20 days is not yet a zombie: " + text);
        }
    }

    @Test
    @Order(4)
    void anAssessorOpensEveryFigureOfAUnitAndFindsExactlyTheRecordsCounted() {
        try (Browser b = new Browser()) {
            // the year in the address (the dashboard's view parameter): a full page load has no 20-second AJAX limit
            b.login("assessor", ItData.DEMO_PASSWORD).open("disclosure/dashboard.xhtml?year=2025");
            assertEquals("2025", b.byId("dashboardForm:year_input").getAttribute("value"));
            assertTrue(
                    b.driver().findElements(By.id("dashboardForm:number_input")).isEmpty(),
                    "a year has no month or quarter to pick");
            b.screenshot("disclosure-dashboard-2025");
            // the trend chart's months are named as people name them (1月 … 12月), not numbered 1 … 12
            assertEquals(
                    "1月,2月,3月,4月,5月,6月,7月,8月,9月,10月,11月,12月",
                    ((JavascriptExecutor) b.driver())
                            .executeScript("return PF('widget_dashboardForm_trend').cfg.config.data.labels.join(',')"));
            WebElement row = b.driver()
                    .findElement(By.xpath(
                            "//tbody[@id='dashboardForm:dashboard_data']/tr[td[1][normalize-space()='区教育局']]"));
            String prefix = row.findElement(By.cssSelector("a[id$=':items']"))
                    .getAttribute("id")
                    .replace(":items", ":");
            Map<String, String[]> figures = new LinkedHashMap<>();
            for (String id : List.of(
                    "items",
                    "itemsLate",
                    "itemsOverdue",
                    "interpLate",
                    "interpOverdue",
                    "missing",
                    "carriedIn",
                    "received",
                    "answeredLate",
                    "appsOverdue",
                    "carriedOut",
                    "veto",
                    "zombies")) {
                WebElement link = b.byId(prefix + id);
                figures.put(id, new String[] {link.getText().trim(), link.getAttribute("href")});
            }
            long carriedOut = Long.parseLong(figures.get("carriedOut")[0]);
            assertEquals(
                    ItData.longValue("SELECT COUNT(*) FROM info_application a JOIN unit u ON u.id = a.unit_id"
                            + " WHERE u.code = 'D01' AND a.received_on <= DATE '2025-12-31'"
                            + " AND (a.answered_on IS NULL OR a.answered_on > DATE '2025-12-31')"),
                    carriedOut);
            assertTrue(carriedOut >= 1, "the operator's 2025 application is still open");

            // Clicking the carried-over figure lists the applications behind it, the operator's among them.
            b.byId(prefix + "carriedOut").click();
            new WebDriverWait(b.driver(), Duration.ofMinutes(2))
                    .until(d -> d.getCurrentUrl().contains("applications.xhtml"));
            b.settle();
            b.screenshot("disclosure-dashboard-carried-out");
            assertTrue(
                    b.driver().getCurrentUrl().contains("openOn=2025-12-31"),
                    b.driver().getCurrentUrl());
            assertEquals(carriedOut, listed(b), "the list holds exactly the carried-over applications");
            String note = b.find("#applicationsForm\\:openOnNote").getText();
            assertTrue(note.contains("2025-12-31") && note.contains("仍未办结"), "the list says what it lists: " + note);
            // the operator's application is among them, whatever page it falls on
            b.type("applicationsForm:text", SUBJECT);
            b.click("applicationsForm:search");
            assertEquals(1, listed(b), "the carried-over applications with the subject");
            assertTrue(
                    b.find("#applicationsForm\\:applications").getText().contains(SUBJECT),
                    b.find("#applicationsForm\\:applications").getText());

            for (Map.Entry<String, String[]> figure : figures.entrySet()) {
                b.driver().get(figure.getValue()[1]);
                b.settle();
                assertEquals(
                        Long.parseLong(figure.getValue()[0]),
                        listed(b),
                        figure.getKey() + " on " + b.driver().getCurrentUrl());
            }

            // a quarter is picked by its number, labelled as such
            b.open("disclosure/dashboard.xhtml?year=2025&kind=MONTH&number=12")
                    .select("dashboardForm:periodKind", "季度");
            b.waitForText("#dashboardForm\\:periodNumber", "季度");
            assertEquals(
                    "4",
                    b.byId("dashboardForm:number_input").getAttribute("value"),
                    "December becomes the fourth quarter, not a quarter that does not exist");
        }
    }

    @Test
    @Order(5)
    void anAssessorClearsAnItemWronglyTakenForADuplicateAndTakesItBack() {
        try (Browser b = new Browser()) {
            b.login("assessor", ItData.DEMO_PASSWORD).open("disclosure/review.xhtml");
            int pairs = duplicatePairs(b);
            assertTrue(pairs > 0, "the demo district has duplicate pairs");
            String href = b.find("#reviewForm\\:duplicates_data tr[data-ri='0'] td:nth-child(2) a")
                    .getAttribute("href");
            long item = Long.parseLong(href.replaceAll(".*[?&]id=(\\d+).*", "$1"));
            b.click("reviewForm:duplicates:0:clearFirst");
            b.waitForMessage("已保存");
            assertTrue(duplicatePairs(b) < pairs, "the pair left the list");
            assertEquals(
                    1, ItData.longValue("SELECT COUNT(*) FROM proactive_item WHERE id = ? AND not_duplicate", item));

            b.open("disclosure/item.xhtml?id=" + item);
            assertEquals("取消“非重复”标记", b.byId("itemForm:notDuplicate").getText());
            b.click("itemForm:notDuplicate");
            b.open("disclosure/review.xhtml");
            assertEquals(pairs, duplicatePairs(b), "taken back, the pair is listed again");
        }
        // the operator of 区教育局 sees the pair it shares with another unit; only its own side links to the item
        try (Browser b = new Browser()) {
            b.login("operator", ItData.DEMO_PASSWORD).open("disclosure/review.xhtml");
            List<WebElement> across =
                    b.driver().findElements(By.cssSelector("#reviewForm\\:duplicates_data tr[data-ri]")).stream()
                            .filter(row -> row.getText().contains("多头发布"))
                            .toList();
            assertFalse(across.isEmpty(), "the demo's 多头发布 involves the operator's unit");
            for (WebElement row : across) {
                for (WebElement side : row.findElements(By.cssSelector("td:nth-child(2), td:nth-child(3)"))) {
                    boolean own = side.getText().startsWith("区教育局");
                    assertEquals(own ? 1 : 0, side.findElements(By.tagName("a")).size(), side.getText());
                }
            }
        }
    }

    private static int duplicatePairs(Browser b) {
        return b.driver()
                .findElements(By.cssSelector("#reviewForm\\:duplicates_data tr[data-ri]"))
                .size();
    }

    /** The records a list page shows: the paginator's total, or the rows of the check and review tables. */
    private static long listed(Browser b) {
        String url = b.driver().getCurrentUrl();
        if (url.contains("new-media.xhtml")) {
            return b.driver()
                    .findElements(By.cssSelector("#checkForm\\:checked_data tr[data-ri]"))
                    .size();
        }
        if (url.contains("review.xhtml")) {
            return b.driver()
                    .findElements(By.cssSelector("#reviewForm\\:missing_data tr[data-ri]"))
                    .size();
        }
        Matcher m = TOTAL.matcher(b.find(".ui-paginator-current").getText());
        assertTrue(m.find(), b.find(".ui-paginator-current").getText());
        return Long.parseLong(m.group(1));
    }
}
