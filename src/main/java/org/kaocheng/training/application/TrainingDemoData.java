package org.kaocheng.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.kaocheng.platform.startup.DemoDataLoader;
import org.kaocheng.staff.application.PostingStarted;
import org.kaocheng.staff.domain.PostType;
import org.kaocheng.staff.domain.Posting;
import org.kaocheng.staff.domain.Staff;
import org.kaocheng.training.domain.AttendanceStatus;
import org.kaocheng.training.domain.CompletionRule;
import org.kaocheng.training.domain.CourseLevel;
import org.kaocheng.training.domain.CourseType;
import org.kaocheng.training.domain.EnrolmentEventKind;
import org.kaocheng.training.domain.EnrolmentSource;
import org.kaocheng.training.domain.SessionDayPlan;
import org.kaocheng.training.domain.TrainingAttendance;
import org.kaocheng.training.domain.TrainingCourse;
import org.kaocheng.training.domain.TrainingEnrolment;
import org.kaocheng.training.domain.TrainingEnrolmentEvent;
import org.kaocheng.training.domain.TrainingSession;
import org.kaocheng.training.domain.TrainingSessionDay;

/**
 * The demo district's training year: six courses, about twenty sessions across the year (held
 * ones with enrolments, attendance, scores and completions; later ones open for enrolment), and
 * induction requirements for the designated officers and full-time staff appointed since the
 * middle of last year, some of them overdue. Runs after units and staff (order 400) and reads
 * them with JPQL; does nothing when a course exists.
 */
@ApplicationScoped
public class TrainingDemoData implements DemoDataLoader {

    private static final String DEMO_USER = "demo";

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    InductionService inductions;

    @Inject
    AttendanceService attendance;

    /** "Today", which decides which sessions of the year are held; tests fix it. */
    Clock clock = Clock.systemDefaultZone();

    private Random random;

    @Override
    public int order() {
        return 400;
    }

    @Override
    @Transactional
    public void load() {
        if (em.createQuery("SELECT COUNT(c) FROM TrainingCourse c", Long.class).getSingleResult() > 0
                || em.createQuery("SELECT COUNT(s) FROM Staff s", Long.class).getSingleResult() == 0) {
            return;
        }
        random = new Random(20260400L);
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();

        TrainingCourse induction = course(
                "新任政务公开专员岗前培训",
                CourseLevel.DISTRICT,
                "区政务公开办",
                CourseType.IN_PERSON,
                "4",
                "1",
                null,
                EnumSet.of(PostType.DESIGNATED_OFFICER, PostType.FULL_TIME));
        induction.makeInduction(null);
        induction.setSyllabus("政务公开工作职责；《条例》要点；主动公开与依申请公开流程；平台操作。");
        TrainingCourse regulation = course(
                "《中华人民共和国政府信息公开条例》解读",
                CourseLevel.CITY,
                "市政务公开办",
                CourseType.VIDEO_CONFERENCE,
                "3",
                "1",
                null,
                EnumSet.noneOf(PostType.class));
        TrainingCourse standard = course(
                "基层政务公开标准化规范化建设",
                CourseLevel.PROVINCE,
                "省政务公开办",
                CourseType.ONLINE,
                "6",
                "0.8",
                "60",
                EnumSet.noneOf(PostType.class));
        TrainingCourse applications = course(
                "依申请公开办理实务",
                CourseLevel.DISTRICT,
                "区政务公开办",
                CourseType.IN_PERSON,
                "6",
                "1",
                null,
                EnumSet.of(PostType.DESIGNATED_OFFICER));
        TrainingCourse newMedia = course(
                "政务新媒体运维与安全",
                CourseLevel.DISTRICT,
                "区委网信办",
                CourseType.IN_PERSON,
                "3",
                "1",
                null,
                EnumSet.of(PostType.NEW_MEDIA_ADMIN));
        TrainingCourse annualReport = course(
                "政府信息公开工作年度报告编写",
                CourseLevel.DISTRICT,
                "区政务公开办",
                CourseType.IN_PERSON,
                "3",
                "1",
                null,
                EnumSet.noneOf(PostType.class));
        em.flush();

        // Induction requirements for new officers and full-time staff since July last year, in posting order.
        List<Posting> postings = em.createQuery(
                        "SELECT p FROM Posting p WHERE p.startDate >= :from"
                                + " AND p.postType IN :types ORDER BY p.startDate, p.id",
                        Posting.class)
                .setParameter("from", LocalDate.of(year - 1, 7, 1))
                .setParameter("types", EnumSet.of(PostType.DESIGNATED_OFFICER, PostType.FULL_TIME))
                .getResultList();
        for (Posting p : postings) {
            inductions.onPostingStarted(new PostingStarted(
                    p.getId(), p.getStaff().getId(), p.getUnit().getId(), p.getPostType(), p.getStartDate()));
        }

        for (int month = 1; month <= 12; month++) {
            LocalDate first = weekday(LocalDate.of(year, month, 8 + random.nextInt(6)));
            if (month % 2 == 0) {
                inductionSession(induction, first, today);
            }
            TrainingCourse course = switch (month) {
                case 1 -> annualReport;
                case 3, 9 -> regulation;
                case 4, 10 -> standard;
                case 5, 11 -> applications;
                case 6, 12 -> newMedia;
                default -> null;
            };
            if (course != null) {
                LocalDate start = weekday(first.plusDays(7));
                int days = course == applications ? 2 : 1;
                regularSession(course, start, days, today);
            }
        }
        em.flush();
    }

    private TrainingCourse course(
            String title,
            CourseLevel level,
            String organiser,
            CourseType type,
            String hours,
            String attendanceShare,
            String minScore,
            Set<PostType> requiredFor) {
        TrainingCourse c = new TrainingCourse(
                title,
                level,
                organiser,
                type,
                new BigDecimal(hours),
                new CompletionRule(
                        new BigDecimal(attendanceShare), minScore == null ? null : new BigDecimal(minScore)));
        c.setRequiredFor(requiredFor);
        em.persist(c);
        return c;
    }

    private TrainingSession session(TrainingCourse course, LocalDate start, int days, int capacity) {
        List<SessionDayPlan> plans = new ArrayList<>();
        LocalDate day = start;
        for (int i = 0; i < days; i++) {
            plans.add(new SessionDayPlan(day, LocalTime.of(9, 0), LocalTime.of(12, 0)));
            day = weekday(day.plusDays(1));
        }
        TrainingSession s = new TrainingSession(course, plans, capacity, start.minusDays(3));
        s.setPlace(course.getType() == CourseType.IN_PERSON ? "区政务服务中心三楼培训室" : null);
        s.setLink(course.getType() == CourseType.IN_PERSON ? null : "https://training.example.gov.cn/live/" + start);
        s.setTrainer(course.getType() == CourseType.ONLINE ? "省政务公开办" : "区政务公开办 王老师");
        s.open();
        em.persist(s);
        em.flush();
        return s;
    }

    /** Induction sessions enrol most people who owe induction by then; some never get there (overdue). */
    private void inductionSession(TrainingCourse course, LocalDate start, LocalDate today) {
        TrainingSession s = session(course, start, 1, 40);
        List<Staff> owing = em.createQuery(
                        "SELECT DISTINCT r.staff FROM InductionRequirement r"
                                + " WHERE r.status = org.kaocheng.training.domain.InductionStatus.OPEN AND r.postingStart <= :day",
                        Staff.class)
                .setParameter("day", start.minusDays(3))
                .getResultList();
        List<Staff> chosen = owing.stream()
                .sorted(java.util.Comparator.comparing(Staff::getId))
                .filter(x -> random.nextDouble() < 0.7)
                .toList();
        enrolAndRun(s, chosen, today);
    }

    /** Regular sessions: some of the people in post on the day, beyond capacity on the waitlist. */
    private void regularSession(TrainingCourse course, LocalDate start, int days, LocalDate today) {
        int capacity = 30 + random.nextInt(30);
        TrainingSession s = session(course, start, days, capacity);
        jakarta.persistence.TypedQuery<Staff> inPost = em.createQuery(
                        "SELECT DISTINCT p.staff FROM Posting p WHERE p.startDate <= :day"
                                + " AND (p.endDate IS NULL OR p.endDate > :day)"
                                + (course.getRequiredFor().isEmpty() ? "" : " AND p.postType IN :types"),
                        Staff.class)
                .setParameter("day", start);
        if (!course.getRequiredFor().isEmpty()) {
            inPost.setParameter("types", course.getRequiredFor());
        }
        List<Staff> candidates = new ArrayList<>(inPost.getResultList());
        candidates.sort(java.util.Comparator.comparing(Staff::getId));
        List<Staff> chosen = candidates.stream()
                .filter(x -> random.nextDouble() < 0.3)
                .limit(capacity + 3L)
                .toList();
        enrolAndRun(s, chosen, today);
    }

    private void enrolAndRun(TrainingSession s, List<Staff> people, LocalDate today) {
        boolean past = s.getEndsOn().isBefore(today);
        boolean future = s.getEnrolmentDeadline().isAfter(today);
        List<Staff> enrolling =
                future ? people.stream().limit(Math.max(0, people.size() / 3)).toList() : people;
        LocalDateTime at = s.getStartsOn().minusDays(20).atTime(9, 0);
        long seated = 0;
        List<TrainingEnrolment> enrolled = new ArrayList<>();
        for (Staff person : enrolling) {
            at = at.plusMinutes(7 + random.nextInt(60));
            TrainingEnrolment e = new TrainingEnrolment(
                    s,
                    person,
                    person.getUnit(),
                    random.nextDouble() < 0.8 ? EnrolmentSource.BULK : EnrolmentSource.NOMINATION,
                    at);
            em.persist(e);
            EnrolmentEventKind kind = e.place(seated, at);
            em.persist(new TrainingEnrolmentEvent(
                    e, at, kind, DEMO_USER, e.getSource().name()));
            if (kind == EnrolmentEventKind.ENROLLED) {
                seated++;
                enrolled.add(e);
            }
        }
        em.flush();
        if (!past) {
            return;
        }
        for (TrainingEnrolment e : enrolled) {
            for (TrainingSessionDay day : s.getDays()) {
                double roll = random.nextDouble();
                AttendanceStatus status = roll < 0.84
                        ? AttendanceStatus.PRESENT
                        : roll < 0.9
                                ? AttendanceStatus.LATE
                                : roll < 0.96 ? AttendanceStatus.ABSENT : AttendanceStatus.EXCUSED;
                em.persist(new TrainingAttendance(e, day, status));
            }
            if (s.getCourse().getCompletionRule().hasExam()) {
                e.recordExamScore(BigDecimal.valueOf(50 + random.nextInt(51)));
            }
        }
        s.markHeld(today);
        em.flush();
        attendance.completionsOf(s.getId());
    }

    /** The day itself if Monday to Thursday, else the next Monday (no training on Fridays and weekends). */
    private static LocalDate weekday(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return switch (d) {
            case FRIDAY -> day.plusDays(3);
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }
}
