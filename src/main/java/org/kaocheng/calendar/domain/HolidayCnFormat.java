package org.kaocheng.calendar.domain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and validates a year's schedule in the format of NateScarlet/holiday-cn:
 * {@code {"year": 2024, "papers": ["https://www.gov.cn/..."], "days": [{"name": "春节",
 * "date": "2024-02-10", "isOffDay": true}, ...]}}. Every problem of the file is reported, not
 * only the first; a file with any problem yields no schedule.
 */
public final class HolidayCnFormat {

    /** Largest file accepted: a year has a few dozen days. */
    public static final int MAX_BYTES = 256 * 1024;

    public static final int MAX_NAME_LENGTH = 50;
    public static final int MAX_PAPER_LENGTH = 500;
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private HolidayCnFormat() {}

    /** The file's schedule, or every problem found. */
    public sealed interface Result permits Valid, Invalid {}

    public record Valid(ScheduleFile schedule) implements Result {}

    public record Invalid(List<ImportProblem> problems) implements Result {

        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Parses and validates a file.
     *
     * @param expectedYear the year the administrator is importing, or null to take the file's
     */
    public static Result read(byte[] content, Integer expectedYear) {
        List<ImportProblem> problems = new ArrayList<>();
        if (content == null || content.length == 0) {
            return new Invalid(List.of(ImportProblem.of("-", "calendar.import.empty")));
        }
        if (content.length > MAX_BYTES) {
            return new Invalid(List.of(ImportProblem.of("-", "calendar.import.tooLarge", MAX_BYTES / 1024)));
        }
        JsonValue root;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(stripBom(content)))) {
            root = reader.readValue();
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "-" : at.getLineNumber() + ":" + at.getColumnNumber();
            return new Invalid(List.of(ImportProblem.of(where, "calendar.import.malformed", e.getMessage())));
        } catch (JsonException e) {
            return new Invalid(List.of(ImportProblem.of("-", "calendar.import.malformed", e.getMessage())));
        }
        if (root.getValueType() != JsonValue.ValueType.OBJECT) {
            return new Invalid(List.of(ImportProblem.of("-", "calendar.import.notObject")));
        }
        JsonObject file = root.asJsonObject();

        Integer year = readYear(file, expectedYear, problems);
        List<String> papers = readPapers(file, problems);
        List<ScheduledDay> days = readDays(file, year, problems);
        if (!problems.isEmpty() || year == null) {
            return new Invalid(problems);
        }
        return new Valid(new ScheduleFile(year, papers, days));
    }

    private static Integer readYear(JsonObject file, Integer expectedYear, List<ImportProblem> problems) {
        JsonValue value = file.get("year");
        if (value == null || value.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) value).isIntegral()) {
            problems.add(ImportProblem.of("year", "calendar.import.year.invalid", value));
            return null;
        }
        int year = ((JsonNumber) value).intValue();
        if (year < CalendarSnapshot.FIRST_DAY.getYear() || year > 2100) {
            problems.add(
                    ImportProblem.of("year", "calendar.import.year.range", year, CalendarSnapshot.FIRST_DAY.getYear()));
            return null;
        }
        if (expectedYear != null && year != expectedYear) {
            problems.add(ImportProblem.of("year", "calendar.import.year.mismatch", year, expectedYear));
        }
        return year;
    }

    private static List<String> readPapers(JsonObject file, List<ImportProblem> problems) {
        JsonValue value = file.get("papers");
        List<String> papers = new ArrayList<>();
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            problems.add(ImportProblem.of("papers", "calendar.import.papers.invalid"));
            return papers;
        }
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            JsonValue paper = array.get(i);
            if (paper.getValueType() != JsonValue.ValueType.STRING
                    || ((JsonString) paper).getString().isBlank()) {
                problems.add(ImportProblem.of("papers[" + i + "]", "calendar.import.paper.invalid"));
            } else if (((JsonString) paper).getString().length() > MAX_PAPER_LENGTH) {
                problems.add(ImportProblem.of("papers[" + i + "]", "calendar.import.paper.tooLong", MAX_PAPER_LENGTH));
            } else {
                papers.add(((JsonString) paper).getString().trim());
            }
        }
        if (array.isEmpty()) {
            // holiday-cn publishes an empty file for a year whose notice is not out yet:
            // importing it would wrongly mark the year as published.
            problems.add(ImportProblem.of("papers", "calendar.import.papers.empty"));
        }
        return papers;
    }

    private static List<ScheduledDay> readDays(JsonObject file, Integer year, List<ImportProblem> problems) {
        JsonValue value = file.get("days");
        List<ScheduledDay> days = new ArrayList<>();
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            problems.add(ImportProblem.of("days", "calendar.import.days.invalid"));
            return days;
        }
        JsonArray array = value.asJsonArray();
        if (array.isEmpty()) {
            problems.add(ImportProblem.of("days", "calendar.import.days.empty"));
        }
        Map<LocalDate, Integer> seen = new HashMap<>();
        Map<LocalDate, Boolean> offByDay = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "days[" + i + "]";
            JsonValue entry = array.get(i);
            if (entry.getValueType() != JsonValue.ValueType.OBJECT) {
                problems.add(ImportProblem.of(at, "calendar.import.day.notObject"));
                continue;
            }
            JsonObject day = entry.asJsonObject();
            String name = stringOf(day.get("name"));
            if (name == null || name.isBlank()) {
                problems.add(ImportProblem.of(at + ".name", "calendar.import.day.name.invalid"));
            } else if (name.trim().length() > MAX_NAME_LENGTH) {
                problems.add(ImportProblem.of(at + ".name", "calendar.import.day.name.tooLong", MAX_NAME_LENGTH));
            }
            JsonValue off = day.get("isOffDay");
            Boolean isOffDay = off == JsonValue.TRUE ? Boolean.TRUE : off == JsonValue.FALSE ? Boolean.FALSE : null;
            if (isOffDay == null) {
                problems.add(ImportProblem.of(at + ".isOffDay", "calendar.import.day.isOffDay.invalid"));
            }
            String text = stringOf(day.get("date"));
            LocalDate date = null;
            try {
                date = text == null ? null : LocalDate.parse(text, ISO_DATE);
            } catch (DateTimeParseException e) {
                date = null;
            }
            if (date == null) {
                problems.add(ImportProblem.of(at + ".date", "calendar.import.day.date.invalid", text));
                continue;
            }
            if (year != null && !ScheduleFile.withinScheduleWindow(year, date)) {
                problems.add(ImportProblem.of(at + ".date", "calendar.import.day.date.outside", date, year));
            }
            Integer earlier = seen.putIfAbsent(date, i);
            if (earlier != null) {
                Boolean earlierOff = offByDay.get(date);
                boolean conflicting = earlierOff != null && isOffDay != null && !earlierOff.equals(isOffDay);
                problems.add(ImportProblem.of(
                        at + ".date",
                        conflicting ? "calendar.import.day.offAndWorking" : "calendar.import.day.duplicate",
                        date,
                        "days[" + earlier + "]"));
                continue;
            }
            offByDay.put(date, isOffDay);
            if (name != null && !name.isBlank() && isOffDay != null) {
                days.add(new ScheduledDay(date, isOffDay ? DayKind.HOLIDAY : DayKind.MAKEUP_WORKDAY, name.trim()));
            }
        }
        days.sort(java.util.Comparator.comparing(ScheduledDay::day));
        return days;
    }

    private static String stringOf(JsonValue value) {
        return value != null && value.getValueType() == JsonValue.ValueType.STRING
                ? ((JsonString) value).getString()
                : null;
    }

    private static byte[] stripBom(byte[] content) {
        if (content.length >= 3
                && (content[0] & 0xFF) == 0xEF
                && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF) {
            return java.util.Arrays.copyOfRange(content, 3, content.length);
        }
        return content;
    }
}
