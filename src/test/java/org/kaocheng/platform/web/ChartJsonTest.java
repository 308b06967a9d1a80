package org.kaocheng.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Chart.js configurations p:chart receives: valid JSON, escaped labels, gaps as null. */
class ChartJsonTest {

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void aLineChartHasOneDatasetPerSeriesWithGapsAndAFixedAxis() {
        JsonObject chart = parse(ChartJson.line(
                List.of("1", "2", "3"),
                List.of(
                        new ChartJson.Series("主动公开 \"按时\"", Arrays.asList(new BigDecimal("50.00"), null, 100)),
                        new ChartJson.Series("依申请公开", List.of(0, 25.5, 75))),
                0,
                100));
        assertEquals("line", chart.getString("type"));
        var datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals(2, datasets.size());
        assertEquals("主动公开 \"按时\"", datasets.getJsonObject(0).getString("label"));
        assertEquals(
                JsonValue.NULL, datasets.getJsonObject(0).getJsonArray("data").get(1));
        assertEquals(
                new BigDecimal("50.00"),
                datasets.getJsonObject(0).getJsonArray("data").getJsonNumber(0).bigDecimalValue());
        assertEquals(
                25.5,
                datasets.getJsonObject(1).getJsonArray("data").getJsonNumber(1).doubleValue());
        assertEquals(true, datasets.getJsonObject(0).getBoolean("spanGaps"));
        JsonObject y = chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y");
        assertEquals(0, y.getInt("min"));
        assertEquals(100, y.getInt("max"));
        assertEquals(
                List.of("1", "2", "3"),
                chart.getJsonObject("data").getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void percentBarsWithCountsAsPointsOnAWholeNumberAxis() {
        JsonObject chart = parse(ChartJson.barsWithCounts(
                List.of("区教育局", "区财政局"), "覆盖率", List.of(new BigDecimal("25.0"), 50), "逾期岗前培训", List.of(0, 2)));
        var datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals("y", datasets.getJsonObject(0).getString("yAxisID"));
        assertEquals(
                new BigDecimal("25.0"),
                datasets.getJsonObject(0).getJsonArray("data").getJsonNumber(0).bigDecimalValue());
        JsonObject counts = datasets.getJsonObject(1);
        assertEquals("逾期岗前培训", counts.getString("label"));
        assertEquals(false, counts.getBoolean("showLine"), "separate units, not a sequence");
        assertEquals(2, counts.getJsonArray("data").getInt(1));
        JsonObject scales = chart.getJsonObject("options").getJsonObject("scales");
        assertEquals(100, scales.getJsonObject("y").getInt("max"));
        assertEquals(0, scales.getJsonObject("y1").getJsonObject("ticks").getInt("precision"), "whole numbers");
    }

    @Test
    void aBarChartKeepsItsSingleSeries() {
        JsonObject chart = parse(ChartJson.bar(List.of("区教育局"), "流动率 (%)", List.of(12.5), true));
        assertEquals("bar", chart.getString("type"));
        assertEquals("y", chart.getJsonObject("options").getString("indexAxis"));
        assertEquals(
                12.5,
                chart.getJsonObject("data")
                        .getJsonArray("datasets")
                        .getJsonObject(0)
                        .getJsonArray("data")
                        .getJsonNumber(0)
                        .doubleValue());
    }
}
