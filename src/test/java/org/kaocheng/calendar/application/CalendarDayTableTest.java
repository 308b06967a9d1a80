package org.kaocheng.calendar.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.calendar.domain.CalendarSnapshot;
import org.kaocheng.testsupport.TestDatabase;

/**
 * {@code calendar_day} is brought back to the calendar whatever state it is in, writing only
 * what differs, on H2 and PostgreSQL.
 */
class CalendarDayTableTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDriftedTableIsRepairedWithAFewStatementsAndAGappedOneIsRewritten(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            CalendarSnapshot calendar = CalendarData.load(em);
            List<String> expected = rows(calendar);
            assertEquals(
                    0,
                    (int) TestDatabase.inTransaction(em, (java.util.function.Function<EntityManager, Integer>)
                            e -> CalendarDayTable.synchronise(e, calendar)),
                    "an equal table needs no statement");

            // Drift: a weekday made a holiday without its seq shift, a whole year marked
            // provisional, and the last year missing.
            int statements = TestDatabase.inTransaction(em, (java.util.function.Function<EntityManager, Integer>) e -> {
                e.createNativeQuery("UPDATE calendar_day SET working = FALSE WHERE day = DATE '2024-03-05'")
                        .executeUpdate();
                e.createNativeQuery("UPDATE calendar_day SET provisional = TRUE"
                                + " WHERE day BETWEEN DATE '2022-01-01' AND DATE '2022-12-31'")
                        .executeUpdate();
                e.createNativeQuery("UPDATE calendar_day SET seq = seq + 3 WHERE day >= DATE '2025-06-01'")
                        .executeUpdate();
                e.createNativeQuery("DELETE FROM calendar_day WHERE day >= DATE '2030-01-01'")
                        .executeUpdate();
                return CalendarDayTable.synchronise(e, calendar);
            });
            assertEquals(expected, rows(em));
            // 2022 flags: runs split by working (about 130 runs of workdays/weekends) at most 365;
            // 2024-03-05: 1; seq steps: 1; inserts of 2030: 2 chunks of 200 -> far fewer than 4748.
            assertTrue(statements < 400, "statements: " + statements);

            // A gap in the days: the table is rewritten from scratch.
            TestDatabase.inTransaction(em, (java.util.function.Consumer<EntityManager>) e -> {
                e.createNativeQuery("DELETE FROM calendar_day WHERE day = DATE '2020-02-29'")
                        .executeUpdate();
                CalendarDayTable.synchronise(e, calendar);
            });
            assertEquals(expected, rows(em));
        } finally {
            em.close();
            emf.close();
        }
    }

    private static List<String> rows(CalendarSnapshot calendar) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < calendar.size(); i++) {
            rows.add(calendar.dayAt(i) + " " + calendar.workingAt(i) + " " + calendar.seqAt(i) + " "
                    + calendar.provisionalAt(i));
        }
        return rows;
    }

    private static List<String> rows(EntityManager em) {
        List<String> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT day, working, seq, provisional FROM calendar_day ORDER BY day")
                .getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(((Date) r[0]).toLocalDate() + " " + r[1] + " " + ((Number) r[2]).intValue() + " " + r[3]);
        }
        return rows;
    }
}
