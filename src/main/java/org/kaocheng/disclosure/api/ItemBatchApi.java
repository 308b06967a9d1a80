package org.kaocheng.disclosure.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.kaocheng.disclosure.application.ApiTokenService;
import org.kaocheng.disclosure.application.ItemBatchService;
import org.kaocheng.disclosure.application.ItemBatchService.BatchResult;
import org.kaocheng.disclosure.application.ItemBatchService.ItemPayload;
import org.kaocheng.disclosure.application.ItemBatchService.ItemResult;
import org.kaocheng.disclosure.domain.PublicationChannel;
import org.kaocheng.platform.audit.AuditActor;

/**
 * The item batch call without HTTP: authentication, size limits, JSON parsing and the answer.
 * Kept apart from the Jakarta REST resource so that every refusal is testable on its own.
 *
 * <pre>
 * {"unit": "A01" (optional), "items": [{"externalId": "cms-1", "title": "...", "documentNumber": "...",
 *   "category": "...", "normative": false, "formedOn": "2024-02-05", "publishedOn": "2024-02-06",
 *   "channel": "WEBSITE", "link": "https://...", "interpretationOf": "cms-0"}]}
 * </pre>
 */
@ApplicationScoped
public class ItemBatchApi {

    /** Enough for 1,000 items with long titles and links; more is refused before parsing. */
    public static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    @Inject
    ApiTokenService tokens;

    @Inject
    ItemBatchService batches;

    /**
     * @throws ApiException 401 without a valid token, 413 for a body or batch too large, 400 for
     *                      bad JSON
     * @throws org.kaocheng.platform.security.AccessDeniedException when the batch names another unit
     */
    public JsonObject submit(String authorization, InputStream body) {
        ApiTokenService.Caller caller = tokens.authenticate(authorization)
                .orElseThrow(() -> new ApiException(401, "unauthorized", "a valid Bearer token is required"));
        String text = read(body);
        JsonObject request;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ApiException(400, "badJson", "the body must be a JSON object");
            }
            request = value.asJsonObject();
        } catch (JsonParsingException e) {
            throw new ApiException(400, "badJson", "the body is not valid JSON: " + e.getMessage());
        }
        JsonValue itemsValue = request.get("items");
        if (itemsValue == null || itemsValue.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new ApiException(400, "badJson", "\"items\" must be an array");
        }
        JsonArray items = itemsValue.asJsonArray();
        if (items.size() > ItemBatchService.MAX_ITEMS) {
            throw new ApiException(413, "batchTooLarge", "at most " + ItemBatchService.MAX_ITEMS + " items per call");
        }
        String unitCode = text(request, "unit");
        List<ItemPayload> payloads = new ArrayList<>();
        for (JsonValue v : items) {
            payloads.add(payload(v));
        }
        return answer(AuditActor.as(caller.auditName(), () -> batches.submit(caller.unitId(), unitCode, payloads)));
    }

    private static String read(InputStream body) {
        if (body == null) {
            throw new ApiException(400, "badJson", "empty body");
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = body.read(buffer)) != -1) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BODY_BYTES) {
                    throw new ApiException(413, "bodyTooLarge", "at most " + MAX_BODY_BYTES + " bytes per call");
                }
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ItemPayload payload(JsonValue value) {
        List<String> errors = new ArrayList<>();
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            return new ItemPayload(
                    null, null, null, null, false, null, null, null, null, null, List.of("item.notAnObject"));
        }
        JsonObject o = value.asJsonObject();
        LocalDate formed = date(o, "formedOn", errors);
        LocalDate published = date(o, "publishedOn", errors);
        PublicationChannel channel = PublicationChannel.WEBSITE;
        String channelText = text(o, "channel");
        if (channelText != null) {
            try {
                channel = PublicationChannel.valueOf(channelText.trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                errors.add("channel.invalid");
            }
        }
        boolean normative = o.containsKey("normative") && o.get("normative") == JsonValue.TRUE;
        return new ItemPayload(
                text(o, "externalId"),
                text(o, "title"),
                text(o, "documentNumber"),
                text(o, "category"),
                normative,
                formed,
                published,
                channel,
                text(o, "link"),
                text(o, "interpretationOf"),
                errors);
    }

    private static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return v instanceof JsonString s ? s.getString() : v.toString();
    }

    private static LocalDate date(JsonObject o, String key, List<String> errors) {
        String text = text(o, key);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add(key + ".invalid");
            return null;
        }
    }

    private static JsonObject answer(BatchResult result) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (ItemResult r : result.results()) {
            JsonObjectBuilder row = Json.createObjectBuilder()
                    .add("index", r.index())
                    .add("status", r.status().name());
            if (r.externalId() != null) {
                row.add("externalId", r.externalId());
            }
            if (r.id() != null) {
                row.add("id", r.id());
            }
            if (!r.errors().isEmpty()) {
                row.add("errors", Json.createArrayBuilder(r.errors()));
            }
            rows.add(row);
        }
        return Json.createObjectBuilder()
                .add("created", result.count(ItemBatchService.Status.CREATED))
                .add("updated", result.count(ItemBatchService.Status.UPDATED))
                .add("failed", result.count(ItemBatchService.Status.ERROR))
                .add("results", rows)
                .build();
    }
}
