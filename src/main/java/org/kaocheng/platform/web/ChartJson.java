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

    private ChartJson() {
    }

    /** A bar chart of one series; horizontal when there are many long labels. */
    public static String bar(List<String> labels, String seriesLabel, List<? extends Number> values, boolean horizontal) {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Number n : values) {
            if (n == null) {
                data.addNull();
            } else if (n instanceof BigDecimal d) {
                data.add(d);
            } else {
                data.add(n.doubleValue());
            }
        }
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", seriesLabel).add("data", data)
                .add("backgroundColor", RED);
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labelArray)
                        .add("datasets", Json.createArrayBuilder().add(dataset)))
                .add("options", options)
                .build().toString();
    }
}
