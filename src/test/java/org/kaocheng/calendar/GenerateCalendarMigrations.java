package org.kaocheng.calendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kaocheng.calendar.domain.CalendarSnapshot;
import org.kaocheng.calendar.domain.ScheduleFile;
import org.kaocheng.calendar.domain.ScheduledDay;

/**
 * Wrote the calendar's migrations once from the shipped JSON (run from the project directory:
 * {@code java -cp target/classes:target/test-classes:<jakarta.json> ...GenerateCalendarMigrations}).
 * The migrations are committed; {@code CalendarMigrationTest} proves they still match the JSON and
 * the Java calendar, so this generator needs running again only if the shipped data changes
 * (which a new migration, not an edited one, must then carry).
 */
public final class GenerateCalendarMigrations {

    /**
     * 2019 and 2020 each had a second notice that changed part of the first one. The JSON lists
     * both papers per year, not which day came from which: these days came from the second.
     */
    private static final Map<Integer, List<String>> SECOND_NOTICE_DAYS = Map.of(
            // 国务院办公厅关于调整2019年劳动节假期安排的通知 (2019-03-22)
            2019, List.of("2019-04-28", "2019-05-01", "2019-05-02", "2019-05-03", "2019-05-04", "2019-05-05"),
            // 国务院办公厅关于延长2020年春节假期的通知 (2020-01-26)
            2020, List.of("2020-01-31", "2020-02-01", "2020-02-02", "2020-02-03"));

    private GenerateCalendarMigrations() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of("src/main/resources/db/migration");
        Files.writeString(dir.resolve("V2_0__holiday_schedules.sql"), schedules(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("V2_1__calendar_day_2018_2030.sql"), calendarDays(), StandardCharsets.UTF_8);
    }

    static String notice(ScheduleFile file, ScheduledDay day) {
        List<String> second = SECOND_NOTICE_DAYS.get(file.year());
        if (second != null && file.papers().size() > 1) {
            return second.contains(day.day().toString())
                    ? file.papers().get(1)
                    : file.papers().get(0);
        }
        return file.papers().get(0);
    }

    static String schedules() {
        StringBuilder sql = new StringBuilder();
        sql.append("""
                -- Statutory holiday schedules (国务院办公厅关于部分节假日安排的通知) and the days they fix.
                -- Data 2018-2026: NateScarlet/holiday-cn (MIT licence, Copyright (c) 2019 NateScarlet),
                -- snapshot of 2026-08-07; see org/kaocheng/calendar/holiday-cn/NOTICE. Generated once by
                -- GenerateCalendarMigrations (test sources) from the shipped JSON; CalendarMigrationTest
                -- proves that these rows, the JSON and the Java calendar agree.
                -- A year with a row in holiday_schedule is published; a year without is provisional.
                CREATE SEQUENCE holiday_schedule_seq START WITH 1000 INCREMENT BY 50;
                CREATE SEQUENCE holiday_day_seq START WITH 1000 INCREMENT BY 50;

                CREATE TABLE holiday_schedule (
                    id             BIGINT PRIMARY KEY,
                    version        INTEGER NOT NULL DEFAULT 0,
                    schedule_year  INTEGER NOT NULL,
                    notices        VARCHAR(2000) NOT NULL,
                    changed_at     TIMESTAMP NOT NULL,
                    CONSTRAINT uk_holiday_schedule_year UNIQUE (schedule_year)
                );

                -- kind HOLIDAY: no work (放假); MAKEUP_WORKDAY: a working day (调休上班).
                -- A day belongs to one schedule: its year's, or the adjoining year's around New Year.
                CREATE TABLE holiday_day (
                    id           BIGINT PRIMARY KEY,
                    version      INTEGER NOT NULL DEFAULT 0,
                    schedule_id  BIGINT NOT NULL REFERENCES holiday_schedule (id),
                    day          DATE NOT NULL,
                    kind         VARCHAR(20) NOT NULL,
                    name         VARCHAR(50) NOT NULL,
                    notice       VARCHAR(500),
                    CONSTRAINT uk_holiday_day_day UNIQUE (day),
                    CONSTRAINT ck_holiday_day_kind CHECK (kind IN ('HOLIDAY', 'MAKEUP_WORKDAY'))
                );
                CREATE INDEX ix_holiday_day_schedule ON holiday_day (schedule_id);

                """);
        long dayId = 1;
        for (ScheduleFile file : ShippedSchedules.all()) {
            long scheduleId = file.year() - ShippedSchedules.FIRST_YEAR + 1;
            sql.append("INSERT INTO holiday_schedule (id, version, schedule_year, notices, changed_at) VALUES (")
                    .append(scheduleId)
                    .append(", 0, ")
                    .append(file.year())
                    .append(", ")
                    .append(literal(String.join("\n", file.papers())))
                    .append(", TIMESTAMP '2026-08-07 00:00:00');\n");
            sql.append("INSERT INTO holiday_day (id, version, schedule_id, day, kind, name, notice) VALUES\n");
            List<ScheduledDay> days = file.days();
            for (int i = 0; i < days.size(); i++) {
                ScheduledDay d = days.get(i);
                sql.append("  (")
                        .append(dayId++)
                        .append(", 0, ")
                        .append(scheduleId)
                        .append(", DATE '")
                        .append(d.day())
                        .append("', '")
                        .append(d.kind())
                        .append("', ")
                        .append(literal(d.name()))
                        .append(", ")
                        .append(literal(notice(file, d)))
                        .append(i == days.size() - 1 ? ");\n\n" : "),\n");
            }
        }
        return sql.toString();
    }

    static String calendarDays() {
        CalendarSnapshot calendar = ShippedSchedules.snapshot();
        StringBuilder sql = new StringBuilder();
        sql.append("-- calendar_day for ")
                .append(CalendarSnapshot.FIRST_DAY)
                .append(" to ")
                .append(calendar.lastDay())
                .append(" from the schedules of V2_0 (see WorkingDayCalendar for the meaning of\n")
                .append("-- the columns). Generated once by GenerateCalendarMigrations; later changes of a schedule\n")
                .append("-- rebuild the table in the same transaction (CalendarDayTable).\n");
        int chunk = 366;
        for (int start = 0; start < calendar.size(); start += chunk) {
            sql.append("INSERT INTO calendar_day (day, working, seq, provisional) VALUES\n");
            int end = Math.min(calendar.size(), start + chunk);
            for (int i = start; i < end; i++) {
                LocalDate day = calendar.dayAt(i);
                sql.append("  (DATE '")
                        .append(day)
                        .append("', ")
                        .append(calendar.workingAt(i))
                        .append(", ")
                        .append(calendar.seqAt(i))
                        .append(", ")
                        .append(calendar.provisionalAt(i))
                        .append(i == end - 1 ? ");\n" : "),\n");
            }
        }
        return sql.toString();
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
