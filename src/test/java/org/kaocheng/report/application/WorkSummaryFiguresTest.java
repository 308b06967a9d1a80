package org.kaocheng.report.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.disclosure.CalendarFixture;
import org.kaocheng.disclosure.application.ApplicationService;
import org.kaocheng.disclosure.application.ConcernResponseService;
import org.kaocheng.disclosure.application.NewMediaService;
import org.kaocheng.disclosure.application.PressEventService;
import org.kaocheng.disclosure.application.ProactiveItemService;
import org.kaocheng.disclosure.application.PublicityEventService;
import org.kaocheng.disclosure.application.ReadingPointService;
import org.kaocheng.disclosure.domain.AnswerOutcome;
import org.kaocheng.disclosure.domain.ApplicantType;
import org.kaocheng.disclosure.domain.ConcernChannel;
import org.kaocheng.disclosure.domain.ConcernResponse;
import org.kaocheng.disclosure.domain.InfoApplication;
import org.kaocheng.disclosure.domain.MediaPlatform;
import org.kaocheng.disclosure.domain.NewMediaAccount;
import org.kaocheng.disclosure.domain.PressEvent;
import org.kaocheng.disclosure.domain.PressEventKind;
import org.kaocheng.disclosure.domain.ProactiveItem;
import org.kaocheng.disclosure.domain.PublicationChannel;
import org.kaocheng.disclosure.domain.PublicityEvent;
import org.kaocheng.disclosure.domain.ReadingPoint;
import org.kaocheng.disclosure.domain.ReceiptChannel;
import org.kaocheng.disclosure.domain.UpdateSource;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.security.UserAccount;
import org.kaocheng.staff.StaffFixtures;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.training.application.TrainingCoverageService;
import org.kaocheng.training.application.TrainingSettings;
import org.kaocheng.unit.application.UnitService;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;

/**
 * Every figure of the 2025 work summary against a hand-counted world on H2 and PostgreSQL: items
 * published in the year by channel (one formed in 2024 and published in 2025 counts, one
 * published in 2024 does not), applications carried over from 2024 and into 2026, register sums,
 * reading-point entries by day and by month, new-media accounts closed as zombies, training.
 * The comment before each block gives the count.
 */
class WorkSummaryFiguresTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 12);

    record World(Long unitA, Long unitB) {}

    static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    static World world(EntityManager em) {
        return TestDatabase.inTransaction(em, e -> {
            CalendarFixture.CHINA_2024_2026.insert(e);
            RankingGroup g = StaffFixtures.group(e, "G");
            Unit a = StaffFixtures.unit(e, "A", "甲局", g);
            Unit b = StaffFixtures.unit(e, "B", "乙镇", g);

            // published in 2025: A website 03-01, 03-01, 01-06 (formed 2024), interpretation 03-03 → 4; A weibo 1;
            // B wechat 1; A other 1. Not counted: A published 2024-12-30, A unpublished.
            ProactiveItem document = item(e, a, "甲局规范性文件", "2025-02-20", "2025-03-01", PublicationChannel.WEBSITE);
            document.setNormative(true);
            item(e, a, "甲局通知", "2025-02-25", "2025-03-01", PublicationChannel.WEBSITE);
            item(e, a, "跨年发布", "2024-12-20", "2025-01-06", PublicationChannel.WEBSITE);
            item(e, a, "微博", "2025-05-08", "2025-05-10", PublicationChannel.WEIBO);
            item(e, b, "微信", "2025-05-28", "2025-06-01", PublicationChannel.WECHAT);
            item(e, a, "其他", "2025-06-28", "2025-07-01", PublicationChannel.OTHER);
            item(e, a, "去年发布", "2024-12-20", "2024-12-30", PublicationChannel.WEBSITE);
            item(e, a, "未发布", "2025-12-20", null, PublicationChannel.WEIBO);
            ProactiveItem interpretation =
                    item(e, a, "甲局规范性文件解读", "2025-03-01", "2025-03-03", PublicationChannel.WEBSITE);
            interpretation.interpret(document);

            // applications: received 2025 = app3, app4; carried in = app1, app5; answered 2025 = app1, app3
            // (of which carried in: app1); carried out = app4, app5.
            application(e, a, "2024-12-16", "2025-01-10");
            application(e, a, "2024-11-04", "2024-11-20");
            application(e, a, "2025-03-03", "2025-03-20");
            application(e, b, "2025-12-15", null);
            application(e, b, "2024-12-20", null);
            application(e, a, "2026-01-05", null);

            // press: 2025 conferences A 04-01, B 09-09; interview A 06-01. Not: 2024-12-31, 2026-01-01.
            e.persist(new PressEvent(a, d("2025-04-01"), PressEventKind.PRESS_CONFERENCE, "发布会一", null));
            e.persist(new PressEvent(a, d("2025-06-01"), PressEventKind.ONLINE_INTERVIEW, "访谈", "局长"));
            e.persist(new PressEvent(b, d("2025-09-09"), PressEventKind.PRESS_CONFERENCE, "发布会二", null));
            e.persist(new PressEvent(a, d("2024-12-31"), PressEventKind.PRESS_CONFERENCE, "去年", null));
            e.persist(new PressEvent(a, d("2026-01-01"), PressEventKind.ONLINE_INTERVIEW, "明年", null));

            // concerns 2025: A 02-02 major, B 03-03, A 12-31 → 3, of which 1 major. Not: A 2026-01-01 major.
            e.persist(new ConcernResponse(a, d("2025-02-02"), "燃气安全", ConcernChannel.WEBSITE, true));
            e.persist(new ConcernResponse(b, d("2025-03-03"), "学区", ConcernChannel.WECHAT, false));
            e.persist(new ConcernResponse(a, d("2025-12-31"), "公交", ConcernChannel.PRESS, false));
            e.persist(new ConcernResponse(a, d("2026-01-01"), "暴雨", ConcernChannel.MEDIA, true));

            // publicity starting in 2025: A 100/200/30000, B (ends 2026) 10/20/0. Not: A starting 2024-12-28.
            publicity(e, a, "2025-05-01", "2025-05-03", 100, 200, 30000);
            publicity(e, b, "2025-12-30", "2026-01-02", 10, 20, 0);
            publicity(e, a, "2024-12-28", "2025-01-02", 999, 999, 999);

            // reading points open in 2025: P1 (A), P2 (B, June–October); P3 (B) closed 2024-12-31.
            // 2025 entries: P1 month 2025-01 10/2, P1 day 07-15 5/1, P2 day 06-10 3/0 → 18 visits, 3 copies.
            ReadingPoint p1 = new ReadingPoint(a, "甲局查阅点", "甲路1号", d("2024-01-01"));
            p1.record(d("2025-01-20"), true, 10L, 2L);
            p1.record(d("2025-07-15"), false, 5L, 1L);
            p1.record(d("2024-12-01"), true, 100L, 100L);
            e.persist(p1);
            ReadingPoint p2 = new ReadingPoint(b, "乙镇查阅点", "乙路2号", d("2025-06-01"));
            p2.setPeriod(d("2025-06-01"), d("2025-10-31"));
            p2.record(d("2025-06-10"), false, 3L, 0L);
            e.persist(p2);
            ReadingPoint p3 = new ReadingPoint(b, "旧查阅点", "乙路3号", d("2023-01-01"));
            p3.setPeriod(d("2023-01-01"), d("2024-12-31"));
            e.persist(p3);

            // new media, check on 2025-12-31 (veto since 12-17, zombie since 09-30): M1 active, fine; M2 active,
            // veto and zombie. Closed in 2025: M3 (silent since 01-10, closed 06-01: zombie), M4 (closed 08-15, fine).
            account(e, a, "M1", "2025-12-20", null);
            account(e, b, "M2", "2025-05-01", null);
            account(e, a, "M3", "2025-01-10", "2025-06-01");
            account(e, b, "M4", "2025-08-01", "2025-08-15");
            return new World(a.getId(), b.getId());
        });
    }

    static ProactiveItem item(
            EntityManager em, Unit unit, String title, String formed, String published, PublicationChannel channel) {
        ProactiveItem item = new ProactiveItem(unit, title, d(formed), channel);
        item.setDates(d(formed), published == null ? null : d(published));
        em.persist(item);
        return item;
    }

    static void application(EntityManager em, Unit unit, String received, String answered) {
        InfoApplication app = new InfoApplication(
                unit,
                ReceiptChannel.IN_PERSON,
                d(received),
                null,
                null,
                ApplicantType.NATURAL_PERSON,
                "张三",
                null,
                "申请" + received);
        if (answered != null) {
            app.answer(d(answered), AnswerOutcome.GRANTED);
        }
        em.persist(app);
    }

    static void publicity(
            EntityManager em, Unit unit, String start, String end, long consultations, long brochures, long views) {
        PublicityEvent e = new PublicityEvent(unit, d(start), d(end), "宣传" + start);
        e.setVenue("广场", views > 0);
        e.setReach(consultations, brochures, views);
        em.persist(e);
    }

    static void account(EntityManager em, Unit unit, String name, String lastUpdate, String closed) {
        NewMediaAccount account = new NewMediaAccount(unit, MediaPlatform.WECHAT, name, d("2024-01-01"));
        account.recordUpdate(d(lastUpdate), UpdateSource.POST);
        if (closed != null) {
            account.close(d(closed));
        }
        em.persist(account);
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

    /** The summary service with every collaborator wired as the container would. */
    static WorkSummaryService service(EntityManager em, UserAccount account) {
        CurrentUser user = CurrentUser.of(account);
        Clock clock =
                Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
        WorkSummaryService s = new WorkSummaryService();
        s.user = user;
        s.items = wire(new ProactiveItemService(), em, user, clock);
        s.applications = wire(new ApplicationService(), em, user, clock);
        s.press = wire(new PressEventService(), em, user, clock);
        s.concerns = wire(new ConcernResponseService(), em, user, clock);
        s.publicity = wire(new PublicityEventService(), em, user, clock);
        s.readingPoints = wire(new ReadingPointService(), em, user, clock);
        s.newMedia = wire(new NewMediaService(), em, user, clock);
        TrainingCoverageService training = wire(new TrainingCoverageService(), em, user, clock);
        set(training, "settings", TrainingSettings.of(em));
        s.training = training;
        s.units = wire(new UnitService(), em, user, clock);
        return s;
    }

    static <T> T wire(T service, EntityManager em, CurrentUser user, Clock clock) {
        set(service, "em", em);
        set(service, "user", user);
        set(service, "clock", clock);
        set(service, "calendar", CalendarFixture.CHINA_2024_2026);
        return service;
    }

    /** Sets a package-private field the container would inject, where the class has one. */
    static void set(Object target, String name, Object value) {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                f.set(target, value);
                return;
            } catch (NoSuchFieldException e) {
                // try the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static void training(EntityManager em, World w) {
        TestDatabase.inTransaction(em, e -> {
            Unit a = e.find(Unit.class, w.unitA());
            Unit b = e.find(Unit.class, w.unitB());
            long a1 = StaffFixtures.staff(e, a, "甲一").getId();
            long a2 = StaffFixtures.staff(e, a, "甲二").getId();
            long b1 = StaffFixtures.staff(e, b, "乙一").getId();
            e.flush();
            sql(
                    e,
                    "INSERT INTO training_course (id, version, title, course_level, organiser, course_type, hours, induction,"
                            + " required_attendance, active) VALUES (1, 0, '政务公开业务培训', 'DISTRICT', '区政务公开办', 'IN_PERSON', 6, FALSE, 0.8, TRUE)");
            // held sessions ending in 2025: S1, S2 → 2. Not: S3 (2024), S4 cancelled, S5 planned.
            session(e, 1, "HELD", "2025-04-01", "2025-04-02");
            session(e, 2, "HELD", "2025-11-10", "2025-11-10");
            session(e, 3, "HELD", "2024-12-20", "2024-12-20");
            session(e, 4, "CANCELLED", "2025-06-01", "2025-06-01");
            session(e, 5, "PLANNED", "2025-12-01", "2025-12-01");
            // completions in 2025: a1 S1 4 h, a1 S2 6 h, b1 S2 6 h → 2 people, 3 completions, 16 h. Not: a2 S3 (2024).
            completion(e, 1, 1, a1, w.unitA(), "2025-04-02", "4");
            completion(e, 2, 2, a1, w.unitA(), "2025-11-10", "6");
            completion(e, 3, 2, b1, w.unitB(), "2025-11-10", "6");
            completion(e, 4, 3, a2, w.unitA(), "2024-12-20", "6");
        });
    }

    static void session(EntityManager em, long id, String status, String start, String end) {
        sql(
                em,
                "INSERT INTO training_session (id, version, course_id, capacity, status, starts_on, ends_on) VALUES ("
                        + id + ", 0, 1, 30, '" + status + "', DATE '" + start + "', DATE '" + end + "')");
    }

    static void completion(EntityManager em, long id, long session, long staff, long unit, String day, String hours) {
        sql(
                em,
                "INSERT INTO training_enrolment (id, version, session_id, staff_id, unit_id, status, source, requested_at,"
                        + " status_at) VALUES (" + id + ", 0, " + session + ", " + staff + ", " + unit
                        + ", 'ENROLLED', 'COORDINATOR',"
                        + " TIMESTAMP '2025-01-01 09:00:00', TIMESTAMP '2025-01-01 09:00:00')");
        sql(
                em,
                "INSERT INTO training_completion (id, version, enrolment_id, staff_id, unit_id, course_id, completed_on,"
                        + " completion_year, hours, induction, verification_code) VALUES (" + id + ", 0, " + id + ", "
                        + staff + ", "
                        + unit + ", 1, DATE '" + day + "', " + day.substring(0, 4) + ", " + hours + ", FALSE, 'CODE"
                        + id + "')");
    }

    static void sql(EntityManager em, String statement) {
        em.createNativeQuery(statement).executeUpdate();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyFigureOfTheDistrictAndOfAUnitIsTheHandCount(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            World w = world(em);
            training(em, w);
            WorkSummaryService summary = service(em, user(em, "assessor", Role.ASSESSOR, null));

            WorkSummaryFigures f = summary.figures(null, 2025);
            assertEquals(
                    List.of(4L, 1L, 1L, 1L, 7L, 1L),
                    List.of(
                            f.published().website(),
                            f.published().weibo(),
                            f.published().wechat(),
                            f.published().other(),
                            f.published().getTotal(),
                            f.published().interpretations()));
            assertEquals(
                    List.of(2L, 2L, 2L, 1L, 2L),
                    List.of(
                            f.applications().received(),
                            f.applications().carriedIn(),
                            f.applications().answered(),
                            f.applications().answeredCarriedIn(),
                            f.applications().carriedOut()),
                    "received, carried in, answered, of which carried in, carried out");
            assertEquals(
                    List.of(2L, 1L, 3L),
                    List.of(
                            f.press().conferences(),
                            f.press().interviews(),
                            f.press().getTotal()));
            assertEquals(
                    List.of(3L, 1L),
                    List.of(f.concerns().responses(), f.concerns().major()));
            assertEquals(
                    List.of(2L, 110L, 220L, 30000L),
                    List.of(
                            f.publicity().events(),
                            f.publicity().consultations(),
                            f.publicity().brochures(),
                            f.publicity().onlineViews()));
            assertEquals(
                    List.of(2L, 18L, 3L),
                    List.of(
                            f.readingPoints().points(),
                            f.readingPoints().visits(),
                            f.readingPoints().copies()));
            assertEquals(LocalDate.of(2025, 12, 31), f.newMedia().checkDay());
            assertEquals(
                    List.of(2L, 1L, 1L, 2L, 1L),
                    List.of(
                            f.newMedia().accountsChecked(),
                            f.newMedia().vetoFailed(),
                            f.newMedia().zombiesFound(),
                            f.newMedia().closed(),
                            f.newMedia().zombiesClosed()));
            assertEquals(
                    List.of(2L, 2L, 3L),
                    List.of(
                            f.training().sessionsHeld(),
                            f.training().peopleTrained(),
                            f.training().completions()));
            assertEquals(0, new BigDecimal("16").compareTo(f.training().hours()));

            WorkSummaryFigures a = summary.figures(w.unitA(), 2025);
            assertEquals("甲局", a.unitName());
            assertEquals(
                    List.of(4L, 1L, 0L, 1L, 6L, 1L),
                    List.of(
                            a.published().website(),
                            a.published().weibo(),
                            a.published().wechat(),
                            a.published().other(),
                            a.published().getTotal(),
                            a.published().interpretations()));
            assertEquals(
                    List.of(1L, 1L, 2L, 1L, 0L),
                    List.of(
                            a.applications().received(),
                            a.applications().carriedIn(),
                            a.applications().answered(),
                            a.applications().answeredCarriedIn(),
                            a.applications().carriedOut()));
            assertEquals(
                    List.of(1L, 1L), List.of(a.press().conferences(), a.press().interviews()));
            assertEquals(
                    List.of(2L, 1L),
                    List.of(a.concerns().responses(), a.concerns().major()));
            assertEquals(
                    List.of(1L, 100L, 200L, 30000L),
                    List.of(
                            a.publicity().events(),
                            a.publicity().consultations(),
                            a.publicity().brochures(),
                            a.publicity().onlineViews()));
            assertEquals(
                    List.of(1L, 15L, 3L),
                    List.of(
                            a.readingPoints().points(),
                            a.readingPoints().visits(),
                            a.readingPoints().copies()));
            assertEquals(
                    List.of(1L, 0L, 0L, 1L, 1L),
                    List.of(
                            a.newMedia().accountsChecked(),
                            a.newMedia().vetoFailed(),
                            a.newMedia().zombiesFound(),
                            a.newMedia().closed(),
                            a.newMedia().zombiesClosed()));
            assertEquals(
                    List.of(2L, 1L, 2L),
                    List.of(
                            a.training().sessionsHeld(),
                            a.training().peopleTrained(),
                            a.training().completions()));

            String opening = summary.draft(f, java.util.Locale.SIMPLIFIED_CHINESE, TODAY)
                    .get(2)
                    .getText();
            assertTrue(opening.contains("累计主动公开政府信息7条，其中政府网站公开信息数4条"), opening);
            assertTrue(opening.contains("受理公民依申请公开2件，办结2件（其中1件为上年度结转），2件结转下年度办理"), opening);
            assertTrue(summary.figureList(a).stream()
                    .anyMatch(x -> x.link() != null
                            && x.link().equals("/disclosure/press-events.xhtml?year=2025&unitId=" + w.unitA())));
        } finally {
            em.close();
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anOperatorSeesTheSummaryOfTheirOwnUnitOnly(TestDatabase db) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            World w = world(em);
            WorkSummaryService summary = service(em, user(em, "op_a", Role.UNIT_OPERATOR, w.unitA()));
            WorkSummaryFigures own = summary.figures(null, 2025);
            assertEquals(w.unitA(), own.unitId(), "no unit asked: the operator's own");
            assertEquals(6L, own.published().getTotal());
            assertThrows(AccessDeniedException.class, () -> summary.figures(w.unitB(), 2025));
            WorkSummaryService coordinator = service(em, user(em, "coord", Role.COORDINATOR, null));
            assertThrows(AccessDeniedException.class, () -> coordinator.figures(null, 2025), "not a reader of reports");
            // a year out of range is named as written (2101, not 2,101)
            org.kaocheng.platform.BusinessRuleException late =
                    assertThrows(org.kaocheng.platform.BusinessRuleException.class, () -> summary.figures(null, 2101));
            assertEquals(
                    "年度 2101 无效。",
                    org.kaocheng.platform.web.Messages.text(
                            java.util.Locale.SIMPLIFIED_CHINESE, late.getMessageKey(), late.getArguments()));
            assertEquals(
                    "The year 2101 is not valid.",
                    org.kaocheng.platform.web.Messages.text(
                            java.util.Locale.ENGLISH, late.getMessageKey(), late.getArguments()));
        } finally {
            em.close();
            emf.close();
        }
    }
}
