package org.kaocheng.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The CMS API ({@code POST /api/disclosure/items}) on the deployed application, with tokens an
 * administrator issues and revokes on the token page (the secret is shown once and stored
 * hashed): batches create items that the unit then sees, a resent batch creates no duplicates,
 * bad JSON, an oversized batch, a bad item, missing, wrong and revoked tokens, and another unit's
 * token are each answered as the OpenAPI description says.
 */
class DisclosureApiIT {

    private static final String OWN = "D01";
    private static final String OWN_NAME = "区教育局";
    private static final String OTHER = "D02";
    private static final String OTHER_NAME = "区卫生健康委员会";

    private static String ownToken;
    private static String otherToken;
    private static String revokedToken;

    /** Issues three tokens on the admin's page as an administrator does, and revokes the last. */
    @BeforeAll
    static void issueTokensThroughTheTokenPage() {
        try (Browser b = new Browser()) {
            b.login("admin", ItData.DEMO_PASSWORD).open("disclosure/tokens.xhtml");
            ownToken = issue(b, OWN_NAME, "IT 教育局网站");
            otherToken = issue(b, OTHER_NAME, "IT 卫健委网站");
            revokedToken = issue(b, OWN_NAME, "IT 作废令牌");
            b.screenshot("api-tokens-issued");
            WebElement row = b.driver()
                    .findElement(By.xpath("//tbody[@id='tokensForm:tokens_data']/tr[td[normalize-space()='IT 作废令牌']]"));
            b.click(row.findElement(By.cssSelector("button[id$=':revoke']")).getAttribute("id"));
            b.waitForText("#tokensForm\\:tokens", "已吊销");
            b.screenshot("api-token-revoked");
        }
        for (String secret : new String[] {ownToken, otherToken, revokedToken}) {
            assertTrue(secret.startsWith("kc_") && secret.length() > 40, secret);
            assertEquals(
                    0,
                    ItData.longValue("SELECT COUNT(*) FROM api_token WHERE token_hash = ?", secret),
                    "the secret itself is not stored");
            assertEquals(
                    1,
                    ItData.longValue("SELECT COUNT(*) FROM api_token WHERE token_hash = ?", sha256(secret)),
                    "it is stored hashed");
        }
    }

    private static String issue(Browser b, String unitName, String name) {
        b.select("tokensForm:unit", unitName);
        b.type("tokensForm:name", name);
        b.click("tokensForm:issue");
        String secret = b.find("#secretValue").getText().trim();
        assertTrue(b.text().contains(name), b.text());
        return secret;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> post(String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(HttpSession.uri("api/disclosure/items"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", token.startsWith("Basic ") ? token : "Bearer " + token);
        }
        return new HttpSession(false).send(request.build());
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonObject item(String externalId, String title, String formedOn, String publishedOn) {
        var o = Json.createObjectBuilder()
                .add("externalId", externalId)
                .add("formedOn", formedOn)
                .add("category", "通知公告")
                .add("channel", "WEBSITE")
                .add("link", "https://jyj.example.gov.cn/" + externalId);
        if (title != null) {
            o.add("title", title);
        }
        if (publishedOn != null) {
            o.add("publishedOn", publishedOn);
        }
        return o.build();
    }

    private static String batch(JsonObject... items) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObject i : items) {
            array.add(i);
        }
        return Json.createObjectBuilder().add("items", array).build().toString();
    }

    private static long items(String unitCode, String externalIdPrefix) {
        return ItData.longValue(
                "SELECT COUNT(*) FROM proactive_item i JOIN unit u ON u.id = i.unit_id"
                        + " WHERE u.code = ? AND i.external_id LIKE ?",
                unitCode,
                externalIdPrefix + "%");
    }

    @Test
    void aGoodBatchCreatesItemsTheUnitSeesAndResendingItCreatesNoDuplicates() {
        String body = batch(
                item("it-good-1", "IT接口推送：2020年春季学期开学通知", "2020-06-01", "2020-06-03"),
                item("it-good-2", "IT接口推送：2020年校车安全检查结果", "2020-06-01", null));
        JsonObject first = json(post(ownToken, body));
        assertEquals(2, first.getInt("created"), first.toString());
        assertEquals(0, first.getInt("updated"));
        assertEquals(0, first.getInt("failed"));
        JsonArray results = first.getJsonArray("results");
        assertEquals("CREATED", results.getJsonObject(0).getString("status"));
        long id = results.getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(2, items(OWN, "it-good-"));
        assertEquals(
                id,
                ItData.longValue(
                        "SELECT i.id FROM proactive_item i JOIN unit u ON u.id = i.unit_id"
                                + " WHERE u.code = ? AND i.external_id = 'it-good-1'",
                        OWN));

        // The unit's operator finds them in the list, with their state (published in 2 working days: on time).
        HttpSession operator = new HttpSession(true);
        operator.login("operator", ItData.DEMO_PASSWORD);
        String list = operator.get("disclosure/items.xhtml?from=2020-06-01&to=2020-06-01")
                .body();
        assertTrue(list.contains("IT接口推送：2020年春季学期开学通知") && list.contains("IT接口推送：2020年校车安全检查结果"), list);
        String page = operator.get("disclosure/item.xhtml?id=" + id).body();
        // 20 working days after Mon 2020-06-01: 06-02..06-24 are 17, the Dragon Boat Festival 06-25..27 is off,
        // Sunday 06-28 is a make-up working day (18), 06-29 (19), 06-30 (20).
        assertTrue(page.contains("2020-06-30"), page);
        assertTrue(
                page.contains("<span id=\"itemState\" class=\"kc-tag kc-state-ON_TIME\">按时</span>"),
                "published 06-03: on time");

        // The same batch again, one title corrected: updated, not duplicated.
        String again = batch(
                item("it-good-1", "IT接口推送：2020年春季学期开学通知（更正）", "2020-06-01", "2020-06-03"),
                item("it-good-2", "IT接口推送：2020年校车安全检查结果", "2020-06-01", null));
        JsonObject second = json(post(ownToken, again));
        assertEquals(0, second.getInt("created"), second.toString());
        assertEquals(2, second.getInt("updated"));
        assertEquals(
                id,
                second.getJsonArray("results")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue(),
                "the same record");
        assertEquals(2, items(OWN, "it-good-"), "no duplicates");
        assertEquals(
                1, ItData.longValue("SELECT COUNT(*) FROM proactive_item WHERE title = ?", "IT接口推送：2020年春季学期开学通知（更正）"));
    }

    @Test
    void badJsonIs400WithAClearMessage() {
        HttpResponse<String> broken = post(ownToken, "{\"items\": [ {\"externalId\": \"x\", ");
        assertEquals(400, broken.statusCode(), broken.body());
        JsonObject error = json(broken);
        assertEquals("badJson", error.getString("error"));
        assertTrue(error.getString("message").contains("not valid JSON"), error.toString());

        HttpResponse<String> noItems = post(ownToken, "{\"item\": []}");
        assertEquals(400, noItems.statusCode());
        assertEquals("\"items\" must be an array", json(noItems).getString("message"));
        assertEquals(400, post(ownToken, "[1, 2]").statusCode(), "an array is not a batch");
    }

    @Test
    void aBatchOfOneThousandAndOneItemsIs413AndNothingIsSaved() {
        JsonObject[] many = new JsonObject[1001];
        for (int i = 0; i < many.length; i++) {
            many[i] = item("it-big-" + i, "IT超大批次" + i, "2020-07-01", null);
        }
        HttpResponse<String> response = post(ownToken, batch(many));
        assertEquals(413, response.statusCode(), response.body());
        JsonObject error = json(response);
        assertEquals("batchTooLarge", error.getString("error"));
        assertEquals("at most 1000 items per call", error.getString("message"));
        assertEquals(0, items(OWN, "it-big-"));

        JsonObject[] thousand = java.util.Arrays.copyOf(many, 1000);
        JsonObject accepted = json(post(ownToken, batch(thousand)));
        assertEquals(1000, accepted.getInt("created"), "exactly 1,000 is allowed");
        assertEquals(1000, items(OWN, "it-big-"));
    }

    @Test
    void oneBadItemIsReportedOnItsOwnAndTheOthersAreSaved() {
        JsonObject noTitle = item("it-mixed-2", null, "2020-08-03", null);
        JsonObject badDate = item("it-mixed-3", "IT日期错误", "2020-02-30", null);
        JsonObject publishedBeforeFormed = item("it-mixed-4", "IT先发布后形成", "2020-08-03", "2020-08-01");
        HttpResponse<String> response = post(
                ownToken,
                batch(
                        item("it-mixed-1", "IT混合批次正常项", "2020-08-03", null),
                        noTitle,
                        badDate,
                        publishedBeforeFormed,
                        item("it-mixed-5", "IT混合批次正常项二", "2020-08-03", null)));
        assertEquals(200, response.statusCode(), response.body());
        JsonObject answer = json(response);
        assertEquals(2, answer.getInt("created"), answer.toString());
        assertEquals(3, answer.getInt("failed"));
        JsonArray results = answer.getJsonArray("results");
        assertEquals("ERROR", results.getJsonObject(1).getString("status"));
        assertEquals(1, results.getJsonObject(1).getInt("index"));
        assertEquals("it-mixed-2", results.getJsonObject(1).getString("externalId"));
        assertEquals(
                "title.required",
                results.getJsonObject(1).getJsonArray("errors").getString(0));
        assertEquals(
                "formedOn.invalid",
                results.getJsonObject(2).getJsonArray("errors").getString(0));
        assertEquals(
                "disclosure.item.publishedBeforeFormed",
                results.getJsonObject(3).getJsonArray("errors").getString(0));
        assertFalse(results.getJsonObject(1).containsKey("id"));
        assertEquals("CREATED", results.getJsonObject(4).getString("status"));
        assertEquals(2, items(OWN, "it-mixed-"), "the good items are saved, the bad ones not at all");
    }

    @Test
    void noTokenAWrongTokenAndARevokedTokenAre401() {
        String body = batch(item("it-auth-1", "IT未授权", "2020-09-01", null));
        for (String token :
                new String[] {null, "kc_not-a-token-anyone-issued", revokedToken, "Basic YWRtaW46S2FvY2hlbmdAMjAyNg=="
                }) {
            HttpResponse<String> response = post(token, body);
            assertEquals(401, response.statusCode(), token + ": " + response.body());
            assertEquals(
                    "Bearer", response.headers().firstValue("WWW-Authenticate").orElse(""));
            assertEquals("unauthorized", json(response).getString("error"));
        }
        assertEquals(0, items(OWN, "it-auth-"));
        assertEquals(0, items(OTHER, "it-auth-"));
    }

    @Test
    void aUnitsTokenCannotWriteAnotherUnitsItems() {
        JsonObject one = item("it-cross-1", "IT越权写入", "2020-09-07", null);
        String forOther = Json.createObjectBuilder()
                .add("unit", OTHER)
                .add("items", Json.createArrayBuilder().add(one))
                .build()
                .toString();
        HttpResponse<String> refused = post(ownToken, forOther);
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals("forbidden", json(refused).getString("error"));
        assertEquals(0, items(OTHER, "it-cross-"));
        assertEquals(0, items(OWN, "it-cross-"));

        // The other unit's own token writes the same external id into its own unit only.
        assertEquals(1, json(post(otherToken, forOther)).getInt("created"));
        assertEquals(1, json(post(ownToken, batch(one))).getInt("created"), "a separate record of the token's unit");
        assertEquals(1, items(OTHER, "it-cross-"));
        assertEquals(1, items(OWN, "it-cross-"));
        assertEquals(1, json(post(otherToken, batch(one))).getInt("updated"), "its own record, not the other unit's");
    }

    @Test
    void theOpenApiDescriptionIsServedWithoutLogin() {
        HttpResponse<String> response = new HttpSession(false).get("api/disclosure/openapi.yaml");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/yaml"));
        String yaml = response.body();
        assertTrue(yaml.startsWith("openapi: 3."), yaml);
        for (String expected :
                new String[] {"/disclosure/items:", "'400':", "'401':", "'403':", "'413':", "bearerToken"}) {
            assertTrue(yaml.contains(expected), expected);
        }
    }
}
