package org.kaocheng.calendar.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.BiFunction;
import org.kaocheng.calendar.application.DueDate;

/**
 * The due-date API's answers as JSON text (JSON-P), kept apart from the JAX-RS resource so that
 * the parameter checks and the shape of the answer are tested without a server.
 */
final class DueDateJson {

    /** Largest N accepted: statutory periods are 20 + 20 working days; this leaves room. */
    static final int MAX_WORKING_DAYS = 1000;

    /** An HTTP status and its JSON body. */
    record Answer(int status, String body) {}

    private DueDateJson() {}

    static Answer answer(String from, String workingDays, BiFunction<LocalDate, Integer, DueDate> calendar) {
        if (from == null || from.isBlank()) {
            return error("from", "missing parameter 'from' (YYYY-MM-DD)");
        }
        LocalDate start;
        try {
            start = LocalDate.parse(from.trim());
        } catch (DateTimeParseException e) {
            return error("from", "'from' must be a date as YYYY-MM-DD, not '" + from + "'");
        }
        if (workingDays == null || workingDays.isBlank()) {
            return error("workingDays", "missing parameter 'workingDays' (0.." + MAX_WORKING_DAYS + ")");
        }
        int n;
        try {
            n = Integer.parseInt(workingDays.trim());
        } catch (NumberFormatException e) {
            return error("workingDays", "'workingDays' must be a whole number, not '" + workingDays + "'");
        }
        if (n < 0 || n > MAX_WORKING_DAYS) {
            return error("workingDays", "'workingDays' must be from 0 to " + MAX_WORKING_DAYS);
        }
        DueDate due;
        try {
            due = calendar.apply(start, n);
        } catch (IllegalArgumentException e) {
            return error("from", e.getMessage());
        }
        String body = Json.createObjectBuilder()
                .add("from", start.toString())
                .add("workingDays", n)
                .add("dueDate", due.date().toString())
                .add("provisional", due.provisional())
                .add("skippedHolidays", dates(due.skippedHolidays()))
                .add("countedMakeUpDays", dates(due.countedMakeUpDays()))
                .build()
                .toString();
        return new Answer(200, body);
    }

    private static JsonArrayBuilder dates(List<LocalDate> days) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        days.forEach(d -> array.add(d.toString()));
        return array;
    }

    private static Answer error(String parameter, String message) {
        return new Answer(
                400,
                Json.createObjectBuilder()
                        .add("error", message)
                        .add("parameter", parameter)
                        .build()
                        .toString());
    }
}
