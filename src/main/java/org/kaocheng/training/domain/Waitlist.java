package org.kaocheng.training.domain;

import java.util.List;

/** Who moves up when seats become free: the longest-waiting first, never more than the free seats. */
public final class Waitlist {

    private Waitlist() {}

    /** Free seats of a session with the given capacity and seated count (never negative). */
    public static int freeSeats(int capacity, long seated) {
        return (int) Math.max(0, capacity - seated);
    }

    /** The waitlisted enrolments that take the free seats, in queue order. */
    public static List<TrainingEnrolment> toPromote(List<TrainingEnrolment> waitlisted, int freeSeats) {
        return waitlisted.stream()
                .filter(e -> e.getStatus() == EnrolmentStatus.WAITLISTED)
                .sorted(TrainingEnrolment.QUEUE_ORDER)
                .limit(Math.max(0, freeSeats))
                .toList();
    }
}
