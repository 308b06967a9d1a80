package org.kaocheng.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * One full self-check round between a unit and an assessor, in headless Chromium: the assessor
 * builds a two-item template and sends a campaign to the demo operator's unit (D01 区教育局);
 * the operator answers, uploads a real PDF as evidence (a script named .pdf is refused with a
 * message and leaves nothing), saves a draft and submits; the assessor accepts one item and
 * returns the other with a comment; the operator sees the comment, corrects and resubmits; the
 * assessor accepts. The overview shows the unit accepted, the item's history both rounds, and
 * the unit's PDF export lists the evidence with its SHA-256.
 */
class SelfCheckBrowserIT {

    private static final String TEMPLATE = "浏览器测试自查清单";
    private static final String CAMPAIGN = "浏览器测试专项自查";
    private static final String Q_YES_NO = "本季度是否按时更新政府信息公开指南?";
    private static final String Q_NUMBER = "本季度收到政府信息公开申请件数";
    private static final String RETURN_COMMENT = "申请件数与登记台账不一致,请核对后更正。";

    @Test
    void aUnitAndAnAssessorCompleteOneRoundWithAReturnedItem() throws Exception {
        Path dir = Files.createTempDirectory("kc-evidence");
        Path evidence = dir.resolve("公开指南更新截图说明.pdf");
        Files.write(evidence, smallPdf());
        String evidenceSha = PdfFiles.sha256(evidence);
        Path script = dir.resolve("整改说明.pdf");
        Files.writeString(script, "#!/bin/sh\nrm -rf / --no-preserve-root\n", StandardCharsets.UTF_8);
        Path large = dir.resolve("扫描件.pdf");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(large.toFile(), "rw")) {
            f.setLength(26L * 1024 * 1024);
        }

        // the assessor: a template of two items, a campaign to the operator's unit, opened
        try (Browser b = new Browser()) {
            b.login("assessor", ItData.DEMO_PASSWORD).open("selfcheck/templates.xhtml");
            b.type("templatesForm:title", TEMPLATE);
            b.type("templatesForm:description", "浏览器测试用的两项自查清单。");
            b.click("templatesForm:create");
            b.type("editorForm:sectionTitle", "主动公开");
            b.click("editorForm:addSection");
            b.waitForText("#editorForm\\:sections", "主动公开");
            addItem(b, Q_YES_NO, "是/否", true, "10");
            addItem(b, Q_NUMBER, "数值", false, "5");
            b.screenshot("selfcheck-template");

            b.open("selfcheck/campaigns.xhtml");
            b.select("newCampaignForm:template", TEMPLATE + " v1");
            b.type("newCampaignForm:title", CAMPAIGN);
            b.type("newCampaignForm:period", "2026 专项");
            b.clickXPath("//*[@id='newCampaignForm:target']//label[normalize-space(.)='指定单位']");
            b.click("newCampaignForm:units");
            WebElement panel = b.find("#newCampaignForm\\:units_panel");
            panel.findElements(By.cssSelector("li.ui-selectcheckboxmenu-item")).stream()
                    .filter(li -> li.getText().trim().equals("区教育局"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no unit 区教育局 to pick"))
                    .click();
            b.settle();
            panel.findElement(By.cssSelector(".ui-selectcheckboxmenu-close")).click();
            b.waiter().until(ExpectedConditions.invisibilityOf(panel));
            b.typeDate("newCampaignForm:opensOn", LocalDate.now().toString());
            b.typeDate("newCampaignForm:closesOn", LocalDate.now().plusDays(14).toString());
            b.screenshot("selfcheck-campaign-form");
            b.click("newCampaignForm:createCampaign");
            b.waitForMessage("已保存");
            b.clickXPath(campaignRow(CAMPAIGN) + "//button[contains(@id, ':openCampaign')]");
            b.confirmYes();
            b.waitForMessage("已下发给 1 个单位");
            b.screenshot("selfcheck-campaign-opened");
        }
        long selfCheckId = ItData.longValue(
                "SELECT s.id FROM self_check s JOIN sc_campaign c ON c.id = s.campaign_id"
                        + " JOIN unit u ON u.id = s.unit_id WHERE c.title = ? AND u.code = 'D01'",
                CAMPAIGN);
        long campaignId = ItData.longValue("SELECT id FROM sc_campaign WHERE title = ?", CAMPAIGN);

        // the operator: answers, evidence (a script named .pdf is refused), a draft, then submits
        try (Browser b = new Browser()) {
            b.login("operator", ItData.DEMO_PASSWORD).open("selfcheck/mine.xhtml");
            b.clickXPath("//a[normalize-space(.)='" + CAMPAIGN + "']");
            b.waitForText("#selfCheckForm\\:status", "未开始");
            b.type("selfCheckForm:answers:1:number_input", "128"); // typed, not saved yet
            b.clickXPath("//*[@id='selfCheckForm:answers:0:yesNo']//label[normalize-space(.)='是']");
            b.type("selfCheckForm:answers:0:text", "已于本季度第二周更新。");
            b.click("selfCheckForm:answers:0:saveAnswer");
            b.waitForMessage("已保存");
            b.waitForText("#selfCheckForm\\:status", "填报中");
            assertTrue(
                    b.byId("selfCheckForm:answers:1:number_input")
                            .getAttribute("value")
                            .startsWith("128"),
                    "saving one item keeps what is typed in another");

            b.upload("selfCheckForm:answers:0:upload", evidence);
            b.waitForMessage("已上传“" + evidence.getFileName() + "”");
            b.waitForText("#selfCheckForm\\:answers\\:0\\:evidence", evidenceSha);

            b.upload("selfCheckForm:answers:0:upload", script);
            b.waitForMessage("文件类型不允许");
            b.screenshot("selfcheck-upload-refused");
            // above the 25 MB the servlet takes, a file is refused in the browser with the limit (20 MB)
            b.upload("selfCheckForm:answers:0:upload", large);
            b.waitForText("[id='selfCheckForm:answers:0:upload']", "文件过大，上限 20 MB");
            b.screenshot("selfcheck-upload-too-large");
            assertEquals(
                    1,
                    b.byId("selfCheckForm:answers:0:evidence_data")
                            .findElements(By.tagName("tr"))
                            .size(),
                    "the refused file is not listed");
            assertEquals(
                    1,
                    ItData.longValue(
                            "SELECT COUNT(*) FROM sc_evidence e JOIN self_check_answer a ON a.id = e.answer_id"
                                    + " WHERE a.self_check_id = ?",
                            selfCheckId),
                    "the refused file is not on record");

            // a link added to the second item by mistake is withdrawn; the number typed there stays
            b.type("selfCheckForm:answers:1:linkTitle", "误加的链接");
            b.type("selfCheckForm:answers:1:linkUrl", "https://www.example.gov.cn/wrong");
            b.click("selfCheckForm:answers:1:addLink");
            b.waitForText("#selfCheckForm\\:answers\\:1\\:evidence", "误加的链接");
            b.click("selfCheckForm:answers:1:evidence:0:withdraw");
            b.waiter()
                    .until(d -> !b.find("#selfCheckForm\\:answers\\:1\\:evidence")
                            .getText()
                            .contains("误加的链接"));
            assertTrue(
                    b.byId("selfCheckForm:answers:1:number_input")
                            .getAttribute("value")
                            .startsWith("128"),
                    "evidence changes keep the item's unsaved answer");

            b.type("selfCheckForm:answers:1:number_input", "128");
            b.click("selfCheckForm:answers:1:saveAnswer");
            b.waitForMessage("已保存");
            b.screenshot("selfcheck-draft");

            b.click("selfCheckForm:submit");
            b.confirmYes();
            b.waitForMessage("已提交");
            b.waitForText("#selfCheckForm\\:status", "已提交");
            b.screenshot("selfcheck-submitted");
        }

        // the assessor accepts the first item and returns the second with a comment
        try (Browser b = new Browser()) {
            b.login("assessor", ItData.DEMO_PASSWORD).open("selfcheck/campaign.xhtml?id=" + campaignId);
            b.clickXPath("//a[contains(@id, ':openSelfCheck') and normalize-space(.)='区教育局']");
            b.waitForText("#selfCheckForm\\:status", "已提交");
            b.type("selfCheckForm:answers:0:score_input", "9");
            b.click("selfCheckForm:answers:0:accept");
            b.waitForMessage("已通过");
            b.type("selfCheckForm:answers:1:comment", RETURN_COMMENT);
            b.click("selfCheckForm:answers:1:return");
            b.waitForMessage("已退回");
            b.waitForText("#selfCheckForm\\:status", "已退回");
            b.screenshot("selfcheck-returned");
        }

        // the operator sees the comment, corrects the item and resubmits it
        try (Browser b = new Browser()) {
            b.login("operator", ItData.DEMO_PASSWORD).open("selfcheck/selfcheck.xhtml?id=" + selfCheckId);
            b.waitForText("#selfCheckForm\\:answers\\:1\\:returnComment", RETURN_COMMENT);
            assertTrue(
                    b.driver()
                            .findElements(By.id("selfCheckForm:answers:0:saveAnswer"))
                            .isEmpty(),
                    "the accepted item is not editable");
            b.screenshot("selfcheck-comment-seen");
            b.type("selfCheckForm:answers:1:number_input", "136");
            b.type("selfCheckForm:answers:1:text", "已按登记台账更正。");
            b.click("selfCheckForm:answers:1:saveAnswer");
            b.waitForMessage("已保存");
            b.waitForText("#selfCheckForm\\:submit", "重新提交");
            b.click("selfCheckForm:submit");
            b.confirmYes();
            b.waitForMessage("已提交");
            b.waitForText("#selfCheckForm\\:status", "已重新提交");
        }

        // the assessor accepts; the overview, the history and the PDF export tell the story
        try (Browser b = new Browser()) {
            b.login("assessor", ItData.DEMO_PASSWORD).open("selfcheck/selfcheck.xhtml?id=" + selfCheckId);
            b.waitForText("#selfCheckForm\\:status", "已重新提交");
            assertEquals(
                    "",
                    b.byId("selfCheckForm:answers:1:comment").getAttribute("value"),
                    "the new round's review starts without the last round's comment");
            b.click("selfCheckForm:answers:1:accept");
            b.waitForMessage("已通过");
            b.waitForText("#selfCheckForm\\:status", "已通过");

            b.click("selfCheckForm:answers:1:showHistory");
            b.find("#historyForm\\:history");
            b.waitForText("#historyForm\\:history", RETURN_COMMENT);
            List<String> rounds = b.byId("historyForm:history_data").findElements(By.tagName("tr")).stream()
                    .map(WebElement::getText)
                    .toList();
            b.screenshot("selfcheck-history");
            assertTrue(
                    rounds.stream()
                            .anyMatch(r ->
                                    r.startsWith("1 ") && r.contains("提交") && r.contains("陈填报") && r.contains("128")),
                    rounds.toString());
            assertTrue(
                    rounds.stream()
                            .anyMatch(r -> r.startsWith("1 ")
                                    && r.contains("退回")
                                    && r.contains("刘考核")
                                    && r.contains(RETURN_COMMENT)),
                    rounds.toString());
            assertTrue(
                    rounds.stream().anyMatch(r -> r.startsWith("2 ") && r.contains("重新提交") && r.contains("136")),
                    rounds.toString());
            assertTrue(
                    rounds.stream()
                            .anyMatch(r -> r.startsWith("2 ")
                                    && r.contains("通过")
                                    && r.contains("刘考核")
                                    && !r.contains(RETURN_COMMENT)),
                    "the acceptance does not repeat the return's comment: " + rounds);
            b.driver()
                    .findElement(By.cssSelector("#historyDialog .ui-dialog-titlebar-close"))
                    .click();
            b.waiter().until(ExpectedConditions.invisibilityOfElementLocated(By.id("historyDialog")));

            b.clearDownloads();
            b.byId("selfCheckForm:exportPdf").click();
            Path pdf = b.awaitDownload(".pdf");
            Files.copy(
                    pdf,
                    Path.of("target", "screenshots", "selfcheck-unit.pdf"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            String text = PdfFiles.compactText(pdf);
            assertTrue(text.contains(evidenceSha), "the evidence checksum in the export: " + PdfFiles.text(pdf));
            assertTrue(text.contains("区教育局") && text.contains(CAMPAIGN), PdfFiles.text(pdf));

            b.open("selfcheck/campaign.xhtml?id=" + campaignId);
            WebElement row = b.waiter()
                    .until(ExpectedConditions.visibilityOfElementLocated(
                            By.xpath("//tbody[@id='campaignForm:units_data']/tr[.//a[normalize-space(.)='区教育局']]")));
            assertTrue(row.getText().contains("已通过") && row.getText().contains("2 / 2"), row.getText());
            b.screenshot("selfcheck-overview");
        }
        assertEquals(
                evidenceSha,
                ItData.text(
                        "SELECT e.sha256 FROM sc_evidence e JOIN self_check_answer a ON a.id = e.answer_id"
                                + " WHERE a.self_check_id = ? AND e.withdrawn = FALSE",
                        selfCheckId),
                "the file is stored as it was sent");
    }

    private static void addItem(Browser b, String question, String kind, boolean evidenceRequired, String points) {
        b.click("editorForm:sectionList:0:addItem");
        b.find("#itemForm\\:question");
        b.type("itemForm:question", question);
        b.select("itemForm:kind", kind);
        if (evidenceRequired) {
            b.driver()
                    .findElement(By.cssSelector("#itemForm\\:evidence .ui-chkbox-box"))
                    .click();
        }
        b.type("itemForm:points_input", points);
        b.click("itemForm:saveItem");
        b.waitForText("#editorForm\\:sections", question);
    }

    private static String campaignRow(String title) {
        return "//tbody[@id='campaignsForm:campaigns_data']/tr[td[1][normalize-space(.)='" + title + "']]";
    }

    /** A real one-page PDF, written with the PDF library the application ships. */
    static byte[] smallPdf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Kaocheng browser test evidence: disclosure guide updated."));
        document.close();
        return out.toByteArray();
    }
}
