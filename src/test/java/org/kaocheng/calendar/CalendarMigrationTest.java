package org.kaocheng.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
