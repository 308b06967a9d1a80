package org.kaocheng.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.disclosure.api.ApiException;
import org.kaocheng.disclosure.api.ItemBatchApi;
import org.kaocheng.disclosure.application.ApiTokenService;
import org.kaocheng.disclosure.application.ItemBatchService;
import org.kaocheng.disclosure.domain.ProactiveItem;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.security.UserAccount;
import org.kaocheng.testsupport.TestDatabase;

/**
 * The CMS API below HTTP, on H2 and PostgreSQL: tokens (issued, hashed, revoked), idempotent
 * batches, per-item errors, bad JSON, oversized batches, another unit's token.
 */
class CmsApiTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 12);

    private static final String BATCH = """
            {"items": [
              {"externalId": "cms-1", "title": "关于春节假期安排的通知", "formedOn": "2024-02-05", "publishedOn": "2024-02-06",
               "channel": "WEBSITE", "link": "https://example.gov.cn/1"},
              {"externalId": "cms-2", "title": "规范性文件", "documentNumber": "X政规〔2024〕1号", "normative": true,
               "formedOn": "2024-02-05", "publishedOn": "2024-02-08"},
              {"externalId": "cms-3", "title": "《规范性文件》解读", "formedOn": "2024-02-08", "publishedOn": "2024-02-19",
               "interpretationOf": "cms-2", "channel": "wechat"},
              {"externalId": "cms-4", "title": "", "formedOn": "2024-02-31", "channel": "FAX"},
              {"externalId": "cms-5", "title": "发布早于形成", "formedOn": "2024-02-05", "publishedOn": "2024-02-01"}
            ]}""";

    record Api(ItemBatchApi api, ApiTokenService tokens, EntityManager em, Long unitA, Long unitB) {

        JsonObject submit(String authorization, String body) {
            return TestDatabase.inTransaction(em, e -> {
                return api.submit(authorization, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
            });
        }
    }

    private static Api api(EntityManager em) {
        DisclosureServiceAccessTest.World w = DisclosureServiceAccessTest.world(em);
        UserAccount admin = DisclosureServiceAccessTest.account(em, "admin", Role.ADMIN, null);
        ApiTokenService tokens = new ApiTokenService();
        ServiceWiring.wire(tokens, em, admin, TODAY);
        ServiceWiring.set(tokens, "items", DisclosureServiceAccessTest.items(em, admin));
        ItemBatchService batches = new ItemBatchService();
        ServiceWiring.set(batches, "em", em);
        ItemBatchApi api = new ItemBatchApi();
        ServiceWiring.set(api, "tokens", tokens);
        ServiceWiring.set(api, "batches", batches);
        return new Api(api, tokens, em, w.unitA(), w.unitB());
    }

    private static String bearer(Api api, Long unitId) {
        return "Bearer "
                + TestDatabase.inTransaction(api.em(), e -> {
                            return api.tokens().issue(unitId, "CMS");
                        })
                        .secret();
    }

    /** The SHA-256 of the text as lower-case hex, computed here rather than by the product. */
    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aBatchIsSavedItemByItemAndAResentBatchCreatesNoDuplicates(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            Api api = api(em);
            String token = bearer(api, api.unitA());
            JsonObject first = api.submit(token, BATCH);
            assertEquals(3, first.getInt("created"));
            assertEquals(0, first.getInt("updated"));
            assertEquals(2, first.getInt("failed"));
            JsonObject bad = first.getJsonArray("results").getJsonObject(3);
            assertEquals("ERROR", bad.getString("status"));
            assertEquals(
                    "[\"formedOn.invalid\",\"channel.invalid\",\"title.required\"]",
                    bad.getJsonArray("errors").toString());
            assertEquals(
                    "[\"disclosure.item.publishedBeforeFormed\"]",
                    first.getJsonArray("results")
                            .getJsonObject(4)
                            .getJsonArray("errors")
                            .toString());

            JsonObject again = api.submit(token, BATCH);
            assertEquals(0, again.getInt("created"));
            assertEquals(3, again.getInt("updated"));
            assertEquals(
                    first.getJsonArray("results")
                            .getJsonObject(0)
                            .getJsonNumber("id")
                            .longValue(),
                    again.getJsonArray("results")
                            .getJsonObject(0)
                            .getJsonNumber("id")
                            .longValue());
            em.clear();
            long count = em.createQuery("SELECT COUNT(i) FROM ProactiveItem i WHERE i.unit.id = :u", Long.class)
                    .setParameter("u", api.unitA())
                    .getSingleResult();
            assertEquals(3, count, "cms-1..cms-3 once each");
            // the audit trail names the token the CMS wrote with, not "system"
            Long tokenId =
                    em.createQuery("SELECT t.id FROM ApiToken t", Long.class).getSingleResult();
            List<String> written = em
                    .createQuery("SELECT i.id FROM ProactiveItem i WHERE i.unit.id = :u", Long.class)
                    .setParameter("u", api.unitA())
                    .getResultList()
                    .stream()
                    .map(String::valueOf)
                    .toList();
            assertEquals(
                    List.of("API:" + tokenId + " CMS"),
                    em.createQuery(
                                    "SELECT DISTINCT e.username FROM AuditEntry e WHERE (e.entityType = 'ProactiveItem'"
                                            + " AND e.entityId IN :written) OR (e.entityType = 'ApiToken'"
                                            + " AND e.action = 'UPDATE')",
                                    String.class)
                            .setParameter("written", written)
                            .getResultList(),
                    "the items and the token's last use");
            ProactiveItem interpretation = em.createNamedQuery("ProactiveItem.byExternalId", ProactiveItem.class)
                    .setParameter("unitId", api.unitA())
                    .setParameter("externalId", "cms-3")
                    .getSingleResult();
            assertEquals("cms-2", interpretation.getInterpretationOf().getExternalId());
            assertEquals("WECHAT", interpretation.getChannel().name());

            // the interpreted document cannot lose its normative flag; that item is refused, the rest saved
            JsonObject unflag = api.submit(token, """
                    {"items": [
                      {"externalId": "cms-2", "title": "规范性文件", "normative": false, "formedOn": "2024-02-05"},
                      {"externalId": "cms-6", "title": "另一事项", "formedOn": "2024-02-06"}
                    ]}""");
            assertEquals(1, unflag.getInt("failed"));
            assertEquals(1, unflag.getInt("created"));
            assertEquals(
                    "[\"disclosure.item.interpretedStaysNormative\"]",
                    unflag.getJsonArray("results")
                            .getJsonObject(0)
                            .getJsonArray("errors")
                            .toString());
            em.clear();
            ProactiveItem document = em.createNamedQuery("ProactiveItem.byExternalId", ProactiveItem.class)
                    .setParameter("unitId", api.unitA())
                    .setParameter("externalId", "cms-2")
                    .getSingleResult();
            assertTrue(document.isNormative(), "still normative");
            assertEquals("X政规〔2024〕1号", document.getDocumentNumber(), "unchanged");
        } finally {
            em.close();
            emf.close();
        }
    }

    /**
     * An item naming itself as the document it interprets is that item's error; the rest of the
     * batch is saved (the refusal escaped the per-item checks and rolled the whole batch back).
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anItemInterpretingItselfIsAnItemErrorAndTheRestIsSaved(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            Api api = api(em);
            String token = bearer(api, api.unitA());
            assertEquals(1, api.submit(token, """
                    {"items": [
                      {"externalId": "doc-1", "title": "规范性文件", "normative": true, "formedOn": "2024-02-05"}
                    ]}""").getInt("created"));
            JsonObject self = api.submit(token, """
                    {"items": [
                      {"externalId": "doc-1", "title": "规范性文件（改）", "normative": true, "formedOn": "2024-02-05",
                       "interpretationOf": "doc-1"},
                      {"externalId": "new-1", "title": "自称解读", "formedOn": "2024-02-06", "interpretationOf": "new-1"},
                      {"externalId": "cms-7", "title": "另一事项", "formedOn": "2024-02-06"}
                    ]}""");
            assertEquals(2, self.getInt("failed"));
            assertEquals(1, self.getInt("created"));
            for (int i = 0; i < 2; i++) {
                assertEquals(
                        "[\"interpretationOf.self\"]",
                        self.getJsonArray("results")
                                .getJsonObject(i)
                                .getJsonArray("errors")
                                .toString());
            }
            em.clear();
            ProactiveItem document = em.createNamedQuery("ProactiveItem.byExternalId", ProactiveItem.class)
                    .setParameter("unitId", api.unitA())
                    .setParameter("externalId", "doc-1")
                    .getSingleResult();
            assertEquals("规范性文件", document.getTitle(), "unchanged");
            assertEquals(null, document.getInterpretationOf());
            assertEquals(
                    List.of("cms-7", "doc-1"),
                    em.createQuery(
                                    "SELECT i.externalId FROM ProactiveItem i WHERE i.unit.id = :u ORDER BY i.externalId",
                                    String.class)
                            .setParameter("u", api.unitA())
                            .getResultList());
        } finally {
            em.close();
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void tokensAreStoredHashedAndRefusedWhenMissingUnknownOrRevoked(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            Api api = api(em);
            ApiTokenService.IssuedToken issued = TestDatabase.inTransaction(em, e -> {
                return api.tokens().issue(api.unitA(), "CMS");
            });
            em.clear();
            Object storedHash = em.createNativeQuery("SELECT token_hash FROM api_token WHERE id = " + issued.id())
                    .getSingleResult();
            assertEquals(sha256(issued.secret()), storedHash, "only the SHA-256 is stored");
            assertNotEquals(issued.secret(), storedHash);
            assertEquals(64, storedHash.toString().length());
            String body = "{\"items\": []}";
            assertEquals(
                    401,
                    assertThrows(ApiException.class, () -> api.submit(null, body))
                            .getStatus());
            assertEquals(
                    401,
                    assertThrows(ApiException.class, () -> api.submit("Bearer kc_nonsense", body))
                            .getStatus());
            assertEquals(
                    401,
                    assertThrows(ApiException.class, () -> api.submit(issued.secret(), body))
                            .getStatus(),
                    "the secret without the Bearer scheme");
            assertEquals(0, api.submit("Bearer " + issued.secret(), body).getInt("created"));
            TestDatabase.inTransaction(em, e -> {
                api.tokens().revoke(issued.id());
                return null;
            });
            assertEquals(
                    401,
                    assertThrows(ApiException.class, () -> api.submit("Bearer " + issued.secret(), body))
                            .getStatus());
        } finally {
            em.close();
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void badJsonIs400AndAnOversizedBatchIs413(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            Api api = api(em);
            String token = bearer(api, api.unitA());
            assertEquals(
                    400,
                    assertThrows(ApiException.class, () -> api.submit(token, "{\"items\": ["))
                            .getStatus());
            assertEquals(
                    400,
                    assertThrows(ApiException.class, () -> api.submit(token, "[1, 2]"))
                            .getStatus());
            assertEquals(
                    400,
                    assertThrows(ApiException.class, () -> api.submit(token, "{\"items\": 3}"))
                            .getStatus());
            StringBuilder big = new StringBuilder("{\"items\": [");
            for (int i = 0; i <= ItemBatchService.MAX_ITEMS; i++) {
                big.append(i == 0 ? "" : ",")
                        .append("{\"externalId\": \"x")
                        .append(i)
                        .append("\", \"title\": \"t\", \"formedOn\": \"2024-02-05\"}");
            }
            big.append("]}");
            ApiException tooMany = assertThrows(ApiException.class, () -> api.submit(token, big.toString()));
            assertEquals(413, tooMany.getStatus(), "1,001 items");
            String huge = "{\"items\": [], \"padding\": \"" + "x".repeat(ItemBatchApi.MAX_BODY_BYTES) + "\"}";
            assertEquals(
                    413,
                    assertThrows(ApiException.class, () -> api.submit(token, huge))
                            .getStatus());
            em.clear();
            assertEquals(
                    0L,
                    em.createQuery("SELECT COUNT(i) FROM ProactiveItem i WHERE i.unit.id = :u", Long.class)
                            .setParameter("u", api.unitA())
                            .getSingleResult());
        } finally {
            em.close();
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTokenOfAnotherUnitCannotWriteThereNorTouchItsItems(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            Api api = api(em);
            String tokenA = bearer(api, api.unitA());
            String tokenB = bearer(api, api.unitB());
            assertThrows(AccessDeniedException.class, () -> api.submit(tokenA, "{\"unit\": \"B\", \"items\": []}"));
            String item = "{\"items\": [{\"externalId\": \"same\", \"title\": \"乙镇的\", \"formedOn\": \"2024-02-05\"}]}";
            assertEquals(1, api.submit(tokenB, item).getInt("created"));
            // the same external id from unit A's CMS is unit A's own item, never B's
            JsonObject fromA = api.submit(tokenA, item.replace("乙镇的", "甲局的"));
            assertEquals(1, fromA.getInt("created"));
            em.clear();
            ProactiveItem b = em.createNamedQuery("ProactiveItem.byExternalId", ProactiveItem.class)
                    .setParameter("unitId", api.unitB())
                    .setParameter("externalId", "same")
                    .getSingleResult();
            assertEquals("乙镇的", b.getTitle());
            assertTrue(api.submit(tokenB, "{\"unit\": \"B\", \"items\": []}")
                    .getJsonArray("results")
                    .isEmpty());
        } finally {
            em.close();
            emf.close();
        }
    }
}
