package org.kaocheng.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kaocheng.staff.StaffFixtures.posting;
import static org.kaocheng.staff.StaffFixtures.staff;
import static org.kaocheng.staff.StaffFixtures.unit;
import static org.kaocheng.staff.domain.PostType.DESIGNATED_OFFICER;
import static org.kaocheng.staff.domain.PostType.FULL_TIME;
import static org.kaocheng.staff.domain.PostType.NEW_MEDIA_ADMIN;
import static org.kaocheng.staff.domain.PostType.PART_TIME;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.staff.application.TurnoverQuery;
import org.kaocheng.staff.application.TurnoverRow;
import org.kaocheng.staff.domain.PostingEnd;
import org.kaocheng.staff.domain.Staff;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;

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
            long[] ids = TestDatabase.inTransaction(em, e -> {
                RankingGroup g = StaffFixtures.group(e, "G1");
                Unit a = unit(e, "A", "甲局", g);
                Unit b = unit(e, "B", "乙镇", g);
                Staff alice = staff(e, a, "艾丽");
                posting(e, alice, a, DESIGNATED_OFFICER, "2022-03-01", "2024-07-01", PostingEnd.TRANSFER);
                posting(e, alice, b, DESIGNATED_OFFICER, "2024-07-01", null, null);
                Staff bob = staff(e, a, "鲍勃");
                posting(e, bob, a, PART_TIME, "2023-01-01", null, null);
                posting(e, bob, a, NEW_MEDIA_ADMIN, "2023-06-01", null, null);
                Staff carol = staff(e, a, "卡罗");
                posting(e, carol, a, FULL_TIME, "2024-03-01", null, null);
                posting(e, carol, a, DESIGNATED_OFFICER, "2024-09-01", null, null);
                Staff dave = staff(e, a, "戴夫");
                posting(e, dave, a, PART_TIME, "2021-01-01", "2024-12-31", PostingEnd.LEAVE);
                Staff eve = staff(e, b, "伊芙");
                posting(e, eve, b, FULL_TIME, "2024-01-01", null, null);
                e.flush();
                return new long[] {a.getId(), b.getId()};
            });

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

            TurnoverRow midYear = TurnoverQuery.run(em, 2024, LocalDate.of(2024, 3, 15), ids[1]).get(0);
            assertEquals(75, midYear.vacancyDays(), "B until 15 March: 31 + 29 + 15 days");
        } finally {
            em.close();
            emf.close();
        }
    }
}
