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
     * Bars of a percentage per label (left axis, 0–100) with a count per label as points on a right
     * axis of whole numbers: e.g. each unit's training coverage and its overdue inductions. The
     * counts are points, not a line: the labels are separate things, not a sequence.
     */
    public static String barsWithCounts(
            List<String> labels,
            String percentLabel,
            List<? extends Number> percents,
            String countLabel,
            List<? extends Number> counts) {
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("label", percentLabel)
                        .add("data", data(percents))
                        .add("backgroundColor", RED)
                        .add("yAxisID", "y"))
                .add(Json.createObjectBuilder()
                        .add("label", countLabel)
                        .add("data", data(counts))
                        .add("type", "line")
                        .add("showLine", false)
                        .add("pointRadius", 5)
                        .add("pointStyle", "rectRot")
                        .add("borderColor", LINE_COLOURS[1])
                        .add("backgroundColor", LINE_COLOURS[1])
                        .add("yAxisID", "y1"));
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("y", Json.createObjectBuilder().add("min", 0).add("max", 100))
                .add(
                        "y1",
                        Json.createObjectBuilder()
                                .add("position", "right")
                                .add("min", 0)
                                .add("suggestedMax", 1)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))
                                .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)));
        return chart("bar", labels, datasets, scales);
    }

    /**
     * A line chart of several series over the same labels, with a fixed value axis from
     * {@code min} to {@code max} (e.g. 0–100 for percentages), so that charts of different
     * periods compare at a glance.
     */
    public static String line(List<String> labels, List<Series> series, Number min, Number max) {
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
        return chart("line", labels, datasets, Json.createObjectBuilder().add("y", y));
    }

    /** A chart of these datasets over the labels, filling its element's height (the page sets it). */
    private static String chart(String type, List<String> labels, JsonArrayBuilder datasets, JsonObjectBuilder scales) {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        return Json.createObjectBuilder()
                .add("type", type)
                .add(
                        "data",
                        Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("scales", scales))
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
