package org.kaocheng.report.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.disclosure.CalendarFixture;
import org.kaocheng.disclosure.application.DisclosureSettings;
import org.kaocheng.disclosure.application.TimelinessQueries;
import org.kaocheng.disclosure.application.UnitApplicationCounts;
import org.kaocheng.disclosure.domain.AnswerOutcome;
import org.kaocheng.disclosure.domain.ApplicantType;
import org.kaocheng.disclosure.domain.InfoApplication;
import org.kaocheng.disclosure.domain.ProactiveItem;
import org.kaocheng.disclosure.domain.PublicationChannel;
import org.kaocheng.disclosure.domain.ReceiptChannel;
import org.kaocheng.disclosure.domain.ReviewCase;
import org.kaocheng.disclosure.domain.ReviewCaseKind;
import org.kaocheng.disclosure.domain.ReviewResult;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.security.UserAccount;
import org.kaocheng.report.domain.AnnualRegister;
import org.kaocheng.report.domain.RegisterFigures;
import org.kaocheng.report.domain.ReportTexts;
import org.kaocheng.staff.StaffFixtures;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;

/**
 * The annual report's figures against hand-counted fixtures, on H2 and PostgreSQL: section 三
 * with carry-over both ways (into 2025 from 2024, out of 2025 into 2026) and one application of
 * every outcome, section 四, section 二 with the computed 行政规范性文件 figure, the district as the
 * sum of the units, agreement with the timeliness dashboard's carry-over, and checks that fail
 * on real data when they should.
 */
class AnnualReportFiguresTest {

    private static final int NP = ApplicantType.NATURAL_PERSON.ordinal();
    private static final int COMPANY = ApplicantType.COMMERCIAL_ENTERPRISE.ordinal();
    private static final int RESEARCH = ApplicantType.RESEARCH_INSTITUTION.ordinal();
    private static final int PUBLIC = ApplicantType.PUBLIC_INTEREST_ORGANISATION.ordinal();
    private static final int LEGAL = ApplicantType.LEGAL_SERVICE_ORGANISATION.ordinal();
    private static final int ORG = ApplicantType.OTHER_ORGANISATION.ordinal();
    private static final int T = ApplicationTable.TOTAL;

    private EntityManagerFactory emf;
    private EntityManager em;

    @AfterEach
    void close() {
        if (em != null) {
            em.close();
            emf.close();
        }
    }

    record World(Long a, Long b, Long c, InfoApplication a4) {}

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static InfoApplication app(
            EntityManager e, Unit unit, ApplicantType type, String received, String answered, AnswerOutcome outcome) {
        InfoApplication a = new InfoApplication(
                unit,
                ReceiptChannel.IN_PERSON,
                d(received),
                null,
                null,
                type,
                "申请人" + received,
                null,
                "事项" + received + type);
        if (answered != null) {
            a.answer(d(answered), outcome);
        }
        e.persist(a);
        return a;
    }

    static void review(
            EntityManager e,
            InfoApplication a,
            ReviewCaseKind kind,
            String filed,
            ReviewResult result,
            String decided) {
        ReviewCase c = new ReviewCase(a, kind, d(filed));
        if (result != ReviewResult.PENDING) {
            c.decide(result, d(decided));
        }
        e.persist(c);
    }

    static void item(EntityManager e, Unit unit, String title, String number, String formed, boolean normative) {
        ProactiveItem i = new ProactiveItem(unit, title, d(formed), PublicationChannel.WEBSITE);
        i.setDates(d(formed), d(formed));
        i.setNormative(normative);
        if (number != null) {
            i.setDocumentNumber(number);
        }
        e.persist(i);
    }

    static void register(EntityManager e, Unit unit, int year, RegisterFigures f) {
        AnnualRegister r = new AnnualRegister(unit, year);
        r.setFigures(f);
        r.setTexts(new ReportTexts("总体情况", null, null));
        e.persist(r);
    }

    static World world(EntityManager em) {
        return TestDatabase.inTransaction(em, e -> {
            CalendarFixture.CHINA_2024_2026.insert(e);
            RankingGroup g = StaffFixtures.group(e, "G");
            Unit a = StaffFixtures.unit(e, "A", "甲局", g);
            Unit b = StaffFixtures.unit(e, "B", "乙镇", g);
            Unit c = StaffFixtures.unit(e, "C", "丙街道", g);
            // unit A
            InfoApplication a1 =
                    app(e, a, ApplicantType.NATURAL_PERSON, "2024-12-20", "2025-01-10", AnswerOutcome.GRANTED);
            InfoApplication a2 =
                    app(e, a, ApplicantType.NATURAL_PERSON, "2024-11-01", "2024-12-30", AnswerOutcome.GRANTED);
            app(e, a, ApplicantType.COMMERCIAL_ENTERPRISE, "2024-12-31", null, null);
            InfoApplication a4 =
                    app(e, a, ApplicantType.NATURAL_PERSON, "2025-03-03", "2025-03-20", AnswerOutcome.PARTLY_GRANTED);
            app(e, a, ApplicantType.NATURAL_PERSON, "2025-12-30", "2026-01-05", AnswerOutcome.REFUSED_STATE_SECRET);
            app(
                    e,
                    a,
                    ApplicantType.RESEARCH_INSTITUTION,
                    "2025-01-01",
                    "2025-12-31",
                    AnswerOutcome.UNAVAILABLE_NOT_HELD);
            app(e, a, ApplicantType.LEGAL_SERVICE_ORGANISATION, "2026-01-02", null, null);
            InfoApplication a8 = app(e, a, ApplicantType.NATURAL_PERSON, "2025-05-05", null, null);
            a8.requestCorrection(d("2025-05-06"));
            a8.giveUp(d("2025-05-30"));
            app(
                    e,
                    a,
                    ApplicantType.PUBLIC_INTEREST_ORGANISATION,
                    "2025-06-02",
                    "2025-06-20",
                    AnswerOutcome.NOT_PROCESSED_REPEATED);
            // unit B: one application of every outcome, one still open on 31 December, one from 2023
            int day = 0;
            for (AnswerOutcome o : AnswerOutcome.values()) {
                LocalDate received = d("2025-02-03").plusDays(day++);
                app(
                        e,
                        b,
                        ApplicantType.OTHER_ORGANISATION,
                        received.toString(),
                        received.plusDays(10).toString(),
                        o);
            }
            app(e, b, ApplicantType.NATURAL_PERSON, "2025-12-31", null, null);
            InfoApplication old =
                    app(e, b, ApplicantType.NATURAL_PERSON, "2023-05-05", "2025-02-02", AnswerOutcome.OTHER);
            // section 四
            review(e, a1, ReviewCaseKind.RECONSIDERATION, "2025-02-01", ReviewResult.UPHELD, "2025-03-01");
            review(e, a4, ReviewCaseKind.RECONSIDERATION, "2025-11-01", ReviewResult.CORRECTED, "2026-01-15");
            review(e, a4, ReviewCaseKind.LITIGATION_DIRECT, "2025-04-01", ReviewResult.CORRECTED, "2025-06-01");
            review(
                    e,
                    a2,
                    ReviewCaseKind.LITIGATION_AFTER_RECONSIDERATION,
                    "2024-12-01",
                    ReviewResult.UPHELD,
                    "2025-02-10");
            review(
                    e,
                    a8,
                    ReviewCaseKind.LITIGATION_AFTER_RECONSIDERATION,
                    "2025-07-01",
                    ReviewResult.OTHER,
                    "2025-08-01");
            review(e, old, ReviewCaseKind.RECONSIDERATION, "2025-05-01", ReviewResult.PENDING, null);
            // section 二: normative documents formed in 2025 (the same number twice = one document)
            item(e, a, "甲局规范性文件一", "甲发〔2025〕1号", "2025-03-01", true);
            item(e, a, "甲局规范性文件一(重发)", "甲发〔2025〕1号", "2025-03-05", true);
            item(e, a, "甲局规范性文件二", null, "2025-07-01", true);
            item(e, a, "甲局去年的规范性文件", "甲发〔2024〕9号", "2024-12-31", true);
            item(e, a, "甲局通知", null, "2025-04-01", false);
            item(e, b, "乙镇规范性文件", "乙发〔2025〕2号", "2025-09-09", true);
            register(e, a, 2025, new RegisterFigures(1, 0, 5, 2, 10, 100, 20, 3, new BigDecimal("1.2345")));
            register(e, b, 2025, new RegisterFigures(0, 0, 0, 0, 3, 50, 10, 0, new BigDecimal("0.5")));
            e.flush();
            return new World(a.getId(), b.getId(), c.getId(), a4);
        });
    }

    AnnualReportService service(UserAccount account) {
        AnnualReportService s = new AnnualReportService();
        s.em = em;
        s.user = CurrentUser.of(account);
        return s;
    }

    static UserAccount user(EntityManager em, String name, Role role, Long unitId) {
        return TestDatabase.inTransaction(em, e -> {
            UserAccount u = new UserAccount(name, name, "x");
            u.setRoles(EnumSet.of(role));
            u.setUnitId(unitId);
            e.persist(u);
            return u;
        });
    }

    private World open(TestDatabase db) {
        emf = TestDatabase.entityManagerFactory(db.create());
        em = emf.createEntityManager();
        return world(em);
    }

    private static void row(ApplicationTable t, String row, long... expected) {
        long[] actual = new long[ApplicationTable.COLUMNS];
        for (int c = 0; c < ApplicationTable.COLUMNS; c++) {
            actual[c] = t.get(row, c);
        }
        assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(actual), row);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void section3OfAUnitCountsNewCarriedInResultsAndCarriedOver(TestDatabase db) {
        World w = open(db);
        AnnualReport r = service(user(em, "assessor", Role.ASSESSOR, null)).report(w.a(), 2025);
        ApplicationTable t = r.applications();
        //                         NP COMPANY RESEARCH PUBLIC LEGAL ORG TOTAL
        row(t, ApplicationTable.NEW, 3, 0, 1, 1, 0, 0, 5);
        row(t, ApplicationTable.CARRIED_IN, 1, 1, 0, 0, 0, 0, 2);
        row(t, "GRANTED", 1, 0, 0, 0, 0, 0, 1);
        row(t, "PARTLY_GRANTED", 1, 0, 0, 0, 0, 0, 1);
        row(t, "REFUSED_STATE_SECRET", 0, 0, 0, 0, 0, 0, 0); // answered in 2026
        row(t, "UNAVAILABLE_NOT_HELD", 0, 0, 1, 0, 0, 0, 1);
        row(t, "NOT_PROCESSED_REPEATED", 0, 0, 0, 1, 0, 0, 1);
        row(t, "OTHER_NO_CORRECTION", 1, 0, 0, 0, 0, 0, 1);
        row(t, ApplicationTable.OUTCOME_TOTAL, 3, 0, 1, 1, 0, 0, 5);
        row(t, ApplicationTable.CARRIED_OUT, 1, 1, 0, 0, 0, 0, 2);
        assertEquals(List.of(), r.problems());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyOutcomeHasItsRowAndTheDistrictIsTheSumOfTheUnits(TestDatabase db) {
        World w = open(db);
        AnnualReportService s = service(user(em, "viewer", Role.VIEWER, null));
        ApplicationTable b = s.report(w.b(), 2025).applications();
        for (AnswerOutcome o : AnswerOutcome.values()) {
            long np = o == AnswerOutcome.OTHER ? 1 : 0; // the 2023 application answered in 2025
            row(b, o.name(), np, 0, 0, 0, 0, 1, 1 + np);
        }
        row(b, ApplicationTable.NEW, 1, 0, 0, 0, 0, 21, 22);
        row(b, ApplicationTable.CARRIED_IN, 1, 0, 0, 0, 0, 0, 1);
        row(b, ApplicationTable.OUTCOME_TOTAL, 1, 0, 0, 0, 0, 21, 22);
        row(b, ApplicationTable.CARRIED_OUT, 1, 0, 0, 0, 0, 0, 1);

        AnnualReport district = s.report(null, 2025);
        ApplicationTable all = district.applications();
        ApplicationTable a = s.report(w.a(), 2025).applications();
        for (String rowKey : ApplicationTable.ROWS) {
            for (int c = 0; c < ApplicationTable.COLUMNS; c++) {
                assertEquals(a.get(rowKey, c) + b.get(rowKey, c), all.get(rowKey, c), rowKey + " column " + c);
            }
        }
        row(all, ApplicationTable.NEW, 4, 0, 1, 1, 0, 21, 27);
        row(all, ApplicationTable.CARRIED_OUT, 2, 1, 0, 0, 0, 0, 3);

        ReviewTable r = district.reviews();
        assertEquals(List.of(1L, 0L, 0L, 2L, 3L), reviewRow(r, ReviewCaseKind.RECONSIDERATION));
        assertEquals(List.of(0L, 1L, 0L, 0L, 1L), reviewRow(r, ReviewCaseKind.LITIGATION_DIRECT));
        assertEquals(List.of(0L, 0L, 1L, 0L, 1L), reviewRow(r, ReviewCaseKind.LITIGATION_AFTER_RECONSIDERATION));

        ProactiveFigures p = district.proactive();
        assertEquals(new RegisterFigures(1, 0, 5, 2, 13, 150, 30, 3, new BigDecimal("1.7345")), p.register());
        assertEquals(3, p.normativeIssued(), "甲局 2 distinct documents + 乙镇 1");
        assertEquals("1.7345", p.getFeeText());
        // 丙街道 has not filled its register: the district report says so and is not exportable
        assertEquals(List.of("丙街道"), district.unitsWithoutRegister());
        assertEquals(1, district.problems().size(), district.problems().toString());
        assertEquals(
                "report.problem.registerMissingUnits",
                district.problems().get(0).messageKey());
    }

    private static List<Long> reviewRow(ReviewTable t, ReviewCaseKind kind) {
        return java.util.stream.IntStream.range(0, ReviewTable.COLUMNS)
                .mapToObj(c -> t.get(kind, c))
                .toList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void section4CountsCasesFiledInTheYearByTheirResultOn31December(TestDatabase db) {
        World w = open(db);
        AnnualReportService s = service(user(em, "assessor", Role.ASSESSOR, null));
        ReviewTable y2025 = s.report(w.a(), 2025).reviews();
        assertEquals(
                List.of(1L, 0L, 0L, 1L, 2L),
                reviewRow(y2025, ReviewCaseKind.RECONSIDERATION),
                "corrected in 2026 = pending");
        assertEquals(List.of(0L, 1L, 0L, 0L, 1L), reviewRow(y2025, ReviewCaseKind.LITIGATION_DIRECT));
        assertEquals(List.of(0L, 0L, 1L, 0L, 1L), reviewRow(y2025, ReviewCaseKind.LITIGATION_AFTER_RECONSIDERATION));
        ReviewTable y2024 = s.report(w.a(), 2024).reviews();
        assertEquals(
                List.of(0L, 0L, 0L, 1L, 1L),
                reviewRow(y2024, ReviewCaseKind.LITIGATION_AFTER_RECONSIDERATION),
                "filed 2024-12-01, decided 2025: pending at the end of 2024");
        ProactiveFigures p = s.report(w.a(), 2025).proactive();
        assertEquals(2, p.normativeIssued());
        assertEquals(10, p.getNormativeInForce());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void carryOverAgreesAcrossYearsAndWithTheTimelinessDashboard(TestDatabase db) {
        World w = open(db);
        AnnualReportService s = service(user(em, "assessor", Role.ASSESSOR, null));
        DisclosureSettings settings = DisclosureSettings.load(em);
        for (Long unit : new Long[] {w.a(), w.b(), null}) {
            for (int year = 2024; year <= 2025; year++) {
                ApplicationTable now = s.report(unit, year).applications();
                ApplicationTable next = s.report(unit, year + 1).applications();
                for (int c = 0; c < ApplicationTable.COLUMNS; c++) {
                    assertEquals(
                            now.get(ApplicationTable.CARRIED_OUT, c),
                            next.get(ApplicationTable.CARRIED_IN, c),
                            "unit " + unit + " " + year + " column " + c + ": carried over = next year's carried in");
                }
                List<UnitApplicationCounts> dashboard = TimelinessQueries.applicationCounts(
                        em, settings, d("2026-11-27"), unit, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
                long received = dashboard.stream()
                        .mapToLong(UnitApplicationCounts::received)
                        .sum();
                long carriedIn = dashboard.stream()
                        .mapToLong(UnitApplicationCounts::carriedIn)
                        .sum();
                long carriedOut = dashboard.stream()
                        .mapToLong(UnitApplicationCounts::carriedOut)
                        .sum();
                assertEquals(received, now.get(ApplicationTable.NEW, T), "received " + unit + " " + year);
                assertEquals(carriedIn, now.get(ApplicationTable.CARRIED_IN, T), "carried in " + unit + " " + year);
                assertEquals(carriedOut, now.get(ApplicationTable.CARRIED_OUT, T), "carried out " + unit + " " + year);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void checksFailOnInconsistentRecordsAndRegisters(TestDatabase db) {
        World w = open(db);
        AnnualReportService s = service(user(em, "assessor", Role.ASSESSOR, null));
        // an answer date without an outcome (as an old import could leave it): counted in 总计 but in no result row
        TestDatabase.txRun(
                em,
                () -> em.createNativeQuery("UPDATE info_application SET outcome = NULL WHERE id = " + w.a4().getId())
                        .executeUpdate());
        em.clear();
        AnnualReport a = s.report(w.a(), 2025);
        assertEquals(2, a.problems().size(), a.problems().toString());
        for (ReportProblem p : a.problems()) {
            assertEquals("report.problem.outcomeTotal", p.messageKey());
            assertEquals("report.t3.row.OUTCOME_TOTAL", p.row());
        }
        assertEquals(
                List.of("disclosure.applicantType.NATURAL_PERSON", "report.t3.column.TOTAL"),
                a.problems().stream().map(ReportProblem::column).toList());

        // 丙街道 fills its register with 现行有效 less than issued minus repealed
        RegisterForm form = s.register(w.c(), 2025);
        form.setRulesIssued(3);
        form.setRulesRepealed(1);
        form.setRulesInForce(1);
        TestDatabase.txRun(em, () -> s.saveRegister(form));
        AnnualReport c = s.report(w.c(), 2025);
        assertEquals(1, c.problems().size(), c.problems().toString());
        ReportProblem p = c.problems().get(0);
        assertEquals("report.problem.inForceTooLow", p.messageKey());
        assertEquals("report.t2.rules", p.row());
        assertEquals(List.of(1L, 3L, 1L), p.arguments());
        // the district sums the registers (6 in force >= 4 issued - 1 repealed) and all three are filled now
        assertEquals(
                List.of("report.problem.outcomeTotal", "report.problem.outcomeTotal"),
                s.report(null, 2025).problems().stream()
                        .map(ReportProblem::messageKey)
                        .toList());
    }
}
