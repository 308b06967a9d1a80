package org.kaocheng.calendar.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.calendar.domain.CalendarSnapshot;
import org.kaocheng.calendar.domain.DayKind;
import org.kaocheng.calendar.domain.HolidayDay;
import org.kaocheng.calendar.domain.ImportProblem;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.security.UserAccount;
import org.kaocheng.testsupport.RecordingEvent;
import org.kaocheng.testsupport.TestDatabase;

/**
 * Managing schedules on H2 and PostgreSQL: every change leaves {@code calendar_day} equal to the
 * calendar built from scratch, in the same transaction; imports are all or nothing.
 */
class CalendarServiceTest {

    /**
     * A made-up 2027 schedule (the real one was not published when the data was taken):
     * New Year Fri 01-01; Spring Festival Sat 02-06 to Fri 02-12; make-up Sat 02-20.
     */
    static final String SCHEDULE_2027 = """
            {"year": 2027, "papers": ["https://www.gov.cn/zhengce/content/2027-test.htm"], "days": [
              {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
              {"name": "春节", "date": "2027-02-06", "isOffDay": true},
              {"name": "春节", "date": "2027-02-07", "isOffDay": true},
              {"name": "春节", "date": "2027-02-08", "isOffDay": true},
              {"name": "春节", "date": "2027-02-09", "isOffDay": true},
              {"name": "春节", "date": "2027-02-10", "isOffDay": true},
              {"name": "春节", "date": "2027-02-11", "isOffDay": true},
              {"name": "春节", "date": "2027-02-12", "isOffDay": true},
              {"name": "春节", "date": "2027-02-20", "isOffDay": false}]}
            """;

    private EntityManagerFactory emf;
    private EntityManager em;
    private CalendarService service;
    private RecordingEvent<CalendarChanged> events;

    private void open(TestDatabase db, Role role) {
        emf = TestDatabase.entityManagerFactory(db.create());
        em = emf.createEntityManager();
        service = serviceFor(role);
    }

    private CalendarService serviceFor(Role role) {
        UserAccount account = new UserAccount("u-" + role, "测试", "x");
        account.setRoles(EnumSet.of(role));
        CalendarService s = new CalendarService();
        s.em = em;
        s.user = CurrentUser.of(account);
        events = new RecordingEvent<>();
        s.changed = events;
        StatutoryWorkingDayCalendar calendar = new StatutoryWorkingDayCalendar();
        calendar.em = em;
        s.calendar = calendar;
        return s;
    }

    private <T> T tx(java.util.function.Supplier<T> work) {
        return TestDatabase.inTransaction(em, (java.util.function.Function<EntityManager, T>) e -> work.get());
    }

    private void run(Runnable work) {
        TestDatabase.inTransaction(em, (java.util.function.Consumer<EntityManager>) e -> work.run());
    }

    @AfterEach
    void close() {
        if (em != null) {
            em.close();
            emf.close();
        }
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** What the service has just committed must be what the calendar computes from scratch. */
    private void assertTableMatchesStoredSchedules() {
        em.clear();
        assertEquals(rows(CalendarData.load(em)), tableRows());
    }

    private List<String> tableRows() {
        List<String> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT day, working, seq, provisional FROM calendar_day ORDER BY day")
                .getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(((Date) r[0]).toLocalDate() + " " + r[1] + " " + ((Number) r[2]).intValue() + " " + r[3]);
        }
        return rows;
    }

    private static List<String> rows(CalendarSnapshot calendar) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < calendar.size(); i++) {
            rows.add(calendar.dayAt(i) + " " + calendar.workingAt(i) + " " + calendar.seqAt(i) + " "
                    + calendar.provisionalAt(i));
        }
        return rows;
    }

    private LocalDate sqlDueDate(String from, int n) {
        Object due = em.createNativeQuery("SELECT " + CalendarSql.dueDate("CAST(?1 AS DATE)", "CAST(?2 AS INTEGER)"))
                .setParameter(1, Date.valueOf(from))
                .setParameter(2, n)
                .getSingleResult();
        return ((Date) due).toLocalDate();
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void importingTheNextYearsScheduleEndsItsProvisionalDeadlinesAndRebuildsTheTable(TestDatabase db) {
        open(db, Role.ADMIN);
        List<String> migrated = tableRows();
        // Before: Fri 2026-12-25 + 10 on weekends only = Fri 2027-01-08, provisional.
        DueDate before = service.dueDate(d("2026-12-25"), 10);
        assertEquals(d("2027-01-08"), before.date());
        assertTrue(before.provisional());

        CalendarService.ImportResult result = tx(() -> service.importSchedule(bytes(SCHEDULE_2027), 2027, false));
        assertTrue(result.isSuccess(), () -> result.problems().toString());
        assertEquals(9, result.days());
        assertEquals(List.of(new CalendarChanged(2027)), events.fired);
        service.calendar.invalidate(); // the container does this after commit (CalendarChanged observer)

        // After: 12-28..12-31 (1-4); Fri 01-01 New Year; 01-04..01-08 (5-9); Mon 01-11 (10).
        DueDate after = service.dueDate(d("2026-12-25"), 10);
        assertEquals(d("2027-01-11"), after.date());
        assertFalse(after.provisional());
        assertEquals(List.of(d("2027-01-01")), after.skippedHolidays());
        assertEquals(d("2027-01-11"), sqlDueDate("2026-12-25", 10), "SQL agrees in the same database");
        // Fri 02-05 + 1: 02-06..02-12 off, Mon 02-15 (1); + 5: 02-16..02-19 (2-5); + 6: Sat 02-20 make-up.
        assertEquals(d("2027-02-20"), service.dueDate(d("2027-02-05"), 6).date());
        assertEquals(d("2027-02-20"), sqlDueDate("2027-02-05", 6));
        assertTableMatchesStoredSchedules();
        assertEquals(5113, tableRows().size(), "the calendar now runs to 2031-12-31 (2027 + 4): 4748 + 365 rows");
        assertEquals(0, count("SELECT COUNT(*) FROM calendar_day WHERE provisional AND day < DATE '2028-01-01'"));

        // The same year again without "replace": refused, nothing changes.
        CalendarService.ImportResult again = tx(() -> service.importSchedule(bytes(SCHEDULE_2027), 2027, false));
        assertEquals(
                List.of("calendar.import.exists"),
                again.problems().stream().map(ImportProblem::messageKey).toList());

        // Replaced by a corrected notice without the make-up Saturday: Sat 02-20 is off again.
        String corrected =
                SCHEDULE_2027.replace(",\n  {\"name\": \"春节\", \"date\": \"2027-02-20\", \"isOffDay\": false}", "");
        assertFalse(corrected.contains("02-20"));
        CalendarService.ImportResult replaced = tx(() -> service.importSchedule(bytes(corrected), 2027, true));
        assertTrue(
                replaced.isSuccess() && replaced.replaced(),
                () -> replaced.problems().toString());
        assertEquals(8, replaced.days());
        assertEquals(d("2027-02-22"), sqlDueDate("2027-02-05", 6), "02-15..02-19 (1-5), Mon 02-22 (6)");
        assertTableMatchesStoredSchedules();

        // Withdrawn: 2027 is provisional again and the table is exactly the migrated one.
        int version = service.schedule(2027).orElseThrow().getVersion();
        run(() -> service.withdraw(2027, version));
        assertEquals(migrated, tableRows());
        service.calendar.invalidate();
        assertTrue(service.dueDate(d("2026-12-25"), 10).provisional());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anImportWithProblemsStoresNothingAndListsThemAll(TestDatabase db) {
        open(db, Role.ADMIN);
        List<String> table = tableRows();
        long days = count("SELECT COUNT(*) FROM holiday_day");
        long audit = count("SELECT COUNT(*) FROM audit_entry");

        // Problems of the file itself.
        String broken = """
                {"year": 2027, "papers": ["https://www.gov.cn/x.htm"], "days": [
                  {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
                  {"name": "元旦", "date": "2027-01-01", "isOffDay": false},
                  {"name": "国庆节", "date": "2026-10-01", "isOffDay": true},
                  {"name": "春节", "date": "2027-13-01", "isOffDay": true}]}
                """;
        CalendarService.ImportResult result = tx(() -> service.importSchedule(bytes(broken), 2027, false));
        assertEquals(
                List.of(
                        "days[1].date calendar.import.day.offAndWorking",
                        "days[2].date calendar.import.day.date.outside",
                        "days[3].date calendar.import.day.date.invalid"),
                result.problems().stream()
                        .map(p -> p.location() + " " + p.messageKey())
                        .toList());

        CalendarService.ImportResult notJson = tx(() -> service.importSchedule(bytes("{\"year\": 2027,"), 2027, false));
        assertEquals(
                List.of("calendar.import.malformed"),
                notJson.problems().stream().map(ImportProblem::messageKey).toList());

        // Problems against the stored calendar: 2018 exists already (replace asked for), and
        // Sat 2018-12-29 belongs to the 2019 notice.
        String taken = """
                {"year": 2018, "papers": ["https://www.gov.cn/y.htm"], "days": [
                  {"name": "元旦", "date": "2018-01-01", "isOffDay": true},
                  {"name": "元旦", "date": "2018-12-29", "isOffDay": false}]}
                """;
        CalendarService.ImportResult conflict = tx(() -> service.importSchedule(bytes(taken), 2018, true));
        assertEquals(
                List.of("2018-12-29 calendar.import.day.taken"),
                conflict.problems().stream()
                        .map(p -> p.location() + " " + p.messageKey())
                        .toList());

        em.clear();
        assertEquals(days, count("SELECT COUNT(*) FROM holiday_day"), "no day stored");
        assertEquals(9, count("SELECT COUNT(*) FROM holiday_schedule"));
        assertEquals(audit, count("SELECT COUNT(*) FROM audit_entry"), "nothing changed, nothing audited");
        assertEquals(table, tableRows());
        assertTrue(events.fired.isEmpty());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void addingEditingAndRemovingADayRebuildsTheTableAndIsAudited(TestDatabase db) {
        open(db, Role.ADMIN);
        List<String> migrated = tableRows();
        // A made-up extra holiday on Wed 2025-12-31: Tue 12-30 + 1 jumps 12-31..01-03 to the make-up Sun 2026-01-04.
        assertEquals(d("2025-12-31"), sqlDueDate("2025-12-30", 1));
        HolidayDay added = tx(() -> service.addDay(
                new CalendarService.DayForm(2025, d("2025-12-31"), DayKind.HOLIDAY, "元旦", "国办发明电〔2025〕1号 (test)")));
        assertEquals(d("2026-01-04"), sqlDueDate("2025-12-30", 1));
        assertTableMatchesStoredSchedules();

        // Edited into a make-up Saturday 2025-12-27: Fri 12-26 + 1 = Sat 12-27.
        HolidayDay edited = tx(() -> service.updateDay(
                added.getId(),
                added.getVersion(),
                new CalendarService.DayForm(2025, d("2025-12-27"), DayKind.MAKEUP_WORKDAY, "元旦", null)));
        assertEquals(d("2025-12-27"), sqlDueDate("2025-12-26", 1));
        assertEquals(d("2025-12-31"), sqlDueDate("2025-12-30", 1));
        assertTableMatchesStoredSchedules();

        run(() -> service.removeDay(edited.getId(), edited.getVersion()));
        assertEquals(migrated, tableRows());
        assertEquals(3, events.fired.size());
        assertEquals(
                3,
                count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'HolidayDay'"),
                () -> "CREATE, UPDATE, DELETE: "
                        + em
                                .createNativeQuery("SELECT action, entity_type, new_values FROM audit_entry")
                                .getResultList()
                                .stream()
                                .map(r -> java.util.Arrays.toString((Object[]) r))
                                .toList());

        BusinessRuleException taken = assertThrows(
                BusinessRuleException.class,
                () -> tx(() -> service.addDay(
                        new CalendarService.DayForm(2025, d("2025-10-01"), DayKind.HOLIDAY, "国庆节", null))));
        assertEquals("calendar.day.exists", taken.getMessageKey());
        BusinessRuleException outside = assertThrows(
                BusinessRuleException.class,
                () -> tx(() -> service.addDay(
                        new CalendarService.DayForm(2025, d("2026-03-02"), DayKind.HOLIDAY, "x", null))));
        assertEquals("calendar.day.outsideYear", outside.getMessageKey());
        BusinessRuleException unpublished = assertThrows(
                BusinessRuleException.class,
                () -> tx(() -> service.addDay(
                        new CalendarService.DayForm(2027, d("2027-01-01"), DayKind.HOLIDAY, "元旦", null))));
        assertEquals("calendar.schedule.missing", unpublished.getMessageKey());
        em.clear();
        assertEquals(migrated, tableRows());
    }

    /**
     * A year in a refusal or an import problem reads as written (2025, not 2,025), in Chinese and
     * English, with the arguments the service really gives (numbers, or texts for import problems).
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aYearInAMessageIsWrittenWithoutGrouping(TestDatabase db) {
        open(db, Role.ADMIN);
        BusinessRuleException early =
                assertThrows(BusinessRuleException.class, () -> tx(() -> service.publish(2017, "x")));
        assertShown(early.getMessageKey(), early.getArguments(), "2017", "2018");
        BusinessRuleException taken = assertThrows(
                BusinessRuleException.class,
                () -> tx(() -> service.addDay(
                        new CalendarService.DayForm(2025, d("2025-10-01"), DayKind.HOLIDAY, "国庆节", null))));
        assertShown(taken.getMessageKey(), taken.getArguments(), "2025");
        BusinessRuleException outside = assertThrows(
                BusinessRuleException.class,
                () -> tx(() -> service.addDay(
                        new CalendarService.DayForm(2025, d("2026-03-02"), DayKind.HOLIDAY, "x", null))));
        assertShown(outside.getMessageKey(), outside.getArguments(), "2025");

        String otherYear = """
                {"year": 2026, "papers": ["n"], "days": [{"name": "元旦", "date": "2026-01-01", "isOffDay": true}]}
                """;
        ImportProblem mismatch = tx(() -> service.importSchedule(bytes(otherYear), 2027, false))
                .problems()
                .get(0);
        assertEquals("calendar.import.year.mismatch", mismatch.messageKey());
        assertShown(mismatch.messageKey(), mismatch.arguments().toArray(), "2026", "2027");
        String tooEarly = """
                {"year": 2017, "papers": ["n"], "days": [{"name": "元旦", "date": "2017-01-01", "isOffDay": true}]}
                """;
        ImportProblem range = tx(() -> service.importSchedule(bytes(tooEarly), null, false))
                .problems()
                .get(0);
        assertEquals("calendar.import.year.range", range.messageKey());
        assertShown(range.messageKey(), range.arguments().toArray(), "2017", "2018");
        // the administrator's page confirms an import with the year as a number
        assertShown("calendar.import.ok", new Object[] {2025, 12}, "2025");
    }

    private static void assertShown(String key, Object[] arguments, String... years) {
        for (java.util.Locale locale : List.of(java.util.Locale.SIMPLIFIED_CHINESE, java.util.Locale.ENGLISH)) {
            String text = org.kaocheng.platform.web.Messages.text(locale, key, arguments);
            assertFalse(text.equals(key), key);
            for (String year : years) {
                assertTrue(text.contains(year), locale + ": " + text);
            }
            assertFalse(text.matches(".*\\d,\\d{3}.*"), locale + ", a year with a thousands separator: " + text);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyAdministratorsManageSchedulesButAnyoneComputesDeadlines(TestDatabase db) {
        open(db, Role.VIEWER);
        assertThrows(AccessDeniedException.class, () -> service.schedules());
        assertThrows(
                AccessDeniedException.class, () -> tx(() -> service.importSchedule(bytes(SCHEDULE_2027), 2027, false)));
        assertThrows(
                AccessDeniedException.class,
                () -> tx(() -> service.addDay(
                        new CalendarService.DayForm(2025, d("2025-12-31"), DayKind.HOLIDAY, "元旦", null))));
        assertThrows(AccessDeniedException.class, () -> service.missingSchedules(d("2026-11-01")));
        assertEquals(d("2024-02-18"), service.dueDate(d("2024-02-05"), 5).date());
        assertEquals(0, count("SELECT COUNT(*) FROM holiday_schedule WHERE schedule_year = 2027"));

        CalendarService admin = serviceFor(Role.ADMIN);
        assertEquals(List.of(), admin.missingSchedules(d("2026-10-31")), "before 1 November no warning");
        assertEquals(List.of(2027), admin.missingSchedules(d("2026-11-01")));
        assertEquals(List.of(2027), admin.missingSchedules(d("2027-01-05")), "the current year is missing");
        assertEquals(List.of(2027, 2028), admin.missingSchedules(d("2027-11-30")));
    }
}
