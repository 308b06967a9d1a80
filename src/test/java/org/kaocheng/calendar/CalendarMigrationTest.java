package org.kaocheng.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.calendar.application.CalendarData;
import org.kaocheng.calendar.application.CalendarSql;
import org.kaocheng.calendar.domain.CalendarSnapshot;
import org.kaocheng.calendar.domain.HolidayDay;
import org.kaocheng.calendar.domain.ScheduleFile;
import org.kaocheng.calendar.domain.ScheduledDay;
import org.kaocheng.testsupport.TestDatabase;

/**
 * The migrated database holds exactly the shipped schedules, its {@code calendar_day} equals the
 * Java calendar, and SQL over {@code calendar_day} computes the same deadlines as Java, on H2 and
 * on PostgreSQL.
 */
class CalendarMigrationTest {

    private static final CalendarSnapshot JAVA = ShippedSchedules.snapshot();

    @org.junit.jupiter.api.Test
    void committedMigrationsAreWhatTheGeneratorWritesFromTheShippedJson() throws java.io.IOException {
        assertEquals(GenerateCalendarMigrations.schedules(), resource("/db/migration/V2_0__holiday_schedules.sql"));
        assertEquals(
                GenerateCalendarMigrations.calendarDays(), resource("/db/migration/V2_1__calendar_day_2018_2030.sql"));
    }

    private static String resource(String path) throws java.io.IOException {
        try (java.io.InputStream in = CalendarMigrationTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void migratedSchedulesAreTheShippedJson(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            List<String> expected = new ArrayList<>();
            java.util.Map<Integer, List<String>> papers = new java.util.HashMap<>();
            for (ScheduleFile file : ShippedSchedules.all()) {
                papers.put(file.year(), file.papers());
                for (ScheduledDay day : file.days()) {
                    expected.add(file.year() + " " + day.day() + " " + day.kind() + " " + day.name() + " true");
                }
            }
            List<String> stored = new ArrayList<>();
            for (HolidayDay day :
                    em.createNamedQuery("HolidayDay.all", HolidayDay.class).getResultList()) {
                int year = day.getSchedule().getYear();
                stored.add(year + " " + day.getDay() + " " + day.getKind() + " " + day.getName() + " "
                        + papers.getOrDefault(year, List.of()).contains(day.getNotice()));
            }
            expected.sort(null);
            stored.sort(null);
            assertEquals(expected, stored);
            assertEquals(
                    List.of(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026),
                    List.copyOf(CalendarData.load(em).publishedYears()));
        } finally {
            em.close();
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void migratedCalendarDayTableIsTheJavaCalendarFrom2018To2030(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            assertEquals(tableOf(JAVA), tableOf(em));
            assertEquals(tableOf(CalendarData.load(em)), tableOf(em), "the stored schedules build the same table");
            assertEquals(4748, JAVA.size(), "2018-01-01 to 2030-12-31: 13 years with 3 leap days");

            // rows known by hand from the State Council's 2024 notice, not from the calendar above
            assertTrue(working(em, "2024-02-18"), "Sun 02-18: make-up working day after the Spring Festival");
            assertTrue(working(em, "2024-02-04"), "Sun 02-04: make-up working day before it");
            assertFalse(working(em, "2024-02-17"), "Sat 02-17: last day of the Spring Festival holiday");
            assertFalse(working(em, "2024-02-12"), "Mon 02-12: Spring Festival holiday");
            assertTrue(working(em, "2024-09-29"), "Sun 09-29: make-up working day before National Day");
            assertFalse(working(em, "2024-10-01"), "Tue 10-01: National Day");
            assertFalse(working(em, "2024-10-07"), "Mon 10-07: last day of the National Day holiday");
            assertTrue(working(em, "2024-10-12"), "Sat 10-12: make-up working day after National Day");
            assertFalse(working(em, "2024-10-13"), "Sun 10-13: an ordinary Sunday");
            assertEquals(3, seq(em, "2024-02-19") - seq(em, "2024-02-08"), "after Thu 02-08: 02-09, Sun 02-18, 02-19");
            assertEquals(
                    6,
                    seq(em, "2024-10-14") - seq(em, "2024-09-30"),
                    "after Mon 09-30: 10-08 to 10-11, Sat 10-12, Mon 10-14");
            assertEquals(
                    251,
                    seq(em, "2024-12-31") - seq(em, "2023-12-31"),
                    "2024: 262 weekdays - 19 weekday holidays + 8 make-up days");
        } finally {
            em.close();
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void sqlDueDatesAgreeWithJavaForEveryStartDayAndManyPeriods(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            String sql = "SELECT x.day, x.n, x.due, CASE WHEN "
                    + CalendarSql.PROVISIONAL.replace(":from", "x.day").replace(":due", "x.due")
                    + " THEN 1 ELSE 0 END FROM (SELECT c.day AS day, o.n AS n, "
                    + CalendarSql.dueDate("c.day", "o.n") + " AS due FROM calendar_day c"
                    + " CROSS JOIN (VALUES (0), (1), (2), (3), (5), (7), (10), (15), (20), (40)) AS o(n)"
                    + " WHERE c.day <= CAST(?1 AS DATE)) x ORDER BY x.day, x.n";
            List<Object[]> rows = em.createNativeQuery(sql)
                    .setParameter(1, Date.valueOf("2030-09-30"))
                    .getResultList();
            // 2018-01-01 .. 2030-09-30: 4748 - 92 = 4656 start days, 10 periods each.
            assertEquals(46_560, rows.size());
            int provisional = 0;
            for (Object[] row : rows) {
                LocalDate from = ((Date) row[0]).toLocalDate();
                int n = ((Number) row[1]).intValue();
                CalendarSnapshot.Addition java = JAVA.addWorkingDays(from, n);
                assertEquals(java.date(), ((Date) row[2]).toLocalDate(), () -> from + " + " + n);
                assertEquals(
                        java.provisional(), ((Number) row[3]).intValue() == 1, () -> "provisional " + from + " + " + n);
                provisional += java.provisional() ? 1 : 0;
            }
            assertTrue(provisional > 10_000, "2027-2030 are unpublished: " + provisional);
        } finally {
            em.close();
            emf.close();
        }
    }

    private static Object[] calendarDay(EntityManager em, String day) {
        return (Object[]) em.createNativeQuery("SELECT working, seq FROM calendar_day WHERE day = ?1")
                .setParameter(1, Date.valueOf(day))
                .getSingleResult();
    }

    private static boolean working(EntityManager em, String day) {
        return Boolean.parseBoolean(calendarDay(em, day)[0].toString());
    }

    private static int seq(EntityManager em, String day) {
        return ((Number) calendarDay(em, day)[1]).intValue();
    }

    static List<String> tableOf(CalendarSnapshot calendar) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < calendar.size(); i++) {
            rows.add(calendar.dayAt(i) + " " + calendar.workingAt(i) + " " + calendar.seqAt(i) + " "
                    + calendar.provisionalAt(i));
        }
        return rows;
    }

    static List<String> tableOf(EntityManager em) {
        List<String> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT day, working, seq, provisional FROM calendar_day ORDER BY day")
                .getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(((Date) r[0]).toLocalDate() + " " + r[1] + " " + ((Number) r[2]).intValue() + " " + r[3]);
        }
        return rows;
    }
}
