package org.kaocheng.calendar.application;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.kaocheng.calendar.domain.CalendarSnapshot;
import org.kaocheng.calendar.domain.HolidayDay;
import org.kaocheng.calendar.domain.ScheduledDay;

/** Builds the calendar from the stored schedules: two queries, whatever the number of years. */
public final class CalendarData {

    private CalendarData() {}

    public static CalendarSnapshot load(EntityManager em) {
        List<Integer> years =
                em.createNamedQuery("HolidaySchedule.years", Integer.class).getResultList();
        List<ScheduledDay> days = em.createNamedQuery("HolidayDay.all", HolidayDay.class)
                .getResultStream()
                .map(HolidayDay::toScheduledDay)
                .toList();
        return CalendarSnapshot.of(years, days);
    }

    /** Something that changes whenever any schedule or day changes (see HolidaySchedule#touch). */
    static String fingerprint(EntityManager em) {
        Object[] row = em.createNamedQuery("HolidaySchedule.fingerprint", Object[].class)
                .getSingleResult();
        return row[0] + "/" + row[1] + "/" + row[2];
    }
}
