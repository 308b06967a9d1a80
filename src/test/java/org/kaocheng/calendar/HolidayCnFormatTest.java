package org.kaocheng.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaocheng.calendar.domain.DayKind;
import org.kaocheng.calendar.domain.HolidayCnFormat;
import org.kaocheng.calendar.domain.ImportProblem;
import org.kaocheng.calendar.domain.ScheduleFile;

/** Reading schedule files in the holiday-cn format: every problem is reported at once. */
class HolidayCnFormatTest {

    private static HolidayCnFormat.Result read(String json, Integer year) {
        return HolidayCnFormat.read(json.getBytes(StandardCharsets.UTF_8), year);
    }

    private static List<String> keys(HolidayCnFormat.Result result) {
        return assertInstanceOf(HolidayCnFormat.Invalid.class, result).problems().stream()
                .map(p -> p.location() + " " + p.messageKey())
                .toList();
    }

    @Test
    void everyShippedYearIsAValidSchedule() {
        for (int year = ShippedSchedules.FIRST_YEAR; year <= ShippedSchedules.LAST_YEAR; year++) {
            ScheduleFile file = ShippedSchedules.file(year);
            assertEquals(year, file.year());
        }
        ScheduleFile y2024 = ShippedSchedules.file(2024);
        assertEquals(36, y2024.days().size());
        assertEquals(DayKind.MAKEUP_WORKDAY, y2024.days().get(1).kind(), "2024-02-04 is a make-up Sunday");
        assertEquals(List.of("https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm"), y2024.papers());
    }

    @Test
    void brokenJsonIsOneProblemWithItsPosition() {
        HolidayCnFormat.Result result = read("{\"year\": 2027, \"days\": [", 2027);
        List<ImportProblem> problems =
                assertInstanceOf(HolidayCnFormat.Invalid.class, result).problems();
        assertEquals(1, problems.size());
        assertEquals("calendar.import.malformed", problems.get(0).messageKey());
        assertTrue(problems.get(0).location().startsWith("1:"), "line:column of the error, here line 1");
    }

    @Test
    void everyProblemOfAWellFormedFileIsListed() {
        String json = """
                {"year": 2027, "papers": ["https://www.gov.cn/zhengce/content/2027.htm", 7],
                 "days": [
                   {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
                   {"name": "春节", "date": "2027-02-30", "isOffDay": true},
                   {"name": "国庆节", "date": "2028-02-01", "isOffDay": true},
                   {"name": "元旦", "date": "2027-01-01", "isOffDay": false},
                   {"name": "", "date": "2027-05-01", "isOffDay": "yes"},
                   {"name": "元旦", "date": "2026-12-31", "isOffDay": true},
                   {"name": "元旦", "date": "2026-11-30", "isOffDay": true},
                   "2027-10-01"
                 ]}
                """;
        assertEquals(
                List.of(
                        "papers[1] calendar.import.paper.invalid",
                        "days[1].date calendar.import.day.date.invalid",
                        "days[2].date calendar.import.day.date.outside",
                        "days[3].date calendar.import.day.offAndWorking",
                        "days[4].name calendar.import.day.name.invalid",
                        "days[4].isOffDay calendar.import.day.isOffDay.invalid",
                        "days[6].date calendar.import.day.date.outside",
                        "days[7] calendar.import.day.notObject"),
                keys(read(json, 2027)));
    }

    @Test
    void theEmptyFileOfAnUnpublishedYearIsRefused() {
        // holiday-cn's 2027.json as it was when the project shipped its data.
        String json = "{\"year\": 2027, \"papers\": [], \"days\": []}";
        assertEquals(
                List.of("papers calendar.import.papers.empty", "days calendar.import.days.empty"),
                keys(read(json, 2027)));
    }

    @Test
    void theFileMustBeOfTheYearBeingImported() {
        String json =
                "{\"year\": 2026, \"papers\": [\"n\"], \"days\": [{\"name\": \"元旦\", \"date\": \"2026-01-01\", \"isOffDay\": true}]}";
        assertEquals(List.of("year calendar.import.year.mismatch"), keys(read(json, 2027)));
        assertInstanceOf(HolidayCnFormat.Valid.class, read(json, null));
        assertEquals(List.of("- calendar.import.notObject"), keys(read("[1, 2]", null)));
        assertEquals(
                List.of(
                        "year calendar.import.year.invalid",
                        "papers calendar.import.papers.invalid",
                        "days calendar.import.days.invalid"),
                keys(read("{}", null)));
    }

    @Test
    void adjoiningDecemberAndJanuaryBelongToTheYearsSchedule() {
        String json = """
                {"year": 2019, "papers": ["n"], "days": [
                  {"name": "元旦", "date": "2018-12-29", "isOffDay": false},
                  {"name": "元旦", "date": "2020-01-01", "isOffDay": true}]}
                """;
        ScheduleFile file =
                assertInstanceOf(HolidayCnFormat.Valid.class, read(json, 2019)).schedule();
        assertEquals(2, file.days().size());
    }
}
