package org.kaocheng.disclosure.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;
import org.kaocheng.appraisal.application.CityBenchmarkData;
import org.kaocheng.disclosure.domain.ItemState;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.security.UserAccount;
import org.kaocheng.testsupport.TestDatabase;

/**
 * Benchmark (not a test) of the timeliness pages at city scale, on the database that
 * {@link CityBenchmarkData} generates (1,000 units, 1,000,000 proactive items): the dashboard and
 * its trend for all units and for one, an operator's work lists, and the item and application
 * lists with their counts, each as its page asks for it. Prints the median of several runs.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.kaocheng.disclosure.application.TimelinessBenchmark</pre>
 *
 * System properties: {@code warmup} (default 1), {@code reps} (default 5), {@code kaocheng.bench.db}.
 */
public final class TimelinessBenchmark {

    private TimelinessBenchmark() {}

    public static void main(String[] args) {
        int warmup = Integer.getInteger("warmup", 1);
        int reps = Integer.getInteger("reps", 5);
        String db = System.getProperty("kaocheng.bench.db", "kaocheng_bench");
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(
                CityBenchmarkData.dataSource(db), Map.of("eclipselink.jdbc.exclusive-connection.mode", "Always"));
        EntityManager em = emf.createEntityManager();
        try {
            UserAccount account = new UserAccount("bench", "基准", "x");
            account.setRoles(EnumSet.of(Role.ASSESSOR));
            TimelinessDashboardService dashboard = new TimelinessDashboardService();
            dashboard.em = em;
            dashboard.user = CurrentUser.of(account);
            Long unit =
                    ((Number) em.createNativeQuery("SELECT MIN(id) FROM unit").getSingleResult()).longValue();
            int year = CityBenchmarkData.YEAR;
            Period period = new Period(Period.Kind.YEAR, year, 1);
            LocalDate from = period.from();
            LocalDate to = period.to();
            DisclosureSettings s = DisclosureSettings.load(em);
            LocalDate today = LocalDate.now();
            ItemQuery all = ItemQuery.all();
            ItemQuery ofUnit = new ItemQuery(unit, null, null, null, null, null);
            ItemQuery lateOfYear = new ItemQuery(null, from, to, null, ItemState.LATE, null);
            System.out.printf(Locale.ROOT, "database %s; warm-up %d, repetitions %d%n", db, warmup, reps);
            time(
                    warmup,
                    reps,
                    "dashboard, all units, year",
                    () -> dashboard.dashboard(null, period).size());
            time(
                    warmup,
                    reps,
                    "dashboard, one unit, year",
                    () -> dashboard.dashboard(unit, period).size());
            time(
                    warmup,
                    reps,
                    "trend, all units",
                    () -> dashboard.trend(null, year).size());
            time(
                    warmup,
                    reps,
                    "trend, one unit",
                    () -> dashboard.trend(unit, year).size());
            time(
                    warmup,
                    reps,
                    "overdue items, one unit (50)",
                    () -> dashboard.overdueItems(unit, 50).size());
            time(
                    warmup,
                    reps,
                    "items due soon, one unit",
                    () -> dashboard.itemsDueSoon(unit, 50).size());
            time(
                    warmup,
                    reps,
                    "urgent applications, one unit",
                    () -> dashboard.urgentApplications(unit, 50).size());
            time(
                    warmup,
                    reps,
                    "item list, one unit, first page",
                    () -> TimelinessQueries.items(em, s, today, ofUnit, 0, 20).size());
            time(warmup, reps, "item count, one unit", () -> (int) TimelinessQueries.countItems(em, s, today, ofUnit));
            time(
                    warmup,
                    reps,
                    "item list, all units, first page",
                    () -> TimelinessQueries.items(em, s, today, all, 0, 20).size());
            time(warmup, reps, "item count, all units", () -> (int) TimelinessQueries.countItems(em, s, today, all));
            time(
                    warmup,
                    reps,
                    "item list, all units, late in the year",
                    () -> TimelinessQueries.items(em, s, today, lateOfYear, 0, 20)
                            .size());
            time(warmup, reps, "item count, all units, late in the year", () ->
                    (int) TimelinessQueries.countItems(em, s, today, lateOfYear));
            time(
                    warmup,
                    reps,
                    "application list, all units, first page",
                    () -> TimelinessQueries.applications(
                                    em, s, today, new ApplicationQuery(null, null, null, null, null), 0, 20)
                            .size());
        } finally {
            em.close();
            emf.close();
        }
        System.exit(0);
    }

    private static void time(int warmup, int reps, String what, IntSupplier work) {
        List<Double> times = new ArrayList<>();
        int rows = 0;
        for (int k = 0; k < warmup + reps; k++) {
            long start = System.nanoTime();
            rows = work.getAsInt();
            if (k >= warmup) {
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        Collections.sort(times);
        System.out.printf(Locale.ROOT, "  %-44s %9d rows  median %6.0f ms%n", what, rows, times.get(times.size() / 2));
    }
}
