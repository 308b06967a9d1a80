package org.kaocheng.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kaocheng.it.ItServer;

/** The public due-date API on the deployed application, without a login. */
class CalendarApiIT {

    private static final String BASE = ItServer.baseUrl();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> get(String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "api/calendar/due-date" + query))
                .timeout(Duration.ofSeconds(20))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSpringFestivalExampleIsAnsweredWithoutLogin() throws Exception {
        HttpResponse<String> response = get("?from=2024-02-05&workingDays=5");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals("2024-02-18", body.getString("dueDate"));
        assertEquals(false, body.getBoolean("provisional"));
        assertEquals(8, body.getJsonArray("skippedHolidays").size());
        assertEquals("2024-02-18", body.getJsonArray("countedMakeUpDays").getString(0));
    }

    @Test
    void aDeadlineIn2027IsProvisionalAndBadParametersAre400() throws Exception {
        JsonObject body = Json.createReader(
                        new StringReader(get("?from=2026-12-25&workingDays=10").body()))
                .readObject();
        assertEquals("2027-01-08", body.getString("dueDate"));
        assertTrue(body.getBoolean("provisional"));
        HttpResponse<String> bad = get("?from=2024-02-30&workingDays=5");
        assertEquals(400, bad.statusCode());
        assertTrue(Json.createReader(new StringReader(bad.body()))
                .readObject()
                .getString("error")
                .contains("from"));
        assertEquals(400, get("?from=2024-02-05").statusCode());
    }
}
