package org.kaocheng.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kaocheng.platform.spreadsheet.TableWriter;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Training as a coordinator runs it, in headless Chromium: a required course with a completion
 * rule, a session (whose day cannot end before it starts), one person enrolled alone and then the
 * whole unit in bulk (the preview names who is skipped and why), attendance in the grid, the
 * completion (one person completed, one not), the completed person's certificate PDF (their
 * Chinese name and the course in its text) and the public page checking its verification code.
 * A sign-in sheet naming someone not enrolled is refused whole.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrainingBrowserIT {

    private static final String COURSE = "依申请公开答复规范(浏览器测试)";
    private static final String UNIT = "D01";

    /** Set by the first test: the session it created and the code of the certificate it printed. */
    private static Long sessionId;

    private static String verificationCode;

    /** Staff of the unit with an open posting there, in id order. */
    private static long staffOfUnit(int index) {
        return ItData.longValue(
                "SELECT s.id FROM staff s JOIN unit u ON u.id = s.unit_id WHERE u.code = ?"
                        + " AND EXISTS (SELECT 1 FROM posting p WHERE p.staff_id = s.id AND p.unit_id = u.id AND p.end_date IS NULL)"
                        + " AND (SELECT COUNT(*) FROM staff t WHERE t.name = s.name) = 1"
                        + " ORDER BY s.id OFFSET ? LIMIT 1",
                UNIT,
                index);
    }

    @Test
    @Order(1)
    void aCoordinatorRunsASessionFromCourseToCertificate() throws Exception {
        long completerId = staffOfUnit(0);
        long absentId = staffOfUnit(1);
        String completer = ItData.nameOfStaff(completerId);
        String absent = ItData.nameOfStaff(absentId);
        String today = LocalDate.now().toString();

        try (Browser b = new Browser()) {
            b.login("coordinator", ItData.DEMO_PASSWORD);

            // a required course: all of its hours must be attended
            b.open("training/courses.xhtml").click("coursesForm:newCourse");
            b.find("#courseDialogForm\\:title");
            b.type("courseDialogForm:title", COURSE);
            b.type("courseDialogForm:hours_input", "4");
            checkLabel(b, "courseDialogForm:requiredFor", "政务公开专员");
            checkLabel(b, "courseDialogForm:requiredFor", "专职工作人员");
            b.type("courseDialogForm:attendance_input", "100");
            b.screenshot("training-course-form");
            b.click("courseDialogForm:saveCourse");
            b.waitForMessage("已保存");
            b.waitForText("#coursesForm\\:courses", COURSE);
            b.screenshot("training-course-saved");

            // a session whose day ends before it starts is refused with a message
            b.open("training/sessions.xhtml").click("sessionsForm:newSession");
            fillSession(b, today, "19:00", "18:00");
            b.click("sessionDialogForm:saveSession");
            b.waitForMessage("不能早于或等于开始时间");
            b.screenshot("training-session-end-before-start");
            assertEquals(
                    0,
                    ItData.longValue(
                            "SELECT COUNT(*) FROM training_session s JOIN training_course c"
                                    + " ON c.id = s.course_id WHERE c.title = ?",
                            COURSE),
                    "nothing saved");

            // the same session, one evening
            b.open("training/sessions.xhtml").click("sessionsForm:newSession");
            fillSession(b, today, "18:30", "21:00");
            b.click("sessionDialogForm:saveSession");
            b.waitForText("#sessionForm\\:summary", "18:30");
            String url = b.driver().getCurrentUrl();
            assertTrue(url.contains("training/session.xhtml?id="), url);
            sessionId = Long.valueOf(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
            b.screenshot("training-session-created");

            // one person enrolled alone first: the bulk preview skips them as already enrolled
            // the empty picker once showed " · " (the label of no one), so typing searched for " · name"
            assertEquals(
                    "", b.byId("sessionForm:tabs:pickStaff_input").getAttribute("value"), "the picker starts empty");
            b.type("sessionForm:tabs:pickStaff_input", completer);
            b.waiter()
                    .until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                            "//*[@id='sessionForm:tabs:pickStaff_panel']//li[contains(., '" + completer + "')]")))
                    .click();
            b.settle();
            b.click("sessionForm:tabs:enrolOne");
            b.waitForMessage(completer + " 报名成功");
            b.waitForText("#sessionForm\\:tabs\\:enrolments", completer);

            tab(b, "tabBulk");
            b.click("sessionForm:tabs:bulkUnits");
            WebElement unitPanel = b.find("#sessionForm\\:tabs\\:bulkUnits_panel");
            unitPanel.findElements(By.cssSelector("li.ui-selectcheckboxmenu-item")).stream()
                    .filter(li -> li.getText().trim().startsWith(UNIT + " "))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no unit " + UNIT + " to pick"))
                    .click();
            b.settle();
            unitPanel
                    .findElement(By.cssSelector(".ui-selectcheckboxmenu-close"))
                    .click();
            b.waiter().until(ExpectedConditions.invisibilityOf(unitPanel));
            b.click("sessionForm:tabs:previewBulk");
            String counts = b.find("#bulkCounts").getText();
            b.screenshot("training-bulk-preview");
            long activeInUnit = ItData.longValue(
                    "SELECT COUNT(DISTINCT s.id) FROM staff s JOIN unit u ON u.id = s.unit_id"
                            + " JOIN posting p ON p.staff_id = s.id AND p.end_date IS NULL WHERE u.code = ?",
                    UNIT);
            assertTrue(counts.matches("将报名 \\d+ 人，候补 0 人，跳过 [1-9]\\d* 人。"), counts);
            WebElement skipped = previewRowOf(b, completer);
            assertTrue(skipped.getText().contains("跳过") && skipped.getText().contains("已报名本班次"), skipped.getText());
            int toEnrol = Integer.parseInt(counts.replaceAll("将报名 (\\d+) 人.*", "$1"));
            assertTrue(toEnrol >= 1 && toEnrol <= activeInUnit - 1, counts + " of " + activeInUnit + " active staff");
            b.click("sessionForm:tabs:enrolBulk");
            b.waitForMessage("已报名 " + toEnrol + " 人");
            b.waitForText("#sessionForm\\:tabs\\:enrolments", absent);
            b.screenshot("training-bulk-enrolled");

            // attendance: present for one, absent for another
            tab(b, "tabAttendance");
            new Select(gridCell(b, completer)).selectByVisibleText("出席");
            new Select(gridCell(b, absent)).selectByVisibleText("缺席");
            b.screenshot("training-attendance-grid");
            b.click("sessionForm:tabs:saveAttendance");
            b.waitForMessage("已保存 2 项考勤");

            // a sign-in sheet with someone who is not enrolled is refused whole, row by row
            signInSheetWithAStrangerIsRefused(b, today, completer);

            // held: the completion is computed by the rule
            b.click("sessionForm:markHeld");
            b.confirmYes();
            b.waitForText("#sessionForm\\:status", "已举办");
            tab(b, "tabAttendance");
            b.click("sessionForm:tabs:computeCompletions");
            b.waitForMessage("共 1 人结业");
            b.screenshot("training-completed");
            assertEquals(
                    1,
                    ItData.longValue(
                            "SELECT COUNT(*) FROM training_completion c JOIN training_enrolment e"
                                    + " ON e.id = c.enrolment_id WHERE e.session_id = ?",
                            sessionId));

            // the one who was absent has not completed
            b.open("training/transcript.xhtml?staff=" + absentId);
            WebElement absentRow = transcriptRow(b, COURSE);
            assertTrue(absentRow.getText().contains("否"), absentRow.getText());
            assertTrue(
                    absentRow
                            .findElements(By.cssSelector("[id$=':certificatePdf']"))
                            .isEmpty(),
                    "no certificate");

            // the completer's certificate, as a PDF with their Chinese name and the course
            b.open("training/transcript.xhtml?staff=" + completerId);
            WebElement row = transcriptRow(b, COURSE);
            assertTrue(row.getText().contains("是"), row.getText());
            verificationCode = row.findElement(By.cssSelector("a[id$=':verify']"))
                    .getText()
                    .trim();
            assertFalse(verificationCode.isEmpty(), "a verification code is shown");
            b.screenshot("training-transcript");
            b.clearDownloads();
            row.findElement(By.cssSelector("button[id$=':certificatePdf']")).click();
            Path pdf = b.awaitDownload(".pdf");
            Files.copy(
                    pdf,
                    Path.of("target", "screenshots", "training-certificate.pdf"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            String text = PdfFiles.text(pdf);
            String compact = text.replaceAll("\\s+", "");
            assertTrue(compact.contains(completer), "the person's name in the certificate: " + text);
            assertTrue(compact.contains(COURSE.replaceAll("\\s+", "")), "the course in the certificate: " + text);
            assertTrue(compact.contains(verificationCode), "the verification code in the certificate: " + text);
        }
    }

    @Test
    @Order(2)
    void thePublicPageAcceptsTheCertificatesCodeAndRejectsAWrongOne() {
        assertNotNull(verificationCode, "the first test printed a certificate");
        String holder = ItData.text(
                "SELECT s.name FROM training_completion c JOIN training_enrolment e ON e.id = c.enrolment_id"
                        + " JOIN staff s ON s.id = e.staff_id WHERE c.verification_code = ?",
                verificationCode);
        try (Browser b = new Browser()) {
            b.open("public/certificate.xhtml?code=" + verificationCode);
            b.waitForText("#checkForm\\:result", "证书有效");
            assertEquals(holder, b.byId("checkForm:name").getText().trim());
            assertEquals(COURSE, b.byId("checkForm:course").getText().trim());
            b.screenshot("training-certificate-valid");

            String wrong = verificationCode.substring(0, verificationCode.length() - 1)
                    + (verificationCode.endsWith("X") ? "Y" : "X");
            b.type("checkForm:code", wrong);
            b.click("checkForm:check");
            b.waitForText("#checkForm\\:result", "没有找到该验证码对应的证书");
            assertTrue(
                    b.driver().findElements(By.id("checkForm:valid")).isEmpty(), "nothing of the certificate is shown");
            b.screenshot("training-certificate-invalid");
        }
    }

    @Test
    @Order(3)
    void theCoordinatorSetsTheYearlyHoursAndTheChangeIsAudited() {
        String hours = "SELECT setting_value FROM app_setting WHERE setting_key = 'training.requiredHoursPerYear'";
        String audited = "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'AppSetting'"
                + " AND entity_id = 'training.requiredHoursPerYear' AND username = 'coordinator'";
        long before = ItData.longValue(audited);
        assertEquals("8", ItData.text(hours));
        try (Browser b = new Browser()) {
            b.login("coordinator", ItData.DEMO_PASSWORD);
            b.open("training/settings.xhtml");
            b.type("settingsForm:requiredHours_input", "10.5");
            b.click("settingsForm:save");
            assertTrue(b.text().contains("已保存"), b.text());
            b.screenshot("training-settings-saved");
            assertEquals("10.5", ItData.text(hours));
            // back to the demo value, so that the other tests' coverage figures hold
            b.open("training/settings.xhtml");
            assertEquals("10.5", b.byId("settingsForm:requiredHours_input").getAttribute("value"));
            b.type("settingsForm:requiredHours_input", "8");
            b.click("settingsForm:save");
            assertTrue(b.text().contains("已保存"), b.text());
        }
        assertEquals("8", ItData.text(hours));
        assertEquals(before + 2, ItData.longValue(audited), "both changes audited under the coordinator's name");
    }

    private static void signInSheetWithAStrangerIsRefused(Browser b, String today, String completer) throws Exception {
        String strangerUnit = "D02";
        String stranger = ItData.text(
                "SELECT s.name FROM staff s JOIN unit u ON u.id = s.unit_id WHERE u.code = ?"
                        + " AND (SELECT COUNT(*) FROM staff t WHERE t.unit_id = s.unit_id AND t.name = s.name) = 1"
                        + " ORDER BY s.id LIMIT 1",
                strangerUnit);
        long marksBefore = ItData.longValue(
                "SELECT COUNT(*) FROM training_attendance a JOIN training_enrolment e"
                        + " ON e.id = a.enrolment_id WHERE e.session_id = ?",
                sessionId);
        byte[] xlsx = TableWriter.xlsx(
                "签到表",
                List.of("单位代码", "姓名", "身份证号", today),
                List.of(List.of(UNIT, completer, "", "迟到"), List.of(strangerUnit, stranger, "", "出席")));
        Path sheet = Files.createTempDirectory("kc-signin").resolve("签到表.xlsx");
        Files.write(sheet, xlsx);

        b.click("importForm:imports_toggler");
        b.upload("importForm:signInFile", sheet);
        b.waitForMessage("发现 1 处错误，未导入任何数据");
        b.waitForText("#importForm\\:importErrors", stranger + " 未正式报名本班次");
        b.screenshot("training-signin-refused");
        assertEquals(
                marksBefore,
                ItData.longValue(
                        "SELECT COUNT(*) FROM training_attendance a JOIN training_enrolment e"
                                + " ON e.id = a.enrolment_id WHERE e.session_id = ?",
                        sessionId),
                "nothing of the sheet is saved");
        assertEquals(
                "PRESENT",
                ItData.text(
                        "SELECT a.status FROM training_attendance a JOIN training_enrolment e"
                                + " ON e.id = a.enrolment_id JOIN staff s ON s.id = e.staff_id WHERE e.session_id = ? AND s.name = ?",
                        sessionId,
                        completer),
                "the completer's mark is not changed to late by the refused sheet");
    }

    private static void fillSession(Browser b, String date, String from, String to) {
        b.find("#sessionDialogForm\\:sessionGrid");
        b.select("sessionDialogForm:course", COURSE);
        b.type("sessionDialogForm:place", "区政府第三会议室");
        b.type("sessionDialogForm:trainer", "区政务公开办");
        b.type("sessionDialogForm:capacity_input", "80");
        b.typeDate("sessionDialogForm:days:0:dayDate", date);
        b.typeDate("sessionDialogForm:days:0:dayStart", from);
        b.typeDate("sessionDialogForm:days:0:dayEnd", to);
    }

    /** Ticks the checkbox with the given label in a p:selectManyCheckbox. */
    private static void checkLabel(Browser b, String clientId, String label) {
        b.byId(clientId).findElements(By.tagName("label")).stream()
                .filter(l -> l.getText().trim().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + label + " in " + clientId))
                .click();
    }

    private static void tab(Browser b, String tabId) {
        b.clickXPath("//ul[@role='tablist']//a[@href='#sessionForm:tabs:" + tabId + "']");
        b.waiter().until(ExpectedConditions.visibilityOfElementLocated(By.id("sessionForm:tabs:" + tabId)));
    }

    /** The preview row of the person, paging through the preview table if needed. */
    private static WebElement previewRowOf(Browser b, String name) {
        String xpath = "//tbody[@id='sessionForm:tabs:previewRows_data']/tr[td[1][normalize-space(.)='" + name + "']]";
        while (true) {
            List<WebElement> rows = b.driver().findElements(By.xpath(xpath));
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
            List<WebElement> next = b.driver()
                    .findElements(
                            By.cssSelector(
                                    "#sessionForm\\:tabs\\:previewRows_paginator_bottom .ui-paginator-next:not(.ui-state-disabled)"));
            if (next.isEmpty()) {
                throw new AssertionError(name + " not in the preview: "
                        + b.find("#sessionForm\\:tabs\\:previewRows").getText());
            }
            String before = b.byId("sessionForm:tabs:previewRows_data").getText();
            next.get(0).click();
            b.waiter()
                    .until(d -> !d.findElement(By.id("sessionForm:tabs:previewRows_data"))
                            .getText()
                            .equals(before));
            b.settle();
        }
    }

    /** The attendance select of the person's row for the session's (only) day. */
    private static WebElement gridCell(Browser b, String name) {
        return b.waiter()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//tbody[@id='sessionForm:tabs:grid_data']/tr[td[1][normalize-space(.)='" + name
                                + "']]//select")));
    }

    private static WebElement transcriptRow(Browser b, String course) {
        return b.waiter()
                .until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                        "//tbody[@id='transcriptForm:rows_data']/tr[td[1][normalize-space(.)='" + course + "']]")));
    }
}
