package org.kaocheng.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.staff.application.TurnoverQuery;
import org.kaocheng.staff.application.TurnoverRow;
import org.kaocheng.testsupport.TestDatabase;

/**
 * Turnover computed by the database against figures worked out by hand (2024 is a leap year:
 * 366 days), on H2 and on PostgreSQL.
 */
class TurnoverQueryTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void turnoverOfALeapYearWithATransferAConcurrentPostAndADeparture(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            long[] ids = TestDatabase.inTransaction(em, StaffFixtures::turnover2024);

            List<TurnoverRow> rows = TurnoverQuery.run(em, 2024, LocalDate.of(2025, 3, 1), null);
            assertEquals(2, rows.size());
            TurnoverRow a = rows.get(0);
            assertEquals(ids[0], a.unitId(), "highest turnover first");
            assertEquals(3, a.headcountStart(), "Alice, Bob, Dave on 1 January");
            assertEquals(2, a.headcountEnd(), "Bob and Carol on 31 December; Dave left that day");
            assertEquals(1, a.joiners(), "Carol; her second post is no arrival");
            assertEquals(2, a.leavers(), "Alice transferred out, Dave left");
            assertEquals(new BigDecimal("0.8000"), a.getTurnoverRate(), "2 / ((3 + 2) / 2)");
            assertEquals(new BigDecimal("80.0"), a.getTurnoverPercent());
            assertEquals(2, a.concurrentHolders(), "Bob and Carol hold two posts each");
            assertEquals(62, a.vacancyDays(), "July and August had no designated officer");

            TurnoverRow b = rows.get(1);
            assertEquals(1, b.headcountStart(), "Eve starts on 1 January and counts");
            assertEquals(2, b.headcountEnd());
            assertEquals(2, b.joiners());
            assertEquals(0, b.leavers());
            assertEquals(new BigDecimal("0.0000"), b.getTurnoverRate());
            assertEquals(0, b.concurrentHolders());
            assertEquals(182, b.vacancyDays(), "1 January to 30 June 2024");

            List<TurnoverRow> top = TurnoverQuery.run(em, 2024, LocalDate.of(2025, 3, 1), null, 1);
            assertEquals(1, top.size(), "the database applies the limit");
            assertEquals(ids[0], top.get(0).unitId(), "and keeps the highest turnover");

            TurnoverRow midYear = TurnoverQuery.run(em, 2024, LocalDate.of(2024, 3, 15), ids[1])
                    .get(0);
            assertEquals(75, midYear.vacancyDays(), "B until 15 March: 31 + 29 + 15 days");
        } finally {
            em.close();
            emf.close();
        }
    }
}
