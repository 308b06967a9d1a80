package org.kaocheng.platform.audit;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One attribute of an audit row, before and after (null where the row has no such side: a
 * creation has no old values, a deletion no new ones), for reading the trail: the stored values
 * are JSON objects of the changed attributes (an update) or of all of them (a creation, a
 * deletion), written by {@link AuditValues}. An empty value reads {@value #EMPTY}; a creation or
 * deletion lists only the attributes that have a value.
 */
public record AuditChange(String attribute, String oldValue, String newValue) implements Serializable {

    /** How an empty (JSON null) value reads. */
    public static final String EMPTY = "—";

    /**
     * The attributes of a row in the order stored (old side first). Values that are not a JSON
     * object (cut at the stored maximum length, or written by an older version) come back whole as
     * one change without an attribute name.
     */
    public static List<AuditChange> of(String oldValues, String newValues) {
        Map<String, String> before = parse(oldValues);
        Map<String, String> after = parse(newValues);
        if ((oldValues != null && before == null) || (newValues != null && after == null)) {
            return List.of(new AuditChange(null, oldValues, newValues));
        }
        Set<String> attributes = new LinkedHashSet<>();
        if (before != null) {
            attributes.addAll(before.keySet());
        }
        if (after != null) {
            attributes.addAll(after.keySet());
        }
        List<AuditChange> changes = new ArrayList<>();
        for (String attribute : attributes) {
            if ((before == null || after == null) && EMPTY.equals((before == null ? after : before).get(attribute))) {
                continue; // a creation's or deletion's empty attributes say nothing
            }
            changes.add(new AuditChange(
                    attribute,
                    before == null ? null : before.get(attribute),
                    after == null ? null : after.get(attribute)));
        }
        return changes;
    }

    /** The object's values as text (a JSON null as {@value #EMPTY}), or null when the text is not a JSON object. */
    private static Map<String, String> parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        JsonObject object;
        try (var reader = Json.createReader(new StringReader(json))) {
            object = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        object.forEach((key, value) -> values.put(key, text(value)));
        return values;
    }

    private static String text(JsonValue value) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return EMPTY;
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }
}
