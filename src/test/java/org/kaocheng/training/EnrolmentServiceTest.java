package org.kaocheng.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaocheng.staff.StaffFixtures.group;
import static org.kaocheng.staff.StaffFixtures.posting;
import static org.kaocheng.staff.StaffFixtures.staff;
import static org.kaocheng.staff.StaffFixtures.unit;
import static org.kaocheng.training.TrainingFixture.course;
import static org.kaocheng.training.TrainingFixture.run;
import static org.kaocheng.training.TrainingFixture.session;
import static org.kaocheng.training.TrainingFixture.tx;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.staff.domain.PostType;
import org.kaocheng.staff.domain.PostingEnd;
import org.kaocheng.staff.domain.Staff;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.training.application.AttendanceService.Change;
import org.kaocheng.training.application.AttendanceService.Mark;
import org.kaocheng.training.application.BulkCandidate;
import org.kaocheng.training.application.BulkPreview;
import org.kaocheng.training.application.EnrolmentService.EnrolmentResult;
import org.kaocheng.training.application.SkipReason;
import org.kaocheng.training.application.TrainingTestAccess;
import org.kaocheng.training.domain.AttendanceStatus;
import org.kaocheng.training.domain.EnrolmentEventKind;
import org.kaocheng.training.domain.EnrolmentStatus;
import org.kaocheng.training.domain.SessionDayPlan;
import org.kaocheng.training.domain.TrainingCompletion;
import org.kaocheng.training.domain.TrainingCourse;
import org.kaocheng.training.domain.TrainingEnrolment;
import org.kaocheng.training.domain.TrainingEnrolmentEvent;
import org.kaocheng.training.domain.TrainingSession;
import org.kaocheng.unit.domain.RankingGroup;
import org.kaocheng.unit.domain.Unit;

/** Enrolment, waitlist, bulk preview, nominations, attendance and completion on H2 and PostgreSQL. */
class EnrolmentServiceTest {

    /** The district of these tests: units A and B, people p1..p7 in A, q1 in B. */
    static final class World {
        Unit a;
        Unit b;
        Map<String, Staff> people;
        TrainingCourse course;
        TrainingSession session;
        TrainingSession other;
    }

    private static void withWorld(TestDatabase db, Consumer<EntityManager> test) {
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(db.create());
        EntityManager em = emf.createEntityManager();
        try {
            test.accept(em);
        } finally {
            em.close();
            emf.close();
        }
    }

    private static World build(EntityManager e) {
        return tx(e, () -> {
            World w = new World();
            RankingGroup g = group(e, "G");
            w.a = unit(e, "A", "甲局", g);
            w.b = unit(e, "B", "乙镇", g);
            w.people = new java.util.LinkedHashMap<>();
            for (String name : List.of("p1", "p2", "p3", "p4", "p5", "p6", "p7")) {
                Staff s = staff(e, w.a, name);
                posting(
                        e,
                        s,
                        w.a,
                        PostType.PART_TIME,
                        "2024-01-01",
                        name.equals("p3") ? "2026-02-01" : null,
                        name.equals("p3") ? PostingEnd.LEAVE : null);
                w.people.put(name, s);
            }
            Staff q1 = staff(e, w.b, "q1");
            posting(e, q1, w.b, PostType.DESIGNATED_OFFICER, "2024-01-01", null, null);
            w.people.put("q1", q1);
            w.course = course(e, "条例解读", "6", "1", null);
            w.session = session(e, w.course, LocalDate.of(2026, 3, 10), 2, 3);
            TrainingCourse otherCourse = course(e, "新媒体运维", "3", "1", null);
            // 10 March 10:00–11:00 overlaps the first day of the session (09:00–12:00)
            w.other = new TrainingSession(
                    otherCourse,
                    List.of(new SessionDayPlan(LocalDate.of(2026, 3, 10), LocalTime.of(10, 0), LocalTime.of(11, 0))),
                    5,
                    null);
            w.other.open();
            e.persist(w.other);
            e.flush();
            return w;
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void bulkPreviewSkipsEnrolledCompletedDepartedAndClashingPeopleAndWaitlistsBeyondCapacity(TestDatabase db) {
        withWorld(db, em -> {
            World w = build(em);
            TrainingTestAccess t = TrainingFixture.services(em, TrainingFixture.coordinator());
            run(em, () -> {
                EntityManager e = em;
                t.enrolments.enrol(w.session.getId(), w.people.get("p1").getId());
                t.enrolments.enrol(w.other.getId(), w.people.get("p4").getId());
                // p2 completed the same course in January
                TrainingSession january = session(e, w.course, LocalDate.of(2026, 1, 12), 1, 10);
                t.enrolments.enrol(january.getId(), w.people.get("p2").getId());
                TrainingEnrolment p2 = e.createNamedQuery(
                                "TrainingEnrolment.ofSessionAndStaff", TrainingEnrolment.class)
                        .setParameter("sessionId", january.getId())
                        .setParameter("staffId", w.people.get("p2").getId())
                        .getSingleResult();
                t.attendance.record(
                        january.getId(),
                        List.of(new Mark(p2.getId(), january.getDays().get(0).getId(), AttendanceStatus.PRESENT)));
                january.markHeld(TrainingFixture.TODAY);
                assertEquals(1, t.attendance.computeCompletions(january.getId()));
            });

            BulkPreview preview = t.enrolments.previewBulk(w.session.getId(), List.of(w.a.getId()), List.of());
            Map<String, BulkCandidate> byName =
                    preview.rows().stream().collect(Collectors.toMap(BulkCandidate::staffName, r -> r));
            assertEquals(7, preview.rows().size(), "everyone whose unit is A, departed p3 included");
            assertEquals(SkipReason.ALREADY_ENROLLED, byName.get("p1").reason());
            assertEquals(SkipReason.COMPLETED_THIS_YEAR, byName.get("p2").reason());
            assertEquals(SkipReason.NO_OPEN_POSTING, byName.get("p3").reason());
            assertEquals(SkipReason.TIME_CLASH, byName.get("p4").reason());
            // capacity 3, p1 seated: p5 and p6 take the two seats, p7 waits
            assertEquals(BulkCandidate.Outcome.ENROL, byName.get("p5").outcome());
            assertEquals(BulkCandidate.Outcome.ENROL, byName.get("p6").outcome());
            assertEquals(BulkCandidate.Outcome.WAITLIST, byName.get("p7").outcome());
            assertEquals(2, preview.getEnrolCount());
            assertEquals(1, preview.getWaitlistCount());
            assertEquals(4, preview.getSkipCount());

            BulkPreview done = tx(em, () -> t.enrolments.enrolBulk(w.session.getId(), List.of(w.a.getId()), List.of()));
            assertEquals(preview, done, "the enrolment does what the preview said");
            Map<String, EnrolmentStatus> statuses = statuses(em, w.session);
            assertEquals(
                    Map.of(
                            "p1",
                            EnrolmentStatus.ENROLLED,
                            "p5",
                            EnrolmentStatus.ENROLLED,
                            "p6",
                            EnrolmentStatus.ENROLLED,
                            "p7",
                            EnrolmentStatus.WAITLISTED),
                    statuses);

            BulkPreview byPost =
                    t.enrolments.previewBulk(w.session.getId(), List.of(), List.of(PostType.DESIGNATED_OFFICER));
            assertEquals(
                    List.of("q1"),
                    byPost.rows().stream().map(BulkCandidate::staffName).toList());
            assertEquals(BulkCandidate.Outcome.WAITLIST, byPost.rows().get(0).outcome(), "the session is full");
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSessionListShowsTheLatestFirstUntilSortedByAColumn(TestDatabase db) {
        withWorld(db, em -> {
            World w = build(em);
            TrainingTestAccess t = TrainingFixture.services(em, TrainingFixture.coordinator());
            TrainingSession january = tx(em, () -> session(em, w.course, LocalDate.of(2026, 1, 12), 1, 10));
            TrainingSession december = tx(em, () -> session(em, w.course, LocalDate.of(2026, 12, 7), 1, 10));
            assertEquals(
                    List.of(december.getId(), w.session.getId(), w.other.getId(), january.getId()),
                    t.sessions.page(PageRequest.of(0, 20)).rows().stream()
                            .map(TrainingSession::getId)
                            .toList(),
                    "newest start first; a tie in the order the sessions were made");
            assertEquals(
                    january.getId(),
                    t.sessions
                            .page(new PageRequest(0, 20, "startsOn", true, Map.of()))
                            .rows()
                            .get(0)
                            .getId(),
                    "a column's sort replaces the default");
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void listFiltersNamingNoConstantMatchNothingInsteadOfFailingTheList(TestDatabase db) {
        withWorld(db, em -> {
            World w = build(em);
            TrainingTestAccess t = TrainingFixture.services(em, TrainingFixture.coordinator());
            assertEquals(2, t.courses.page(filtered("level", "DISTRICT")).total());
            assertEquals(0, t.courses.page(filtered("level", "区级")).total(), "a label typed instead of the code");
            assertEquals(2, t.courses.page(filtered("organiser", "公开办")).total());
            assertEquals(0, t.courses.page(filtered("organiser", "网信办")).total());
            assertEquals(2, t.sessions.page(filtered("status", "OPEN")).total());
            assertEquals(0, t.sessions.page(filtered("status", "open'; --")).total(), "a value sent by hand");
            assertEquals(
                    w.course.getId(),
                    t.courses.page(filtered("title", "条例")).rows().get(0).getId());
        });
    }

    private static PageRequest filtered(String field, String value) {
        return new PageRequest(0, 20, null, true, Map.of(field, value));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void cancellingASeatMovesTheLongestWaitingPersonUpAndRecordsIt(TestDatabase db) {
        withWorld(db, em -> {
            World w = build(em);
            TrainingTestAccess t = TrainingFixture.services(em, TrainingFixture.coordinator());
            List<EnrolmentResult> results = tx(
                    em,
                    () -> List.of("p1", "p2", "p4", "p5", "p6").stream()
                            .filter(n -> !n.equals("p4"))
                            .map(n -> t.enrolments.enrol(
                                    w.session.getId(), w.people.get(n).getId()))
                            .toList());
            assertEquals(
                    List.of(
                            EnrolmentStatus.ENROLLED,
                            EnrolmentStatus.ENROLLED,
                            EnrolmentStatus.ENROLLED,
                            EnrolmentStatus.WAITLISTED),
                    results.stream().map(EnrolmentResult::status).toList());
            tx(
                    em,
                    () -> t.enrolments.enrol(
                            w.session.getId(), w.people.get("p7").getId()));

            List<EnrolmentResult> promoted =
                    tx(em, () -> t.enrolments.cancel(results.get(1).enrolmentId()));
            assertEquals(
                    List.of("p6"),
                    promoted.stream().map(EnrolmentResult::staffName).toList(),
                    "p6 waited longer than p7");
            assertEquals(EnrolmentStatus.WAITLISTED, statuses(em, w.session).get("p7"));
            List<TrainingEnrolmentEvent> history = t.enrolments.history(w.session.getId());
            TrainingEnrolmentEvent last = history.get(history.size() - 1);
            assertEquals(EnrolmentEventKind.PROMOTED, last.getKind());
            assertEquals("p6", last.getEnrolment().getStaff().getName());
            assertEquals("p2", last.getDetail(), "moved up into p2's seat");
            assertEquals("coord", last.getUsername());

            // one more seat: p7 moves up at once; fewer seats than people seated is refused
            TrainingSession fresh = em.find(TrainingSession.class, w.session.getId());
            List<SessionDayPlan> days = fresh.getDays().stream()
                    .map(d -> new SessionDayPlan(d.getDate(), d.getStartTime(), d.getEndTime()))
                    .toList();
            run(
                    em,
                    () -> t.sessions.update(
                            fresh.getId(),
                            fresh.getVersion(),
                            new org.kaocheng.training.application.TrainingSessionService.SessionForm(
                                    w.course.getId(), days, "会议室", null, "王老师", 4, null)));
            assertEquals(EnrolmentStatus.ENROLLED, statuses(em, w.session).get("p7"), "capacity 3 → 4");
            TrainingSession again4 = em.find(TrainingSession.class, w.session.getId());
            BusinessRuleException shrink = assertThrows(
                    BusinessRuleException.class,
                    () -> run(
                            em,
                            () -> t.sessions.update(
                                    again4.getId(),
                                    again4.getVersion(),
                                    new org.kaocheng.training.application.TrainingSessionService.SessionForm(
                                            w.course.getId(), days, null, null, null, 2, null))));
            assertEquals("training.session.capacityBelowSeated", shrink.getMessageKey());

            BusinessRuleException again = assertThrows(
                    BusinessRuleException.class,
                    () -> tx(
                            em,
                            () -> t.enrolments.enrol(
                                    w.session.getId(), w.people.get("p1").getId())));
            assertEquals("training.skip.ALREADY_ENROLLED", again.getMessageKey());
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aUnitOperatorNominatesOnlyTheirOwnStaffAndACoordinatorConfirms(TestDatabase db) {
        withWorld(db, em -> {
            World w = build(em);
            TrainingTestAccess operatorA = TrainingFixture.services(em, TrainingFixture.operator(w.a.getId()));
            assertThrows(
                    AccessDeniedException.class,
                    () -> tx(
                            em,
                            () -> operatorA.enrolments.nominate(
                                    w.session.getId(), w.people.get("q1").getId())),
                    "q1 is B's");
            assertTrue(statuses(em, w.session).isEmpty(), "nothing was written");
            assertThrows(
                    AccessDeniedException.class,
                    () -> tx(
                            em,
                            () -> operatorA.enrolments.enrol(
                                    w.session.getId(), w.people.get("p1").getId())),
                    "only coordinators enrol directly");

            EnrolmentResult nominated = tx(
                    em,
                    () -> operatorA.enrolments.nominate(
                            w.session.getId(), w.people.get("p1").getId()));
            assertEquals(EnrolmentStatus.NOMINATED, nominated.status());
            assertEquals(
                    List.of("p1"),
                    operatorA.enrolments.ofSession(w.session.getId()).stream()
                            .map(en -> en.getStaff().getName())
                            .toList());
            TrainingTestAccess operatorB = TrainingFixture.services(em, TrainingFixture.operator(w.b.getId()));
            assertTrue(operatorB.enrolments.ofSession(w.session.getId()).isEmpty(), "B does not see A's people");
            assertThrows(
                    AccessDeniedException.class,
                    () -> tx(em, () -> operatorB.enrolments.cancel(nominated.enrolmentId())));

            TrainingTestAccess coordinator = TrainingFixture.services(em, TrainingFixture.coordinator());
            assertThrows(
                    AccessDeniedException.class,
                    () -> tx(em, () -> operatorA.enrolments.confirm(nominated.enrolmentId())));
            EnrolmentResult confirmed = tx(em, () -> coordinator.enrolments.confirm(nominated.enrolmentId()));
            assertEquals(EnrolmentStatus.ENROLLED, confirmed.status());
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aGridSaveKeepsMarksRecordedMeanwhileAndIsRefusedWhereSomeoneChangedTheSameCell(TestDatabase db) {
        withWorld(db, em -> {
            World w = build(em);
            TrainingTestAccess t = TrainingFixture.services(em, TrainingFixture.coordinator());
            Long sid = w.session.getId();
            List<EnrolmentResult> r = tx(
                    em,
                    () -> List.of("p1", "p2").stream()
                            .map(n -> t.enrolments.enrol(sid, w.people.get(n).getId()))
                            .toList());
            Long p1 = r.get(0).enrolmentId();
            Long p2 = r.get(1).enrolmentId();
            Long day1 = w.session.getDays().get(0).getId();
            Long day2 = w.session.getDays().get(1).getId();
            // a page loaded the empty grid; meanwhile a sign-in sheet marks p1 present on day 1
            tx(em, () -> t.attendance.record(sid, List.of(new Mark(p1, day1, AttendanceStatus.PRESENT))));
            // the page saves the cells it changed: p1's day-1 mark, which it never touched, stays
            assertEquals(
                    2,
                    tx(
                            em,
                            () -> t.attendance.save(
                                    sid,
                                    List.of(
                                            new Change(p2, day1, null, AttendanceStatus.ABSENT),
                                            new Change(p1, day2, null, AttendanceStatus.LATE)),
                                    Map.of())));
            assertEquals(
                    Map.of(
                            p1, Map.of(day1, AttendanceStatus.PRESENT, day2, AttendanceStatus.LATE),
                            p2, Map.of(day1, AttendanceStatus.ABSENT)),
                    t.attendance.grid(sid));
            // the page, still showing p1's day 1 empty, changes it and p2's day 2: refused, neither saved
            BusinessRuleException refused = assertThrows(
                    BusinessRuleException.class,
                    () -> tx(
                            em,
                            () -> t.attendance.save(
                                    sid,
                                    List.of(
                                            new Change(p2, day2, null, AttendanceStatus.PRESENT),
                                            new Change(p1, day1, null, AttendanceStatus.EXCUSED)),
                                    Map.of())));
            assertEquals("training.attendance.changedMeanwhile", refused.getMessageKey());
            assertEquals("p1", refused.getArguments()[0]);
            em.clear();
            assertEquals(
                    Map.of(
                            p1, Map.of(day1, AttendanceStatus.PRESENT, day2, AttendanceStatus.LATE),
                            p2, Map.of(day1, AttendanceStatus.ABSENT)),
                    t.attendance.grid(sid));
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void attendanceIsRefusedForPeopleNotEnrolledAndCompletionFollowsTheCourseRule(TestDatabase db) {
        withWorld(db, em -> {
            World w = build(em);
            TrainingTestAccess t = TrainingFixture.services(em, TrainingFixture.coordinator());
            // capacity 3: p1, p2, p5 seated, p6 waitlisted
            List<EnrolmentResult> r = tx(
                    em,
                    () -> List.of("p1", "p2", "p5", "p6").stream()
                            .map(n -> t.enrolments.enrol(
                                    w.session.getId(), w.people.get(n).getId()))
                            .toList());
            Long day1 = w.session.getDays().get(0).getId();
            Long day2 = w.session.getDays().get(1).getId();
            BusinessRuleException refused = assertThrows(
                    BusinessRuleException.class,
                    () -> tx(
                            em,
                            () -> t.attendance.record(
                                    w.session.getId(),
                                    List.of(new Mark(r.get(3).enrolmentId(), day1, AttendanceStatus.PRESENT)))));
            assertEquals("training.attendance.notEnrolled", refused.getMessageKey(), "p6 is only waitlisted");

            // rule: all days attended (share 1). p1 present + late = 2/2; p2 present + excused = 1/2; p5 nothing
            tx(
                    em,
                    () -> t.attendance.record(
                            w.session.getId(),
                            List.of(
                                    new Mark(r.get(0).enrolmentId(), day1, AttendanceStatus.PRESENT),
                                    new Mark(r.get(0).enrolmentId(), day2, AttendanceStatus.LATE),
                                    new Mark(r.get(1).enrolmentId(), day1, AttendanceStatus.PRESENT),
                                    new Mark(r.get(1).enrolmentId(), day2, AttendanceStatus.EXCUSED))));
            assertEquals(
                    AttendanceStatus.LATE,
                    t.attendance
                            .grid(w.session.getId())
                            .get(r.get(0).enrolmentId())
                            .get(day2));
            // everyone enrolled is of unit A: A's operator sees the whole grid, B's none of it
            assertEquals(
                    t.attendance.grid(w.session.getId()),
                    TrainingFixture.services(em, TrainingFixture.operator(w.a.getId()))
                            .attendance
                            .grid(w.session.getId()));
            assertTrue(
                    TrainingFixture.services(em, TrainingFixture.operator(w.b.getId()))
                            .attendance
                            .grid(w.session.getId())
                            .isEmpty(),
                    "B does not see A's attendance");

            TrainingSession held = em.find(TrainingSession.class, w.session.getId());
            TrainingTestAccess later = TrainingFixture.services(em, TrainingFixture.coordinator());
            later.at(java.time.Clock.fixed(
                    LocalDate.of(2026, 3, 11)
                            .atTime(18, 0)
                            .atZone(java.time.ZoneId.systemDefault())
                            .toInstant(),
                    java.time.ZoneId.systemDefault()));
            run(em, () -> later.sessions.markHeld(held.getId(), held.getVersion()));
            List<TrainingCompletion> completions = em.createNamedQuery(
                            "TrainingCompletion.ofSession", TrainingCompletion.class)
                    .setParameter("sessionId", w.session.getId())
                    .getResultList();
            assertEquals(1, completions.size());
            TrainingCompletion c = completions.get(0);
            assertEquals("p1", c.getStaff().getName());
            assertEquals(0, new java.math.BigDecimal("6").compareTo(c.getHours()));
            assertEquals(LocalDate.of(2026, 3, 11), c.getCompletedOn(), "the session's last day");
            assertEquals(2026, c.getYear());
            assertTrue(c.getVerificationCode().matches("[0-9A-HJKMNP-TV-Z]{20}"), c.getVerificationCode());

            // p2's excused day is corrected to present: computing again completes p2 too
            tx(
                    em,
                    () -> t.attendance.record(
                            w.session.getId(),
                            List.of(new Mark(r.get(1).enrolmentId(), day2, AttendanceStatus.PRESENT))));
            assertEquals(2, tx(em, () -> t.attendance.computeCompletions(w.session.getId())));

            // the certificate code checks out publicly, typed in lower case with dashes; a guess does not
            var cert = t.certificates
                    .verify(c.getVerificationCode().toLowerCase().substring(0, 10) + "-"
                            + c.getVerificationCode().substring(10))
                    .orElseThrow();
            assertEquals("p1", cert.staffName());
            assertEquals("条例解读", cert.courseTitle());
            assertTrue(t.certificates.verify("0000000000000000000A").isEmpty());
            assertTrue(t.certificates.verify("").isEmpty());

            // p2's transcript: enrolled in A, 2 of 2 days attended after the correction, 6 hours
            var transcript = t.transcripts.transcript(w.people.get("p2").getId());
            assertEquals(1, transcript.size());
            assertEquals("甲局", transcript.get(0).unitName());
            assertEquals(2, transcript.get(0).present());
            assertTrue(transcript.get(0).completed());
            assertTrue(t.transcripts.exportXlsx(w.people.get("p2").getId(), k -> k).length > 1000);
            byte[] pdf =
                    t.transcripts.exportPdf(w.people.get("p2").getId(), k -> k, java.util.Locale.SIMPLIFIED_CHINESE);
            String text = pdfText(pdf);
            assertTrue(text.contains("条例解读") && text.contains("甲局") && text.contains("个人培训档案"), text);
            TrainingTestAccess operatorB = TrainingFixture.services(em, TrainingFixture.operator(w.b.getId()));
            assertThrows(
                    AccessDeniedException.class,
                    () -> operatorB.transcripts.transcript(w.people.get("p2").getId()));

            BusinessRuleException cancelHeld = assertThrows(
                    BusinessRuleException.class,
                    () -> run(
                            em,
                            () -> t.sessions.cancel(
                                    held.getId(),
                                    em.find(TrainingSession.class, held.getId()).getVersion())));
            assertEquals("training.session.heldCannotCancel", cancelHeld.getMessageKey());
        });
    }

    static String pdfText(byte[] pdf) {
        try {
            com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
            String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
            reader.close();
            return text;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Map<String, EnrolmentStatus> statuses(EntityManager em, TrainingSession session) {
        em.clear();
        return em
                .createNamedQuery("TrainingEnrolment.ofSession", TrainingEnrolment.class)
                .setParameter("sessionId", session.getId())
                .getResultList()
                .stream()
                .collect(Collectors.toMap(e -> e.getStaff().getName(), TrainingEnrolment::getStatus));
    }
}
