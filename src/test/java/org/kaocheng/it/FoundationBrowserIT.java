package org.kaocheng.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The foundation used as people use it, in headless Chromium: each role's menu, an
 * administrator creating a unit and an account, a unit operator adding a person and recording a
 * transfer (and the turnover changing), a refused look at another unit, and the lock-out.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FoundationBrowserIT {

    /** Menu items each role must see (ids in the template) and must not see. */
    private static final Map<String, List<List<String>>> MENUS = Map.of(
            "admin", List.of(List.of("mUnits", "mStaff", "mTurnover", "mUsers"), List.of("mAudit")),
            "auditor", List.of(List.of("mAudit"), List.of("mStaff", "mUsers", "mUnits")),
            "coordinator", List.of(List.of("mStaff", "mTurnover", "mUnits"), List.of("mUsers", "mAudit", "mImport")),
            "operator", List.of(List.of("mStaff", "mTurnover", "mImport"), List.of("mUnits", "mUsers", "mAudit")),
            "assessor", List.of(List.of("mStaff", "mTurnover", "mUnits"), List.of("mUsers", "mAudit")),
            "leader", List.of(List.of("mStaff", "mTurnover"), List.of("mUsers", "mAudit", "mImport")));

    @Test
    @Order(1)
    void eachRoleSignsInAndSeesItsOwnMenu() {
        for (Map.Entry<String, List<List<String>>> role : MENUS.entrySet()) {
            try (Browser b = new Browser()) {
                b.login(role.getKey(), ItData.DEMO_PASSWORD);
                b.screenshot("home-" + role.getKey());
                String html = b.driver().getPageSource();
                String where = role.getKey() + " on " + b.driver().getCurrentUrl() + " (" + b.title() + "): ";
                for (String visible : role.getValue().get(0)) {
                    assertTrue(html.contains("id=\"menuForm:" + visible + "\""), where + "sees " + visible);
                }
                for (String hidden : role.getValue().get(1)) {
                    assertFalse(html.contains("id=\"menuForm:" + hidden + "\""), where + "must not see " + hidden);
                }
            }
        }
    }

    @Test
    @Order(2)
    void theAdministratorCreatesAUnit() {
        try (Browser b = new Browser()) {
            b.login("admin", ItData.DEMO_PASSWORD).open("unit/units.xhtml");
            b.click("unitsForm:newUnit");
            b.type("unitDialogForm:code", "IT01");
            b.type("unitDialogForm:name", "测试新设单位");
            b.select("unitDialogForm:group", "区级部门");
            b.click("unitDialogForm:saveUnit");
            b.screenshot("units-saved");
            assertTrue(b.text().contains("已保存"), b.text());
            b.type("unitsForm:units:colName:filter", "测试新设");
            b.waitForText("#unitsForm\\:units", "测试新设单位");
            b.screenshot("units-created");
        }
        assertEquals(1, ItData.longValue("SELECT COUNT(*) FROM unit WHERE code = 'IT01'"));
        assertTrue(
                ItData.longValue("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Unit' AND action = 'CREATE'"
                                + " AND username = 'admin' AND new_values LIKE '%测试新设单位%'")
                        == 1,
                "the creation is audited");
        try (Browser b = new Browser()) {
            // the auditor reads the creation as attributes and values, not as a JSON blob, and the whole
            // record when the row is expanded
            b.login("auditor", ItData.DEMO_PASSWORD).open("audit/log.xhtml");
            b.type("auditForm:entries:colEntityType:filter", "Unit");
            // the newest rows (the creation among them) show before the filter answers: wait until
            // every row is a Unit's, or the filter's answer would redraw the table after the click below
            b.waiter().until(d -> {
                try {
                    List<WebElement> rows = d.findElements(By.cssSelector("#auditForm\\:entries_data > tr[data-ri]"));
                    return !rows.isEmpty()
                            && rows.stream().allMatch(r -> r.getText().contains("Unit"));
                } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                    return false;
                }
            });
            b.settle();
            b.waitForText("#auditForm\\:entries", "测试新设单位");
            WebElement row = b.driver()
                    .findElement(By.xpath("//tbody[@id='auditForm:entries_data']/tr[.//span[@class='kc-audit-new'"
                            + " and normalize-space()='测试新设单位']]"));
            assertTrue(
                    row.findElements(By.cssSelector(".kc-audit-attr")).stream()
                            .anyMatch(a -> a.getText().equals("name")),
                    row.getText());
            assertTrue(row.findElements(By.cssSelector(".kc-audit-old")).isEmpty(), "a creation has no old values");
            assertFalse(row.getText().contains("{\""), "no raw JSON in the list: " + row.getText());
            row.findElement(By.cssSelector(".ui-row-toggler")).click();
            b.waitForText(".kc-audit-full", "\"name\":\"测试新设单位\"");
            b.screenshot("audit-log-expanded");
        }
    }

    @Test
    @Order(3)
    void aUnitOperatorAddsAPersonAndTransfersThemAndTheTurnoverChanges() {
        int year = java.time.LocalDate.now().getYear();
        long leaversBefore = ItData.longValue(
                "SELECT COUNT(*) FROM posting p JOIN unit u ON u.id = p.unit_id"
                        + " WHERE u.code = 'D01' AND p.end_kind = 'TRANSFER' AND EXTRACT(YEAR FROM p.end_date) = ?",
                year);
        try (Browser b = new Browser()) {
            b.login("operator", ItData.DEMO_PASSWORD).open("staff/staff.xhtml");
            b.click("staffForm:newStaff");
            b.type("newStaffForm:phone", "13800000000");
            b.click("newStaffForm:createStaff");
            b.waitForText("#newStaffForm\\:dialogMessages", "姓名：必填");
            assertEquals(
                    "13800000000",
                    b.byId("newStaffForm:phone").getAttribute("value"),
                    "refused, the dialog stays open with what was typed");
            b.type("newStaffForm:name", "测试员甲");
            b.select("newStaffForm:postType", "兼职工作人员");
            b.click("newStaffForm:createStaff");
            b.waiter().until(d -> d.getTitle().contains("测试员甲"));

            b.select("personForm:targetUnit", "D02 区卫生健康委员会");
            b.click("personForm:transfer");
            b.screenshot("person-transferred");
            assertTrue(
                    b.driver().getCurrentUrl().contains("staff/staff.xhtml"),
                    "the person left the operator's unit, so the operator is back on the list: "
                            + b.driver().getCurrentUrl());
            assertTrue(b.text().contains("任职变动已保存"), b.text());

            b.open("staff/turnover.xhtml");
            assertTrue(b.find("#turnoverForm\\:turnover").getText().contains("区教育局"));
        }
        long person = ItData.longValue("SELECT id FROM staff WHERE name = '测试员甲'");
        try (Browser b = new Browser()) {
            b.login("assessor", ItData.DEMO_PASSWORD).open("staff/person.xhtml?id=" + person);
            String history = b.find("#personForm\\:history").getText();
            assertTrue(history.contains("区卫生健康委员会") && history.contains("调入"), history);
            assertTrue(history.contains("区教育局") && history.contains("调出"), history);
        }
        long leaversAfter = ItData.longValue(
                "SELECT COUNT(*) FROM posting p JOIN unit u ON u.id = p.unit_id"
                        + " WHERE u.code = 'D01' AND p.end_kind = 'TRANSFER' AND EXTRACT(YEAR FROM p.end_date) = ?",
                year);
        assertEquals(leaversBefore + 1, leaversAfter);
    }

    @Test
    @Order(4)
    void aUnitOperatorIsRefusedAnotherUnitsPerson() {
        try (Browser b = new Browser()) {
            b.login("operator", ItData.DEMO_PASSWORD).open("staff/person.xhtml?id=" + ItData.staffOfAnotherUnit());
            assertTrue(b.text().contains("无权访问"), b.text());
            assertFalse(b.text().contains(ItData.nameOfStaff(ItData.staffOfAnotherUnit())));
        }
    }

    @Test
    @Order(5)
    void aNewAccountMustChangeItsPasswordAndSixWrongPasswordsLockIt() {
        try (Browser b = new Browser()) {
            b.login("admin", ItData.DEMO_PASSWORD).open("admin/users.xhtml");
            b.click("usersForm:newUser");
            b.type("userDialogForm:username", "lockme");
            b.type("userDialogForm:displayName", "锁定测试");
            b.driver().findElements(By.cssSelector("#userDialogForm\\:roles label")).stream()
                    .filter(l -> l.getText().trim().equals("领导"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no role 领导"))
                    .click();
            b.type("userDialogForm:password", "Initial#Pass1");
            b.click("userDialogForm:saveUser");
            assertTrue(b.text().contains("用户已创建"), b.text());
        }
        try (Browser b = new Browser()) {
            b.login("lockme", "Initial#Pass1");
            assertTrue(
                    b.driver().getCurrentUrl().contains("account/password.xhtml"),
                    b.driver().getCurrentUrl());
            b.type("passwordForm:current", "Initial#Pass1");
            b.type("passwordForm:replacement", "Changed#Pass2");
            b.type("passwordForm:repeat", "Changed#Pass2");
            b.click("passwordForm:changeButton");
            assertTrue(b.text().contains("密码已修改"), b.text());
        }
        try (Browser b = new Browser()) {
            for (int i = 1; i <= 6; i++) {
                b.login("lockme", "wrong-password-" + i);
                // the fifth failure locks the account (setting security.lockout.maxFailures = 5)
                assertTrue(b.text().contains(i < 5 ? "用户名或密码错误" : "已被锁定"), "attempt " + i + ": " + b.text());
            }
            b.login("lockme", "Changed#Pass2");
            assertTrue(b.text().contains("已被锁定"), "the right password is refused while locked: " + b.text());
            b.screenshot("locked");
        }
        assertEquals(
                1, ItData.longValue("SELECT COUNT(*) FROM audit_entry WHERE username = 'lockme' AND action = 'LOCK'"));
    }

    @Test
    @Order(6)
    void theLanguageSwitchesToEnglishAndBackWithDatesUnchanged() {
        Pattern chinese = Pattern.compile("[\\u4e00-\\u9fff]");
        Pattern date = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
        try (Browser b = new Browser()) {
            // a message made before the page renders (a view action's) is in the page's language,
            // whatever language the browser asks for
            b.login("assessor", ItData.DEMO_PASSWORD).open("appraisal/whatif.xhtml?run=999999999");
            b.waitForMessage("考核不存在");
            b.open("disclosure/items.xhtml");
            b.click("userForm:langEn");
            b.waitForText("#menuForm", "Home");
            String menu = b.find("#menuForm").getText();
            assertFalse(chinese.matcher(menu).find(), "the menu in English: " + menu);
            assertFalse(chinese.matcher(b.title()).find(), "the title in English: " + b.title());
            assertTrue(b.driver().getCurrentUrl().contains("disclosure/items.xhtml"), "the same page");
            String list = b.find("#itemsForm").getText();
            assertTrue(date.matcher(list).find(), "dates stay yyyy-MM-dd in English: " + list);
            b.screenshot("english-items");

            // the dashboard's longer English headers (Carried over from last period) wrap within their columns
            b.open("disclosure/dashboard.xhtml?year=2025");
            String head = b.find("#dashboardForm\\:dashboard_head").getText();
            assertTrue(
                    head.replace('\n', ' ').contains("Carried over from last period")
                            && head.replace('\n', ' ').contains("Carried over to next period"),
                    head);
            Object cut = ((org.openqa.selenium.JavascriptExecutor) b.driver())
                    .executeScript(
                            "return Array.from(document.querySelectorAll('#dashboardForm\\\\:dashboard_head th'))"
                                    + ".filter(th => th.scrollWidth > th.clientWidth + 1).map(th => th.innerText).join('|')");
            assertEquals("", cut, "headers cut off");
            b.screenshot("english-dashboard");

            b.open("appraisal/whatif.xhtml?run=999999999");
            b.waitForMessage("Appraisal run not found");
            b.open("index.xhtml");
            assertTrue(b.find("#menuForm").getText().contains("Home"), "the choice holds for the session");
            b.click("userForm:langZh");
            b.waitForText("#menuForm", "首页");
        }
    }

    @Test
    @Order(7)
    void theAdministratorRecordsANewYearsScheduleAndWithdrawsIt() {
        String rows = "SELECT COUNT(*) FROM holiday_schedule WHERE schedule_year = ?";
        assertEquals(0, ItData.longValue(rows, 2031), "no schedule for 2031 yet");
        try (Browser b = new Browser()) {
            b.login("admin", ItData.DEMO_PASSWORD).open("calendar/schedule.xhtml?year=2031");
            b.click("scheduleForm:publish");
            b.waitForMessage("请填写通知文件"); // the State Council's notice comes with the schedule
            b.type("scheduleForm:notices", "国办发明电〔2030〕7号");
            b.click("scheduleForm:publish");
            b.waitForMessage("已录入 2031 年节假日安排");
            assertEquals(1, ItData.longValue(rows, 2031));
            b.click("scheduleForm:withdraw").confirmYes();
            b.waitForMessage("已撤销 2031 年节假日安排");
            assertEquals(0, ItData.longValue(rows, 2031));
        }
    }
}
