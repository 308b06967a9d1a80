package org.kaocheng.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.disclosure.application.ApplicationQuery;
import org.kaocheng.disclosure.application.ApplicationRow;
import org.kaocheng.disclosure.application.DisclosureSettings;
import org.kaocheng.disclosure.application.MonthTrend;
import org.kaocheng.disclosure.application.TimelinessQueries;
import org.kaocheng.disclosure.application.UnitApplicationCounts;
import org.kaocheng.disclosure.domain.AnswerOutcome;
import org.kaocheng.disclosure.domain.ApplicantType;
import org.kaocheng.disclosure.domain.ApplicationEventKind;
import org.kaocheng.disclosure.domain.ApplicationState;
import org.kaocheng.disclosure.domain.ApplicationTimeline;
import org.kaocheng.disclosure.domain.InfoApplication;
import org.kaocheng.disclosure.domain.ReceiptChannel;
import org.kaocheng.staff.StaffFixtures;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;

/**
 * The SQL of the application clock agrees with {@link ApplicationTimeline} for every application
 * and day, on H2 and PostgreSQL; counts, carry-over and repeated applications per unit.
 */
class ApplicationSqlAgreementTest {

    private static final CalendarFixture CAL = CalendarFixture.CHINA_2024_2026;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static InfoApplication application(Unit unit, String received, String applicant, String subject) {
        return new InfoApplication(
                unit,
                ReceiptChannel.IN_PERSON,
                d(received),
                null,
                null,
                ApplicantType.NATURAL_PERSON,
                applicant,
                null,
                subject);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void sqlAndJavaAgreeOnEveryApplicationTimeline(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            List<InfoApplication> apps = TestDatabase.inTransaction(em, e -> {
                CAL.insert(e);
                RankingGroup g = StaffFixtures.group(e, "G");
                Unit a = StaffFixtures.unit(e, "A", "甲局", g);
                Unit b = StaffFixtures.unit(e, "B", "乙镇", g);
                Random random = new Random(7);
                List<InfoApplication> all = new ArrayList<>();
                for (int k = 0; k < 120; k++) {
                    LocalDate received = d("2024-01-02").plusDays(random.nextInt(680));
                    InfoApplication app =
                            application(k % 3 == 0 ? b : a, received.toString(), "申请人" + (k % 9), "事项" + k);
                    LocalDate t = received;
                    int shape = random.nextInt(8);
                    if (shape == 1 || shape == 2 || shape == 3) {
                        t = t.plusDays(random.nextInt(14));
                        app.requestCorrection(t);
                        if (shape != 3) {
                            t = t.plusDays(1 + random.nextInt(20));
                            app.receiveCorrection(t);
                        } else if (random.nextBoolean()) {
                            app.giveUp(t.plusDays(15));
                        }
                    }
                    if (app.getAnsweredOn() == null && (shape == 2 || shape == 4 || shape == 5)) {
                        t = t.plusDays(random.nextInt(10));
                        app.startConsultation(t);
                        if (shape != 5) {
                            t = t.plusDays(random.nextInt(25));
                            app.endPause(ApplicationEventKind.CONSULTATION, t);
                        }
                    }
                    if (app.getAnsweredOn() == null && shape == 6) {
                        t = t.plusDays(random.nextInt(10));
                        app.notifyFee(t, BigDecimal.valueOf(100));
                        t = t.plusDays(random.nextInt(10));
                        app.endPause(ApplicationEventKind.FEE, t);
                    }
                    if (app.getAnsweredOn() == null && random.nextInt(3) > 0) {
                        if (random.nextBoolean()) {
                            app.approveExtension(t.plusDays(random.nextInt(10)), 1 + random.nextInt(20), "主任", 20);
                        }
                        if (random.nextInt(4) > 0) {
                            app.answer(t.plusDays(random.nextInt(50)), AnswerOutcome.GRANTED);
                        }
                    }
                    e.persist(app);
                    all.add(app);
                }
                e.flush();
                return all;
            });
            Map<Long, InfoApplication> byId = new HashMap<>();
            apps.forEach(x -> byId.put(x.getId(), x));
            DisclosureSettings s = DisclosureSettings.STATUTORY;
            for (LocalDate today : List.of(d("2024-03-11"), d("2024-10-08"), d("2025-02-10"), d("2025-12-31"))) {
                List<ApplicationRow> rows =
                        TimelinessQueries.applications(em, s, today, ApplicationQuery.all(), 0, 1000);
                assertEquals(apps.size(), rows.size());
                for (ApplicationRow row : rows) {
                    InfoApplication app = byId.get(row.id());
                    ApplicationTimeline.Result java = app.timeline(s.applicationRules(), today, CAL);
                    String what = app.getSubject() + " " + app.facts() + " as of " + today;
                    assertEquals(java.state(), row.state(), what);
                    assertEquals(java.due(), row.due(), what);
                    assertEquals(java.startOn(), row.startOn(), what);
                    assertEquals(java.lateBy(), row.lateBy(), what);
                    assertEquals(java.pausedDays(), row.pausedDays(), what);
                    assertEquals(java.correctionLate(), row.correctionLate(), what);
                    assertEquals(java.provisional(), row.provisional(), what);
                }
                // a unit's list of a period, and its count, are the same rows as the full list filtered
                // (two units: a unit's statement computes its own applications' states only)
                Long unitId = rows.get(0).unitId();
                assertTrue(rows.stream().anyMatch(r -> !r.unitId().equals(unitId)), "rows of another unit");
                for (LocalDate[] period : List.of(
                        new LocalDate[] {d("2024-03-01"), d("2024-09-30")},
                        new LocalDate[] {null, d("2025-01-31")},
                        new LocalDate[] {d("2025-06-01"), null})) {
                    LocalDate from = period[0];
                    LocalDate to = period[1];
                    List<ApplicationRow> expected = rows.stream()
                            .filter(r -> r.unitId().equals(unitId))
                            .filter(r -> (from == null || !r.receivedOn().isBefore(from))
                                    && (to == null || !r.receivedOn().isAfter(to)))
                            .toList();
                    ApplicationQuery query = new ApplicationQuery(unitId, from, to, null, null);
                    String what = from + ".." + to + " as of " + today;
                    assertEquals(expected, TimelinessQueries.applications(em, s, today, query, 0, 1000), what);
                    assertEquals(expected.size(), TimelinessQueries.countApplications(em, s, today, query), what);
                }
                // the year's trend (applications by month of receipt) agrees with the list
                List<MonthTrend> trend = TimelinessQueries.monthlyTrend(em, s, today, unitId, 2024);
                assertEquals(
                        List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
                        trend.stream().map(MonthTrend::month).toList(),
                        "the trend has every month of the year, in order");
                for (MonthTrend t : trend) {
                    long decided = rows.stream()
                            .filter(r -> r.unitId().equals(unitId))
                            .filter(r -> r.receivedOn().getYear() == 2024
                                    && r.receivedOn().getMonthValue() == t.month())
                            .filter(r -> r.state() == ApplicationState.ANSWERED_ON_TIME
                                    || r.state() == ApplicationState.ANSWERED_LATE
                                    || r.state() == ApplicationState.OVERDUE)
                            .count();
                    long onTime = rows.stream()
                            .filter(r -> r.unitId().equals(unitId))
                            .filter(r -> r.receivedOn().getYear() == 2024
                                    && r.receivedOn().getMonthValue() == t.month())
                            .filter(r -> r.state() == ApplicationState.ANSWERED_ON_TIME)
                            .count();
                    assertEquals(decided, t.applicationsDecided(), "trend month " + t.month() + " as of " + today);
                    assertEquals(onTime, t.applicationsOnTime(), "trend month " + t.month() + " as of " + today);
                }
            }
        } finally {
            em.close();
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void countsCarryOverAndRepeatedApplications(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            Long[] units = TestDatabase.inTransaction(em, e -> {
                CAL.insert(e);
                RankingGroup g = StaffFixtures.group(e, "G");
                Unit a = StaffFixtures.unit(e, "A", "甲局", g);
                Unit b = StaffFixtures.unit(e, "B", "乙镇", g);
                // The same request to another unit, between A's two: not a repeat for A (another
                // organ was asked), nor for B (its first), and A never sees it.
                e.persist(application(b, "2025-02-03", "张三", "XX路道路维修经费"));
                // 2024-12-20: due 2025-01-20; answered 2025-01-10: carried from 2024 into 2025, on time.
                InfoApplication carried = application(a, "2024-12-20", "张三", "XX路道路维修经费");
                carried.answer(d("2025-01-10"), AnswerOutcome.GRANTED);
                e.persist(carried);
                // 2025-03-03 (Mon): due 2025-03-31 (03-04..03-07 (1-4), 03-10..03-14 (5-9), 03-17..03-21
                // (10-14), 03-24..03-28 (15-19), 03-31 (20)); answered 04-01: late.
                InfoApplication late = application(a, "2025-03-03", "李四", "学校招生计划");
                late.answer(d("2025-04-01"), AnswerOutcome.PARTLY_GRANTED);
                e.persist(late);
                // Same applicant as the first one, similar subject, within 180 days: repeated.
                InfoApplication repeated = application(a, "2025-04-01", " 张 三", "2023年XX路道路维修经费明细");
                e.persist(repeated);
                // Open on 2025-12-31: carried out of 2025. Received Mon 12-01: due 12-29 (12-02..12-05 (1-4),
                // 12-08..12-12 (5-9), 12-15..12-19 (10-14), 12-22..12-26 (15-19), 12-29 (20)).
                e.persist(application(a, "2025-12-01", "王五", "绿化工程合同"));
                e.flush();
                return new Long[] {a.getId(), b.getId()};
            });
            Long unitId = units[0];
            DisclosureSettings s = DisclosureSettings.STATUTORY;
            UnitApplicationCounts c = TimelinessQueries.applicationCounts(
                            em, s, d("2025-12-31"), unitId, d("2025-01-01"), d("2025-12-31"))
                    .get(0);
            assertEquals(3, c.received(), "2025-03-03, 2025-04-01, 2025-12-01");
            assertEquals(1, c.carriedIn(), "received 2024-12-20, answered 2025-01-10");
            assertEquals(0, c.answeredOnTime(), "the carried one was received in 2024");
            assertEquals(1, c.answeredLate());
            // 2025-04-01 (Tue): 20 working days later is long past on 12-31: overdue; 12-01 due 12-29: overdue.
            assertEquals(2, c.overdue());
            assertEquals(2, c.carriedOut());
            assertEquals(new BigDecimal("0.0000"), c.getOnTimeRate(), "0 / (0 + 1 + 2)");

            UnitApplicationCounts y2024 = TimelinessQueries.applicationCounts(
                            em, s, d("2025-12-31"), unitId, d("2024-01-01"), d("2024-12-31"))
                    .get(0);
            assertEquals(1, y2024.received());
            assertEquals(1, y2024.answeredOnTime());
            assertEquals(1, y2024.carriedOut(), "open on 2024-12-31");

            // The lists behind the carried-over figures hold exactly the records counted.
            List<ApplicationRow> carriedOut = TimelinessQueries.applications(
                    em,
                    s,
                    d("2025-12-31"),
                    new ApplicationQuery(unitId, null, null, null, null, d("2025-12-31")),
                    0,
                    10);
            assertEquals(
                    List.of(d("2025-12-01"), d("2025-04-01")),
                    carriedOut.stream().map(ApplicationRow::receivedOn).toList());
            assertEquals(
                    c.carriedOut(),
                    TimelinessQueries.countApplications(
                            em,
                            s,
                            d("2025-12-31"),
                            new ApplicationQuery(unitId, null, null, null, null, d("2025-12-31"))));
            List<ApplicationRow> carriedIn = TimelinessQueries.applications(
                    em,
                    s,
                    d("2025-12-31"),
                    new ApplicationQuery(unitId, null, null, null, null, d("2024-12-31")),
                    0,
                    10);
            assertEquals(
                    List.of(d("2024-12-20")),
                    carriedIn.stream().map(ApplicationRow::receivedOn).toList());
            assertEquals(y2024.carriedOut(), carriedIn.size());

            List<ApplicationRow> overdue = TimelinessQueries.applications(
                    em,
                    s,
                    d("2025-12-31"),
                    new ApplicationQuery(unitId, null, null, ApplicationState.OVERDUE, null),
                    0,
                    10);
            assertEquals(2, overdue.size());
            assertEquals(
                    2,
                    TimelinessQueries.countApplications(
                            em,
                            s,
                            d("2025-12-31"),
                            new ApplicationQuery(unitId, null, null, ApplicationState.OVERDUE, null)));
            ApplicationRow december = overdue.get(0);
            assertEquals(d("2025-12-29"), december.due());
            assertEquals(2, december.lateBy(), "12-30, 12-31");

            List<TimelinessQueries.RepeatedApplication> repeats =
                    TimelinessQueries.repeatedApplications(em, s.repeatWindowDays(), unitId, 0.6);
            assertEquals(1, repeats.size());
            assertNotNull(repeats.get(0).earlierId());
            assertEquals(d("2024-12-20"), repeats.get(0).earlierReceivedOn());
            assertEquals(
                    0,
                    TimelinessQueries.repeatedApplications(em, 90, unitId, 0.6).size(),
                    "2024-12-20 is 102 days before 2025-04-01");
            assertEquals(
                    0,
                    TimelinessQueries.repeatedApplications(em, s.repeatWindowDays(), units[1], 0.6)
                            .size());
            assertEquals(
                    List.of(repeats.get(0).earlierId()),
                    TimelinessQueries.repeatedApplications(em, s.repeatWindowDays(), null, 0.6).stream()
                            .map(TimelinessQueries.RepeatedApplication::earlierId)
                            .toList(),
                    "every unit: A's one repeat");
        } finally {
            em.close();
            emf.close();
        }
    }
}
