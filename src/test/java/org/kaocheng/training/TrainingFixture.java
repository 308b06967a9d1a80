package org.kaocheng.training;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.security.UserAccount;
import org.kaocheng.training.application.TrainingTestAccess;
import org.kaocheng.training.domain.CompletionRule;
import org.kaocheng.training.domain.CourseLevel;
import org.kaocheng.training.domain.CourseType;
import org.kaocheng.training.domain.SessionDayPlan;
import org.kaocheng.training.domain.TrainingCourse;
import org.kaocheng.training.domain.TrainingSession;

/** Builders and service wiring for training tests outside the container. */
public final class TrainingFixture {

    /** "Today" in every training test: Monday 2026-03-02. */
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    public static final Clock CLOCK =
            Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());

    private TrainingFixture() {}

    public static CurrentUser coordinator() {
        return user("coord", null, Role.COORDINATOR);
    }

    public static CurrentUser operator(Long unitId) {
        return user("op" + unitId, unitId, Role.UNIT_OPERATOR);
    }

    public static CurrentUser user(String name, Long unitId, Role... roles) {
        UserAccount account = new UserAccount(name, name, "x");
        account.setUnitId(unitId);
        account.setRoles(EnumSet.copyOf(List.of(roles)));
        return CurrentUser.of(account);
    }

    public static TrainingTestAccess services(EntityManager em, CurrentUser user) {
        return TrainingTestAccess.wire(em, user, CLOCK);
    }

    public static TrainingCourse course(
            EntityManager em, String title, String hours, String attendance, String minScore) {
        TrainingCourse c = new TrainingCourse(
                title,
                CourseLevel.DISTRICT,
                "区政务公开办",
                CourseType.IN_PERSON,
                new BigDecimal(hours),
                new CompletionRule(new BigDecimal(attendance), minScore == null ? null : new BigDecimal(minScore)));
        em.persist(c);
        return c;
    }

    /** A session of consecutive days from {@code first}, 09:00–12:00 each. */
    public static TrainingSession session(
            EntityManager em, TrainingCourse course, LocalDate first, int days, int capacity) {
        List<SessionDayPlan> plans = new java.util.ArrayList<>();
        for (int i = 0; i < days; i++) {
            plans.add(new SessionDayPlan(first.plusDays(i), LocalTime.of(9, 0), LocalTime.of(12, 0)));
        }
        TrainingSession s = new TrainingSession(course, plans, capacity, first.minusDays(1));
        s.open();
        em.persist(s);
        em.flush();
        return s;
    }

    /** Runs work in one committed transaction and returns its result. */
    public static <T> T tx(EntityManager em, java.util.function.Supplier<T> work) {
        return org.kaocheng.testsupport.TestDatabase.inTransaction(
                em, (java.util.function.Function<EntityManager, T>) e -> work.get());
    }

    /** Runs work in one committed transaction. */
    public static void run(EntityManager em, Runnable work) {
        org.kaocheng.testsupport.TestDatabase.inTransaction(
                em, (java.util.function.Consumer<EntityManager>) e -> work.run());
    }

    public static Set<Role> roles(Role... roles) {
        return EnumSet.copyOf(List.of(roles));
    }
}
