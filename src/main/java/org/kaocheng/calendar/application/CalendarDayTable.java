package org.kaocheng.calendar.application;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kaocheng.calendar.domain.CalendarSnapshot;

/**
 * Keeps the table {@code calendar_day} equal to a {@link CalendarSnapshot}, in the caller's
 * transaction. Only what differs is written: the working/provisional flags of the days that
 * changed (one UPDATE per run of consecutive days), the seq shift after each change (one
 * {@code seq = seq + delta} UPDATE per point where the shift changes), rows past the new end
 * removed and rows past the old end added. Editing one holiday is a handful of statements, not
 * thousands of rows.
 */
final class CalendarDayTable {

    private static final int INSERT_CHUNK = 200;

    private CalendarDayTable() {}

    /** Rows written or changed, for tests and logs. */
    static int synchronise(EntityManager em, CalendarSnapshot calendar) {
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT day, working, seq, provisional FROM calendar_day ORDER BY day")
                .getResultList();
        int old = rows.size();
        boolean contiguous = true;
        for (int i = 0; i < old && contiguous; i++) {
            contiguous = toLocalDate(rows.get(i)[0]).equals(calendar.dayAt(i));
        }
        if (!contiguous) {
            em.createNativeQuery("DELETE FROM calendar_day").executeUpdate();
            return insert(em, calendar, 0);
        }
        int statements = 0;
        int common = Math.min(old, calendar.size());
        if (old > calendar.size()) {
            statements += em.createNativeQuery("DELETE FROM calendar_day WHERE day > CAST(?1 AS DATE)")
                                    .setParameter(1, Date.valueOf(calendar.lastDay()))
                                    .executeUpdate()
                            > 0
                    ? 1
                    : 0;
        }
        // Flags: runs of consecutive days whose (working, provisional) changed to the same values.
        int runStart = -1;
        for (int i = 0; i <= common; i++) {
            boolean differs = i < common
                    && (bool(rows.get(i)[1]) != calendar.workingAt(i)
                            || bool(rows.get(i)[3]) != calendar.provisionalAt(i));
            boolean continues = differs
                    && runStart >= 0
                    && calendar.workingAt(i) == calendar.workingAt(runStart)
                    && calendar.provisionalAt(i) == calendar.provisionalAt(runStart);
            if (runStart >= 0 && !continues) {
                em.createNativeQuery(
                                "UPDATE calendar_day SET working = CAST(?1 AS BOOLEAN), provisional = CAST(?2 AS BOOLEAN)"
                                        + " WHERE day BETWEEN CAST(?3 AS DATE) AND CAST(?4 AS DATE)")
                        .setParameter(1, calendar.workingAt(runStart))
                        .setParameter(2, calendar.provisionalAt(runStart))
                        .setParameter(3, Date.valueOf(calendar.dayAt(runStart)))
                        .setParameter(4, Date.valueOf(calendar.dayAt(i - 1)))
                        .executeUpdate();
                statements++;
                runStart = -1;
            }
            if (differs && runStart < 0) {
                runStart = i;
            }
        }
        // Seq: the shift (new - old) is constant between changed days; apply each step of it once.
        int shift = 0;
        for (int i = 0; i < common; i++) {
            int delta = calendar.seqAt(i) - ((Number) rows.get(i)[2]).intValue();
            if (delta != shift) {
                em.createNativeQuery("UPDATE calendar_day SET seq = seq + CAST(?1 AS INTEGER)"
                                + " WHERE day >= CAST(?2 AS DATE) AND day <= CAST(?3 AS DATE)")
                        .setParameter(1, delta - shift)
                        .setParameter(2, Date.valueOf(calendar.dayAt(i)))
                        .setParameter(3, Date.valueOf(calendar.dayAt(common - 1)))
                        .executeUpdate();
                statements++;
                shift = delta;
            }
        }
        return statements + insert(em, calendar, common);
    }

    private static int insert(EntityManager em, CalendarSnapshot calendar, int from) {
        int statements = 0;
        for (int start = from; start < calendar.size(); start += INSERT_CHUNK) {
            int end = Math.min(calendar.size(), start + INSERT_CHUNK);
            StringBuilder sql = new StringBuilder("INSERT INTO calendar_day (day, working, seq, provisional) VALUES ");
            List<Object> parameters = new ArrayList<>();
            for (int i = start; i < end; i++) {
                int p = parameters.size();
                sql.append(i == start ? "" : ", ")
                        .append("(CAST(?")
                        .append(p + 1)
                        .append(" AS DATE), CAST(?")
                        .append(p + 2)
                        .append(" AS BOOLEAN), CAST(?")
                        .append(p + 3)
                        .append(" AS INTEGER), CAST(?")
                        .append(p + 4)
                        .append(" AS BOOLEAN))");
                parameters.add(Date.valueOf(calendar.dayAt(i)));
                parameters.add(calendar.workingAt(i));
                parameters.add(calendar.seqAt(i));
                parameters.add(calendar.provisionalAt(i));
            }
            var query = em.createNativeQuery(sql.toString());
            for (int k = 0; k < parameters.size(); k++) {
                query.setParameter(k + 1, parameters.get(k));
            }
            query.executeUpdate();
            statements++;
        }
        return statements;
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    private static LocalDate toLocalDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        return ((java.sql.Date) value).toLocalDate();
    }
}
