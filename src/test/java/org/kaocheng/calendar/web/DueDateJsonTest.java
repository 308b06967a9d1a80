package org.kaocheng.calendar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaocheng.calendar.ShippedSchedules;
import org.kaocheng.calendar.application.StatutoryWorkingDayCalendar;

/** The due-date API's answers: the JSON shape and a 400 with a message for every bad parameter. */
class DueDateJsonTest {

    private final StatutoryWorkingDayCalendar calendar = StatutoryWorkingDayCalendar.of(ShippedSchedules.snapshot());

    private DueDateJson.Answer ask(String from, String workingDays) {
        return DueDateJson.answer(from, workingDays, calendar::addWorkingDays);
    }

    private static JsonObject json(DueDateJson.Answer answer) {
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    @Test
    void theSpringFestivalExampleAsJson() {
        DueDateJson.Answer answer = ask("2024-02-05", "5");
        assertEquals(200, answer.status());
        JsonObject body = json(answer);
        assertEquals("2024-02-18", body.getString("dueDate"));
        assertEquals(false, body.getBoolean("provisional"));
        assertEquals(8, body.getJsonArray("skippedHolidays").size());
        assertEquals("2024-02-10", body.getJsonArray("skippedHolidays").getString(0));
        assertEquals(
                List.of("2024-02-18"),
                body.getJsonArray("countedMakeUpDays").getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void aDeadlineIn2027IsProvisional() {
        JsonObject body = json(ask("2026-12-25", "10"));
        assertEquals("2027-01-08", body.getString("dueDate"));
        assertTrue(body.getBoolean("provisional"));
    }

    @Test
    void badParametersAnswer400WithAMessage() {
        for (String[] bad : new String[][] {
            {null, "5"},
            {"2024-02-30", "5"},
            {"05/02/2024", "5"},
            {"2024-02-05", null},
            {"2024-02-05", "five"},
            {"2024-02-05", "-1"},
            {"2024-02-05", "1001"},
            {"2017-06-01", "5"},
            {"2030-12-20", "20"}
        }) {
            DueDateJson.Answer answer = ask(bad[0], bad[1]);
            assertEquals(400, answer.status(), () -> List.of(bad).toString());
            JsonObject body = json(answer);
            assertTrue(!body.getString("error").isBlank() && body.containsKey("parameter"), answer::body);
        }
        assertEquals("workingDays", json(ask("2024-02-05", "five")).getString("parameter"));
    }
}
