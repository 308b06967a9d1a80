package org.kaocheng.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaocheng.platform.BusinessRuleException;

class TrainingSessionTest {

    private static final LocalDate D = LocalDate.of(2026, 4, 7);
    private final TrainingCourse course = new TrainingCourse(
            "新任专员岗前培训",
            CourseLevel.DISTRICT,
            "区公开办",
            CourseType.IN_PERSON,
            new BigDecimal("6"),
            new CompletionRule(BigDecimal.ONE, null));

    private static SessionDayPlan day(LocalDate date, int from, int to) {
        return new SessionDayPlan(date, LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    @Test
    void aSessionDayCannotEndBeforeItStarts() {
        BusinessRuleException e = assertThrows(
                BusinessRuleException.class, () -> new TrainingSession(course, List.of(day(D, 14, 9)), 10, null));
        assertEquals("training.session.endBeforeStart", e.getMessageKey());
        assertThrows(BusinessRuleException.class, () -> new TrainingSession(course, List.of(day(D, 9, 9)), 10, null));
    }

    @Test
    void daysAreSortedAndSpanTheSession() {
        TrainingSession s =
                new TrainingSession(course, List.of(day(D.plusDays(2), 9, 12), day(D, 14, 17)), 10, D.minusDays(3));
        assertEquals(D, s.getStartsOn());
        assertEquals(D.plusDays(2), s.getEndsOn());
        assertEquals(D, s.getDays().get(0).getDate());
    }

    @Test
    void theSameDateTwiceNoDaysAndADeadlineAfterTheStartAreRefused() {
        assertEquals(
                "training.session.dayTwice",
                assertThrows(
                                BusinessRuleException.class,
                                () -> new TrainingSession(course, List.of(day(D, 9, 12), day(D, 14, 17)), 10, null))
                        .getMessageKey());
        assertEquals(
                "training.session.noDays",
                assertThrows(BusinessRuleException.class, () -> new TrainingSession(course, List.of(), 10, null))
                        .getMessageKey());
        assertEquals(
                "training.session.deadlineAfterStart",
                assertThrows(
                                BusinessRuleException.class,
                                () -> new TrainingSession(course, List.of(day(D, 9, 12)), 10, D.plusDays(1)))
                        .getMessageKey());
    }

    @Test
    void cancellingAHeldSessionIsRefused() {
        TrainingSession s = new TrainingSession(course, List.of(day(D, 9, 12)), 10, null);
        s.open();
        s.markHeld(D);
        assertEquals(
                "training.session.heldCannotCancel",
                assertThrows(BusinessRuleException.class, s::cancel).getMessageKey());
        assertEquals(SessionStatus.HELD, s.getStatus());
    }

    @Test
    void aSessionIsNotHeldBeforeItsLastDayAndCancelledOnceOnly() {
        TrainingSession s = new TrainingSession(course, List.of(day(D, 9, 12), day(D.plusDays(1), 9, 12)), 10, null);
        assertThrows(BusinessRuleException.class, () -> s.markHeld(D));
        s.cancel();
        assertThrows(BusinessRuleException.class, s::cancel);
        assertThrows(BusinessRuleException.class, () -> s.requireEnrollable(D.minusDays(5), true));
    }

    @Test
    void unitsNominateOnlyWhileOpenAndBeforeTheDeadline() {
        TrainingSession s = new TrainingSession(course, List.of(day(D, 9, 12)), 10, D.minusDays(2));
        assertEquals(
                "training.session.notOpen",
                assertThrows(BusinessRuleException.class, () -> s.requireEnrollable(D.minusDays(10), false))
                        .getMessageKey());
        s.open();
        s.requireEnrollable(D.minusDays(2), false);
        assertEquals(
                "training.session.deadlinePassed",
                assertThrows(BusinessRuleException.class, () -> s.requireEnrollable(D.minusDays(1), false))
                        .getMessageKey());
        s.requireEnrollable(D.minusDays(1), true);
    }
}
