package org.kaocheng.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.staff.domain.Staff;
import org.kaocheng.unit.domain.Unit;
import org.kaocheng.unit.domain.UnitCategory;

class WaitlistTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 1, 9, 0);

    private final Unit unit = new Unit("U1", "甲局", UnitCategory.DEPARTMENT, null, null);
    private final TrainingSession session = new TrainingSession(
            new TrainingCourse(
                    "条例解读",
                    CourseLevel.DISTRICT,
                    "区公开办",
                    CourseType.IN_PERSON,
                    BigDecimal.ONE,
                    new CompletionRule(BigDecimal.ONE, null)),
            List.of(new SessionDayPlan(LocalDate.of(2026, 3, 10), LocalTime.of(9, 0), LocalTime.of(12, 0))),
            2,
            null);

    private TrainingEnrolment request(String name, int minutesAfterT0) {
        return new TrainingEnrolment(
                session,
                new Staff(unit, name, null, null, LocalDate.of(2020, 1, 1)),
                unit,
                EnrolmentSource.COORDINATOR,
                T0.plusMinutes(minutesAfterT0));
    }

    @Test
    void requestsBeyondCapacityGoOnTheWaitlist() {
        TrainingEnrolment a = request("甲", 0);
        TrainingEnrolment b = request("乙", 1);
        TrainingEnrolment c = request("丙", 2);
        assertEquals(EnrolmentEventKind.ENROLLED, a.place(0, T0));
        assertEquals(EnrolmentEventKind.ENROLLED, b.place(1, T0));
        assertEquals(EnrolmentEventKind.WAITLISTED, c.place(2, T0), "capacity 2, two seated");
        assertEquals(EnrolmentStatus.WAITLISTED, c.getStatus());
    }

    @Test
    void theLongestWaitingMovesUpFirstAndNoMoreThanTheFreeSeats() {
        List<TrainingEnrolment> waitlist = new ArrayList<>();
        TrainingEnrolment late = request("晚", 30);
        TrainingEnrolment early = request("早", 5);
        TrainingEnrolment middle = request("中", 10);
        for (TrainingEnrolment e : List.of(late, early, middle)) {
            e.place(2, T0);
            waitlist.add(e);
        }
        assertEquals(List.of(early), Waitlist.toPromote(waitlist, 1));
        assertEquals(List.of(early, middle), Waitlist.toPromote(waitlist, 2));
        assertEquals(List.of(early, middle, late), Waitlist.toPromote(waitlist, 5), "only three are waiting");
        assertTrue(Waitlist.toPromote(waitlist, 0).isEmpty());
    }

    @Test
    void freeSeatsNeverGoNegative() {
        assertEquals(2, Waitlist.freeSeats(5, 3));
        assertEquals(0, Waitlist.freeSeats(5, 5));
        assertEquals(0, Waitlist.freeSeats(3, 5), "capacity lowered below the seated count");
    }

    @Test
    void cancellingASeatFreesItButCancellingAWaitlistPlaceDoesNot() {
        TrainingEnrolment seated = request("甲", 0);
        seated.place(0, T0);
        TrainingEnrolment waiting = request("乙", 1);
        waiting.place(2, T0);
        assertTrue(seated.cancel(T0.plusHours(1)));
        assertEquals(false, waiting.cancel(T0.plusHours(1)));
        assertThrows(BusinessRuleException.class, () -> seated.cancel(T0.plusHours(2)), "already cancelled");
    }

    @Test
    void aRenewedRequestJoinsTheEndOfTheQueue() {
        TrainingEnrolment a = request("甲", 0);
        a.place(2, T0);
        a.cancel(T0.plusMinutes(1));
        TrainingEnrolment b = request("乙", 2);
        b.place(2, T0);
        a.renew(EnrolmentSource.COORDINATOR, T0.plusMinutes(3));
        a.place(2, T0.plusMinutes(3));
        assertEquals(List.of(b, a), Waitlist.toPromote(List.of(a, b), 2));
    }
}
