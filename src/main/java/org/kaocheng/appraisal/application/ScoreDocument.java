package org.kaocheng.appraisal.application;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kaocheng.appraisal.domain.scoring.IndicatorScore;
import org.kaocheng.appraisal.domain.scoring.ScoreNote;

/**
 * A unit's indicator scores as one JSON document, stored with the unit's result
 * ({@code appraisal_unit_result.indicator_scores}): a city's run writes 1,000 documents instead of
 * 27,000 rows (a third of its computation), and a score sheet or a ranking page reads one row per
 * unit. An array in scheme order of objects {@code {"i": indicator id, "p": points, "s": score,
 * "l": lost, "v": metric value or null, "x": veto, "n": note, "f": formula}}; numbers keep their
 * scale ({@code 3.50}). Migration V12_1 wrote the documents of earlier runs in this form; the form
 * is therefore a stored format: extend it, never change it.
 */
final class ScoreDocument {

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private ScoreDocument() {}

    static String write(Collection<IndicatorScore> scores) {
        StringWriter out = new StringWriter(scores.size() * 96);
        try (JsonGenerator g = GENERATORS.createGenerator(out)) {
            g.writeStartArray();
            for (IndicatorScore s : scores) {
                g.writeStartObject()
                        .write("i", s.indicatorId())
                        .write("p", s.points())
                        .write("s", s.score())
                        .write("l", s.lost());
                if (s.metricValue() == null) {
                    g.writeNull("v");
                } else {
                    g.write("v", s.metricValue());
                }
                g.write("x", s.veto()).write("n", s.note().name()).write("f", s.formula());
                g.writeEnd();
            }
            g.writeEnd();
        }
        return out.toString();
    }

    /** The scores by indicator id, in the document's (scheme) order; empty for null. */
    static Map<Long, IndicatorScore> read(String document) {
        Map<Long, IndicatorScore> scores = new LinkedHashMap<>();
        if (document == null) {
            return scores;
        }
        JsonArray array;
        try (var reader = READERS.createReader(new StringReader(document))) {
            array = reader.readArray();
        }
        for (JsonValue value : array) {
            JsonObject o = value.asJsonObject();
            long id = o.getJsonNumber("i").longValueExact();
            scores.put(
                    id,
                    new IndicatorScore(
                            id,
                            decimal(o, "p"),
                            decimal(o, "s"),
                            decimal(o, "l"),
                            decimal(o, "v"),
                            o.getBoolean("x"),
                            ScoreNote.valueOf(o.getString("n")),
                            o.getString("f")));
        }
        return scores;
    }

    private static BigDecimal decimal(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : ((JsonNumber) v).bigDecimalValue();
    }
}
