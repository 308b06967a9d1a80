package org.kaocheng.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kaocheng.staff.StaffFixtures.group;
import static org.kaocheng.staff.StaffFixtures.posting;
import static org.kaocheng.staff.StaffFixtures.staff;
import static org.kaocheng.staff.StaffFixtures.unit;
import static org.kaocheng.training.TrainingFixture.tx;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.appraisal.metric.MetricRecord;
import org.kaocheng.staff.domain.PostType;
import org.kaocheng.staff.domain.Posting;
import org.kaocheng.staff.domain.PostingEnd;
import org.kaocheng.staff.domain.Staff;
import org.kaocheng.testsupport.RecordDetails;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.training.application.CoverageQuery;
import org.kaocheng.training.application.CoverageRow;
import org.kaocheng.training.application.TrainingMetricSource;
import org.kaocheng.training.application.TrainingTestAccess;
import org.kaocheng.training.domain.EnrolmentSource;
import org.kaocheng.training.domain.InductionRequirement;
import org.kaocheng.training.domain.TrainingCompletion;
import org.kaocheng.training.domain.TrainingCourse;
import org.kaocheng.training.domain.TrainingEnrolment;
import org.kaocheng.training.domain.TrainingSession;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;

/** Coverage and overdue inductions of 2025 computed by the database against hand-worked figures. */
class CoverageQueryTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);
    private static final BigDecimal REQUIRED = new BigDecimal("8");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void coverageCountsActiveStaffWhoMetTheHoursAndInductionsNotDoneInTime(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            long[] ids = tx(em, () -> {
                RankingGroup g = group(em, "G");
                Unit a = unit(em, "A", "甲局", g);
                Unit b = unit(em, "B", "乙镇", g);
                TrainingCourse six = TrainingFixture.course(em, "六学时", "6", "1", null);
                TrainingCourse four = TrainingFixture.course(em, "四学时", "4", "1", null);
                TrainingCourse eight = TrainingFixture.course(em, "八学时", "8", "1", null);

                Staff s1 = staff(em, a, "s1");
                posting(em, s1, a, PostType.FULL_TIME, "2024-01-01", null, null);
                completion(em, s1, six, "2025-03-10");
                completion(em, s1, four, "2025-10-10"); // 6 + 4 = 10 h ≥ 8: trained
                Staff s2 = staff(em, a, "s2");
                posting(em, s2, a, PostType.PART_TIME, "2024-01-01", null, null);
                completion(em, s2, six, "2025-05-10"); // 6 h < 8
                Staff s3 = staff(em, a, "s3");
                posting(em, s3, a, PostType.DESIGNATED_OFFICER, "2025-03-01", "2025-12-31", PostingEnd.LEAVE);
                Staff s4 = staff(em, a, "s4");
                posting(em, s4, a, PostType.DESIGNATED_OFFICER, "2025-06-01", null, null);
                posting(em, s4, a, PostType.FULL_TIME, "2025-06-01", null, null); // counted once
                Staff s5 = staff(em, a, "s5");
                posting(em, s5, a, PostType.FULL_TIME, "2024-01-01", "2025-09-01", PostingEnd.TRANSFER);
                completion(em, s5, eight, "2025-05-20"); // in A, counts for B at year end
                posting(em, s5, b, PostType.FULL_TIME, "2025-09-01", null, null);
                s5.moveTo(b);
                Staff s6 = staff(em, b, "s6");
                posting(em, s6, b, PostType.FULL_TIME, "2025-01-01", null, null);
                completion(em, s6, eight, "2024-12-10"); // last year's hours do not count
                em.flush();

                requirement(em, s4, a, "2025-07-01", "OPEN", null); // overdue
                requirement(em, s3, a, "2025-03-31", "FULFILLED", "2025-03-20"); // in time
                requirement(em, s1, a, "2025-12-31", "OPEN", null); // due on the reference day
                requirement(em, s2, a, "2024-12-20", "OPEN", null); // due last year
                requirement(em, s1, a, "2025-04-30", "FULFILLED", "2025-05-10"); // late: overdue
                requirement(em, s5, a, "2025-10-01", "SUPERSEDED", "2025-09-01"); // moved before due
                requirement(em, s5, b, "2025-10-01", "OPEN", null); // B: overdue
                return new long[] {a.getId(), b.getId()};
            });

            List<CoverageRow> rows = CoverageQuery.run(em, FROM, TO, TrainingFixture.TODAY, REQUIRED, null);
            assertEquals(2, rows.size());
            CoverageRow a = rows.get(0);
            assertEquals(ids[0], a.unitId());
            assertEquals(3, a.activeStaff(), "s1, s2, s4 on 31 December; s3 left that day, s5 moved to B");
            assertEquals(1, a.trainedStaff(), "s1 only");
            assertEquals(new BigDecimal("0.3333"), a.getCoverageRate(), "1 / 3");
            assertEquals(2, a.overdueInductions(), "s4 never trained, s1 trained 10 days late");
            CoverageRow b = rows.get(1);
            assertEquals(2, b.activeStaff(), "s5 and s6");
            assertEquals(1, b.trainedStaff(), "s5's 8 hours in A count; s6's were in 2024");
            assertEquals(new BigDecimal("0.5000"), b.getCoverageRate());
            assertEquals(1, b.overdueInductions(), "s5's new requirement in B");

            List<CoverageQuery.CoveredPerson> people =
                    CoverageQuery.people(em, FROM, TO, TrainingFixture.TODAY, REQUIRED, ids[0]);
            assertEquals(
                    List.of("s4", "s2", "s1"),
                    people.stream().map(CoverageQuery.CoveredPerson::name).toList(),
                    "least hours first: 0, 6, 10");
            assertEquals(0, new BigDecimal("10").compareTo(people.get(2).hours()));
            assertEquals(
                    List.of("s1", "s4"),
                    CoverageQuery.overdue(em, FROM, TO, TrainingFixture.TODAY, ids[0]).stream()
                            .map(CoverageQuery.OverdueInduction::name)
                            .toList(),
                    "by due date: 2025-04-30 before 2025-07-01");

            // mid-period: on 2025-06-15 (the reference day) A has s1, s2, s3, s4 (from 06-01) and s5
            List<CoverageRow> midYear = CoverageQuery.run(em, FROM, TO, LocalDate.of(2025, 6, 15), REQUIRED, ids[0]);
            assertEquals(5, midYear.get(0).activeStaff(), "s1, s2, s3, s4, s5 all in A on 15 June");
            assertEquals(1, midYear.get(0).overdueInductions(), "only s1's April requirement was late by then");

            TrainingMetricSource metrics = TrainingTestAccess.metricSource(em, TrainingFixture.CLOCK);
            Map<Long, BigDecimal> rates = metrics.values(TrainingMetricSource.COVERAGE_RATE, FROM, TO);
            assertEquals(Map.of(ids[0], new BigDecimal("0.3333"), ids[1], new BigDecimal("0.5000")), rates);
            Map<Long, BigDecimal> overdue = metrics.values(TrainingMetricSource.OVERDUE_INDUCTIONS, FROM, TO);
            assertEquals(
                    Map.of(TrainingMetricSource.COVERAGE_RATE, rates, TrainingMetricSource.OVERDUE_INDUCTIONS, overdue),
                    metrics.values(
                            List.of(TrainingMetricSource.COVERAGE_RATE, TrainingMetricSource.OVERDUE_INDUCTIONS),
                            FROM,
                            TO),
                    "both metrics from one statement");
            assertEquals(Map.of(ids[0], BigDecimal.valueOf(2), ids[1], BigDecimal.ONE), overdue);
            List<MetricRecord> untrained = metrics.records(TrainingMetricSource.COVERAGE_RATE, ids[0], FROM, TO);
            assertEquals(
                    List.of("s4", "s2"),
                    untrained.stream().map(MetricRecord::label).toList());
            assertEquals("已完成 6 学时，应完成 8 学时", RecordDetails.zh(untrained.get(1).detail()));
        } finally {
            em.close();
            emf.close();
        }
    }

    private static void completion(EntityManager em, Staff staff, TrainingCourse course, String on) {
        TrainingSession session = TrainingFixture.session(em, course, LocalDate.parse(on), 1, 50);
        TrainingEnrolment e = new TrainingEnrolment(
                session, staff, staff.getUnit(), EnrolmentSource.COORDINATOR, LocalDateTime.parse(on + "T08:00"));
        e.place(0, LocalDateTime.parse(on + "T08:00"));
        em.persist(e);
        em.persist(new TrainingCompletion(e));
    }

    /** A requirement of its own posting (ended on the due day, so it changes no headcount). */
    private static void requirement(
            EntityManager em, Staff staff, Unit unit, String due, String status, String closedOn) {
        LocalDate dueOn = LocalDate.parse(due);
        LocalDate start = dueOn.minusDays(30);
        Posting posting = posting(em, staff, unit, PostType.PART_TIME, start.toString(), due, PostingEnd.LEAVE);
        em.flush();
        InductionRequirement r =
                new InductionRequirement(staff, unit, posting.getId(), posting.getPostType(), start, dueOn);
        em.persist(r);
        em.flush();
        em.createNativeQuery(
                        "UPDATE induction_requirement SET status = ?1, closed_on = CAST(?2 AS DATE) WHERE id = CAST(?4 AS BIGINT)")
                .setParameter(1, status)
                .setParameter(2, closedOn == null ? null : java.sql.Date.valueOf(closedOn))
                .setParameter(4, r.getId())
                .executeUpdate();
    }
}
