package org.kaocheng.staff.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.kaocheng.platform.startup.DemoDataLoader;
import org.kaocheng.staff.domain.IdCardNumbers;
import org.kaocheng.staff.domain.PostType;
import org.kaocheng.staff.domain.Posting;
import org.kaocheng.staff.domain.PostingEnd;
import org.kaocheng.staff.domain.PostingStart;
import org.kaocheng.staff.domain.Staff;
import org.kaocheng.unit.domain.Unit;
import org.kaocheng.unit.domain.UnitCategory;

/**
 * About 200 staff of the demo district with three years (2024–2026) of posting history:
 * appointments, transfers between units, departures with gaps before a new designated officer
 * is appointed, and people holding several posts. Deterministic (fixed seed).
 */
@ApplicationScoped
public class StaffDemoData implements DemoDataLoader {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力鹏宇浩晨欣怡婷雪琳晓东海燕波宁";
    private static final LocalDate HISTORY_START = LocalDate.of(2024, 1, 1);
    private static final LocalDate HISTORY_END = LocalDate.of(2026, 11, 20);

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    private Random random;
    private int serial;

    @Override
    public int order() {
        return 110;
    }

    @Override
    @Transactional
    public void load() {
        if (em.createQuery("SELECT COUNT(s) FROM Staff s", Long.class).getSingleResult() > 0) {
            return;
        }
        random = new Random(20261127L);
        List<Unit> units =
                em.createNamedQuery("Unit.active", Unit.class).setParameter("active", true).getResultList().stream()
                        .filter(u -> u.getCategory() != UnitCategory.DISTRICT)
                        .toList();
        Map<Unit, Map<PostType, List<Posting>>> open = new HashMap<>();
        for (Unit unit : units) {
            open.put(unit, new EnumMap<>(PostType.class));
            seedUnit(unit, open.get(unit));
        }
        // Three years of changes, month by month.
        for (LocalDate month = HISTORY_START; month.isBefore(HISTORY_END); month = month.plusMonths(1)) {
            for (Unit unit : units) {
                Map<PostType, List<Posting>> posts = open.get(unit);
                double roll = random.nextDouble();
                LocalDate day = month.plusDays(random.nextInt(27));
                if (roll < 0.035) {
                    leave(posts, randomHolder(posts), day);
                } else if (roll < 0.06) {
                    Unit target = units.get(random.nextInt(units.size()));
                    if (target != unit) {
                        transfer(posts, open.get(target), target, randomHolder(posts), day);
                    }
                }
                if (posts.getOrDefault(PostType.DESIGNATED_OFFICER, List.of()).isEmpty() && random.nextDouble() < 0.5) {
                    appointOfficer(unit, posts, day.plusDays(5 + random.nextInt(20)));
                }
            }
        }
        em.flush();
    }

    private void seedUnit(Unit unit, Map<PostType, List<Posting>> posts) {
        boolean big = unit.getCategory() == UnitCategory.DEPARTMENT && random.nextBoolean();
        start(posts, person(unit), unit, PostType.LEADER_IN_CHARGE, earlyDate(), PostingStart.APPOINT);
        start(posts, person(unit), unit, PostType.DESIGNATED_OFFICER, earlyDate(), PostingStart.APPOINT);
        Staff fullTime = person(unit);
        start(posts, fullTime, unit, PostType.FULL_TIME, earlyDate(), PostingStart.APPOINT);
        if (big) {
            start(posts, person(unit), unit, PostType.FULL_TIME, earlyDate(), PostingStart.APPOINT);
        }
        Staff partTime = person(unit);
        LocalDate ptStart = earlyDate();
        start(posts, partTime, unit, PostType.PART_TIME, ptStart, PostingStart.APPOINT);
        // 身兼数职: the part-timer also runs the unit's new-media accounts.
        start(posts, partTime, unit, PostType.NEW_MEDIA_ADMIN, ptStart.plusMonths(2), PostingStart.CONCURRENT);
    }

    private LocalDate earlyDate() {
        return LocalDate.of(2019 + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private Staff person(Unit unit) {
        serial++;
        String name =
                "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                        + (random.nextBoolean() ? String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))) : "");
        String first17 = String.format(
                "110105%04d%02d%02d%03d",
                1970 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28), serial % 1000);
        String idCard = first17 + IdCardNumbers.checkCharacter(first17);
        String phone = String.format("1%d%09d", 3 + random.nextInt(6), random.nextInt(1_000_000_000));
        Staff staff = new Staff(unit, name, phone, idCard, HISTORY_START);
        em.persist(staff);
        return staff;
    }

    private Posting start(
            Map<PostType, List<Posting>> posts,
            Staff staff,
            Unit unit,
            PostType type,
            LocalDate day,
            PostingStart kind) {
        Posting posting = new Posting(
                staff,
                unit,
                type,
                day,
                kind,
                kind == PostingStart.CONCURRENT
                        ? null
                        : unit.getName().substring(0, Math.min(4, unit.getName().length())) + "任〔" + day.getYear() + "〕"
                                + (1 + random.nextInt(30)) + "号");
        em.persist(posting);
        posts.computeIfAbsent(type, t -> new ArrayList<>()).add(posting);
        return posting;
    }

    private Staff randomHolder(Map<PostType, List<Posting>> posts) {
        List<Posting> all = posts.values().stream()
                .flatMap(List::stream)
                .filter(p -> p.getPostType() != PostType.LEADER_IN_CHARGE)
                .toList();
        return all.isEmpty() ? null : all.get(random.nextInt(all.size())).getStaff();
    }

    private List<Posting> openOf(Map<PostType, List<Posting>> posts, Staff staff) {
        return posts.values().stream()
                .flatMap(List::stream)
                .filter(p -> p.getStaff() == staff)
                .toList();
    }

    private void leave(Map<PostType, List<Posting>> posts, Staff staff, LocalDate day) {
        if (staff == null) {
            return;
        }
        for (Posting p : openOf(posts, staff)) {
            if (day.isBefore(p.getStartDate())) {
                return;
            }
        }
        for (Posting p : openOf(posts, staff)) {
            p.end(day, PostingEnd.LEAVE);
            posts.get(p.getPostType()).remove(p);
        }
    }

    private void transfer(
            Map<PostType, List<Posting>> from,
            Map<PostType, List<Posting>> to,
            Unit target,
            Staff staff,
            LocalDate day) {
        if (staff == null) {
            return;
        }
        List<Posting> leaving = openOf(from, staff);
        for (Posting p : leaving) {
            if (day.isBefore(p.getStartDate())) {
                return;
            }
        }
        for (Posting p : leaving) {
            p.end(day, PostingEnd.TRANSFER);
            from.get(p.getPostType()).remove(p);
            start(to, staff, target, p.getPostType(), day, PostingStart.TRANSFER);
        }
        staff.moveTo(target);
    }

    private void appointOfficer(Unit unit, Map<PostType, List<Posting>> posts, LocalDate day) {
        if (day.isAfter(HISTORY_END)) {
            return;
        }
        List<Posting> fullTimers = posts.getOrDefault(PostType.FULL_TIME, List.of());
        if (!fullTimers.isEmpty() && random.nextBoolean()) {
            // an existing full-timer also becomes the designated officer (兼任)
            Staff staff = fullTimers.get(0).getStaff();
            if (!day.isBefore(fullTimers.get(0).getStartDate())) {
                start(posts, staff, unit, PostType.DESIGNATED_OFFICER, day, PostingStart.CONCURRENT);
                return;
            }
        }
        Staff newcomer = person(unit);
        start(posts, newcomer, unit, PostType.DESIGNATED_OFFICER, day, PostingStart.APPOINT);
    }
}
