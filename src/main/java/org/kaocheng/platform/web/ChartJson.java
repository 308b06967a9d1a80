package org.kaocheng.platform.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces 15's {@code <p:chart value="...">}, which takes the
 * chart as JSON. Built with JSON-P so labels are escaped properly.
 */
public final class ChartJson {

    private static final String RED = "rgba(166, 27, 27, 0.75)";
    private static final String[] LINE_COLOURS = {
        "rgba(166, 27, 27, 0.85)", "rgba(52, 90, 140, 0.85)", "rgba(90, 130, 60, 0.85)", "rgba(120, 120, 120, 0.85)"
    };

    private ChartJson() {}

    /** One line of a line chart: its legend label and its values (null = no value, the line spans the gap). */
    public record Series(String label, List<? extends Number> values) {}

    /** A bar chart of one series; horizontal when there are many long labels. */
    public static String bar(
            List<String> labels, String seriesLabel, List<? extends Number> values, boolean horizontal) {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonObjectBuilder dataset = Json.createObjectBuilder()
                .add("label", seriesLabel)
                .add("data", data(values))
                .add("backgroundColor", RED);
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false)));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labelArray)
                                .add("datasets", Json.createArrayBuilder().add(dataset)))
                .add("options", options)
                .build()
                .toString();
    }

    /**
     * A line chart of several series over the same labels, with a fixed value axis from
     * {@code min} to {@code max} (e.g. 0–100 for percentages), so that charts of different
     * periods compare at a glance.
     */
    public static String line(List<String> labels, List<Series> series, Number min, Number max) {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            datasets.add(Json.createObjectBuilder()
                    .add("label", s.label())
                    .add("data", data(s.values()))
                    .add("spanGaps", true)
                    .add("borderColor", LINE_COLOURS[i % LINE_COLOURS.length])
                    .add("backgroundColor", LINE_COLOURS[i % LINE_COLOURS.length]));
        }
        JsonObjectBuilder y = Json.createObjectBuilder();
        if (min != null) {
            y.add("min", number(min));
        }
        if (max != null) {
            y.add("max", number(max));
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add(
                        "data",
                        Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("scales", Json.createObjectBuilder().add("y", y)))
                .build()
                .toString();
    }

    private static JsonArrayBuilder data(List<? extends Number> values) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Number n : values) {
            if (n == null) {
                data.addNull();
            } else {
                data.add(number(n));
            }
        }
        return data;
    }

    private static BigDecimal number(Number n) {
        return n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
    }
}
