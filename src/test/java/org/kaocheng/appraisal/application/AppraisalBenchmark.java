package org.kaocheng.appraisal.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.kaocheng.appraisal.metric.MetricSource;
import org.kaocheng.appraisal.metric.StaffMetricSource;
import org.kaocheng.disclosure.application.DisclosureMetricSource;
import org.kaocheng.platform.persistence.Page;
import org.kaocheng.platform.persistence.PageRequest;
import org.kaocheng.platform.reporting.ReportEngine;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.People;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.security.UserAccount;
import org.kaocheng.platform.startup.ApplicationStartup;
import org.kaocheng.selfcheck.application.SelfCheckTestAccess;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.training.application.TrainingTestAccess;
import org.kaocheng.unit.domain.RankingGroup;

/**
 * Benchmark (not a test) of the appraisal at city scale, on the database that
 * {@link CityBenchmarkData} generates. Times, after warm-up runs, the median of several runs of:
 * <ol>
 * <li>the full computation of the default scheme for the year ({@link AppraisalService#compute},
 *     with every metric source of the application: staff, disclosure, training, self-check), and
 *     of it the metric statements alone (each source asked once for its metrics, as compute does:
 *     the part that no storing or scoring can shorten);</li>
 * <li>the ranking page's data ({@link AppraisalService#ranking}): the first page of 50 of the
 *     first group, and the last page of the largest group (the page is ordered in SQL by
 *     group and position, the only order the page offers);</li>
 * <li>the ranking PDF of every group, filled and exported by {@link ReportEngine} as the page's
 *     download does it;</li>
 * <li>a plain PostgreSQL aggregate: one GROUP BY per unit over the same rows the metrics read
 *     (proactive items and interpretations, applications, postings, new-media updates,
 *     completions, self-check answers), with calendar-day arithmetic instead of the working-day
 *     rules;</li>
 * </ol>
 * and prints the ratio full computation / plain aggregate (target of issue 6: at most 2).
 *
 * <pre>mvn -q process-test-classes exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.kaocheng.appraisal.application.AppraisalBenchmark</pre>
 *
 * ({@code process-test-classes}: the ranking PDF needs the reports compiled in that phase.)
 *
 * System properties: {@code warmup} (default 2), {@code reps} (default 5), {@code profile=true}
 * (also times each metric's query on its own), {@code kaocheng.bench.db} (default
 * {@code kaocheng_bench}). The computed runs are deleted at the end.
 */
public final class AppraisalBenchmark {

    /** ?1 period start, ?2 period end: written into the text as literals by {@link #plainAggregate}. */
    static final String PLAIN_AGGREGATE = """
            SELECT u.id, i.items, i.in_time, i.interpretations, a.received, a.in_time, p.heads, p.leavers,
              m.accounts, m.last_update, c.hours, s.accepted, s.answers
            FROM unit u
            LEFT JOIN (SELECT unit_id, COUNT(*) AS items,
                SUM(CASE WHEN published_on <= formed_on + 28 THEN 1 ELSE 0 END) AS in_time,
                SUM(CASE WHEN interpretation_of_id IS NOT NULL THEN 1 ELSE 0 END) AS interpretations
              FROM proactive_item WHERE formed_on BETWEEN ?1 AND ?2 GROUP BY unit_id) i ON i.unit_id = u.id
            LEFT JOIN (SELECT unit_id, COUNT(*) AS received,
                SUM(CASE WHEN answered_on <= received_on + 28 THEN 1 ELSE 0 END) AS in_time
              FROM info_application WHERE received_on BETWEEN ?1 AND ?2 GROUP BY unit_id) a ON a.unit_id = u.id
            LEFT JOIN (SELECT unit_id, COUNT(DISTINCT staff_id) AS heads,
                SUM(CASE WHEN end_date BETWEEN ?1 AND ?2 THEN 1 ELSE 0 END) AS leavers
              FROM posting GROUP BY unit_id) p ON p.unit_id = u.id
            LEFT JOIN (SELECT n.unit_id, COUNT(DISTINCT n.id) AS accounts, MAX(up.updated_on) AS last_update
              FROM new_media_account n JOIN new_media_update up ON up.account_id = n.id AND up.updated_on <= ?2
              GROUP BY n.unit_id) m ON m.unit_id = u.id
            LEFT JOIN (SELECT unit_id, SUM(hours) AS hours FROM training_completion
              WHERE completed_on BETWEEN ?1 AND ?2 GROUP BY unit_id) c ON c.unit_id = u.id
            LEFT JOIN (SELECT s.unit_id, SUM(CASE WHEN x.status = 'ACCEPTED' THEN 1 ELSE 0 END) AS accepted,
                COUNT(*) AS answers
              FROM self_check s JOIN self_check_answer x ON x.self_check_id = s.id
                JOIN sc_campaign k ON k.id = s.campaign_id AND k.closes_on BETWEEN ?1 AND ?2
              GROUP BY s.unit_id) s ON s.unit_id = u.id
            ORDER BY u.code
            """;

    private AppraisalBenchmark() {}

    public static void main(String[] args) throws Exception {
        int warmup = Integer.getInteger("warmup", 2);
        int reps = Integer.getInteger("reps", 5);
        String db = System.getProperty("kaocheng.bench.db", "kaocheng_bench");
        javax.sql.DataSource dataSource = CityBenchmarkData.dataSource(db);
        ApplicationStartup.migrate(dataSource); // a database generated by an earlier version gets the new migrations
        // one connection for the entity manager's reads and writes, as the server's pool and
        // transaction give compute(): without it, each read before the first write opened a new
        // connection (~10 ms each, a pool's job)
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(
                dataSource, Map.of("eclipselink.jdbc.exclusive-connection.mode", "Always"));
        EntityManager em = emf.createEntityManager();
        List<Long> computed = new ArrayList<>();
        try {
            Clock clock = Clock.systemDefaultZone();
            UserAccount account = new UserAccount("bench", "基准", "x");
            account.setRoles(EnumSet.of(Role.ASSESSOR));
            CurrentUser user = CurrentUser.of(account);
            List<MetricSource> sources = sources(em, clock);
            MetricCatalog catalog = MetricCatalog.of(sources);
            AppraisalService runs = new AppraisalService();
            runs.em = em;
            runs.user = user;
            runs.catalog = catalog;
            runs.clock = clock;
            AppraisalReportData reports = new AppraisalReportData();
            reports.runs = runs;
            reports.descriptions = RuleDescriptions.of(catalog);
            reports.people = People.of(em);
            ReportEngine engine = new ReportEngine();

            Long schemeId = ((Number) em.createNativeQuery("SELECT id FROM appraisal_scheme WHERE name = ?1")
                            .setParameter(1, CityBenchmarkData.SCHEME_NAME)
                            .getSingleResult())
                    .longValue();
            LocalDate from = LocalDate.of(CityBenchmarkData.YEAR, 1, 1);
            LocalDate to = LocalDate.of(CityBenchmarkData.YEAR, 12, 31);
            long units =
                    ((Number) em.createNativeQuery("SELECT COUNT(*) FROM unit").getSingleResult()).longValue();
            long items = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM proactive_item")
                            .getSingleResult())
                    .longValue();
            System.out.printf(
                    Locale.ROOT,
                    "database %s: %,d units, %,d proactive items; warm-up %d, repetitions %d, %d cores%n",
                    db,
                    units,
                    items,
                    warmup,
                    reps,
                    Runtime.getRuntime().availableProcessors());

            Map<String, Double> medians = new LinkedHashMap<>();
            medians.put("1 full computation (AppraisalService.compute)", median(warmup, reps, () -> {
                RunInfo run = TestDatabase.tx(em, () -> runs.compute(schemeId, null, null));
                computed.add(run.id());
                em.clear();
                return run.id() + "";
            }));
            // the part of (1) no storing or scoring can shorten: each source asked once for its metrics, as compute
            // does
            medians.put("1a of which: the metric statements alone", median(warmup, reps, () -> {
                int values = 0;
                for (var source : catalog.bySource(DefaultScheme.METRICS).entrySet()) {
                    values +=
                            source.getKey().values(source.getValue(), from, to).size();
                }
                return values + " metrics";
            }));
            Long runId = computed.get(computed.size() - 1);
            List<RankingGroup> groups = runs.groups(runId);
            RankingGroup largest = Collections.max(
                    groups,
                    (a, b) -> Long.compare(
                            runs.ranking(runId, a.getId(), PageRequest.of(0, 1)).total(),
                            runs.ranking(runId, b.getId(), PageRequest.of(0, 1)).total()));
            long largestSize =
                    runs.ranking(runId, largest.getId(), PageRequest.of(0, 1)).total();
            medians.put("2a ranking page: first 50 of group " + groups.get(0).getCode(), median(warmup, reps, () -> {
                Page<RankingRow> page = runs.ranking(runId, groups.get(0).getId(), PageRequest.of(0, 50));
                return page.rows().size() + " rows of " + page.total();
            }));
            medians.put("2b ranking page: last page of group " + largest.getCode(), median(warmup, reps, () -> {
                int first = (int) ((largestSize - 1) / 50 * 50);
                Page<RankingRow> page = runs.ranking(runId, largest.getId(), PageRequest.of(first, 50));
                return page.rows().size() + " rows from position "
                        + page.rows().get(0).position();
            }));
            medians.put("3 ranking PDF of every group (" + units + " units)", median(warmup, reps, () -> {
                long bytes = 0;
                for (RankingGroup g : groups) {
                    AppraisalReportData.ReportInput input =
                            reports.ranking(runId, g.getId(), Locale.SIMPLIFIED_CHINESE);
                    bytes += engine.pdf(input.design(), input.parameters(), input.rows(), Locale.SIMPLIFIED_CHINESE)
                            .length;
                }
                return bytes / 1024 + " KB";
            }));
            medians.put("4 plain PostgreSQL aggregate over the same rows", median(warmup, reps, () -> {
                List<?> rows = em.createNativeQuery(plainAggregate(from, to)).getResultList();
                return rows.size() + " rows";
            }));

            if (Boolean.getBoolean("profile")) {
                Long unitId = ((Number)
                                em.createNativeQuery("SELECT MIN(id) FROM unit").getSingleResult())
                        .longValue();
                profile(catalog, unitId, from, to);
                List<Long> unitIds =
                        em.createQuery("SELECT u.id FROM Unit u", Long.class).getResultList();
                long start = System.nanoTime();
                int records = TestDatabase.tx(
                        em,
                        () -> RecordSnapshot.take(
                                em,
                                runId,
                                unitIds,
                                DefaultScheme.METRICS,
                                catalog,
                                from,
                                to,
                                java.time.LocalDateTime.now()));
                System.out.printf(
                        Locale.ROOT,
                        "records of every unit and metric frozen at publication (RecordSnapshot.take): %,d records in"
                                + " %.1f s%n",
                        records,
                        (System.nanoTime() - start) / 1e9);
                TestDatabase.txRun(em, () -> RecordSnapshot.delete(em, runId));
            }
            System.out.println();
            System.out.println("medians:");
            medians.forEach((what, ms) -> System.out.printf(Locale.ROOT, "  %-60s %9.0f ms%n", what, ms));
            double full = medians.values().iterator().next();
            double plain = new ArrayList<>(medians.values()).get(medians.size() - 1);
            System.out.printf(
                    Locale.ROOT, "ratio full computation / plain aggregate = %.2f (target <= 2)%n", full / plain);
            System.out.printf(
                    Locale.ROOT,
                    "ratio metric statements alone / plain aggregate = %.2f%n",
                    medians.get("1a of which: the metric statements alone") / plain);
        } finally {
            if (!computed.isEmpty()) {
                TestDatabase.txRun(em, () -> {
                    for (Long id : computed) {
                        // the metric values have no foreign key to cascade from their run (V11_0)
                        for (String table : List.of("appraisal_metric_value", "appraisal_run")) {
                            String key = table.equals("appraisal_run") ? "id" : "run_id";
                            em.createNativeQuery("DELETE FROM " + table + " WHERE " + key + " = ?1")
                                    .setParameter(1, id)
                                    .executeUpdate();
                        }
                    }
                });
            }
            em.close();
            emf.close();
        }
        System.exit(0);
    }

    /**
     * The plain aggregate with its dates written into the text, as the item, application and
     * new-media statements write theirs ({@code TimelinessQueries.Sql}): PostgreSQL then plans it
     * with its values each time. Bound as parameters, the same text run again and again on one
     * connection becomes a server-prepared statement after the driver's fifth execution
     * ({@code prepareThreshold}), and PostgreSQL then chose a generic plan for it that ran in
     * 0.27–0.29 s instead of 0.155–0.165 s: the yardstick was slow in about half of the runs and
     * flattered the ratio.
     */
    static String plainAggregate(LocalDate from, LocalDate to) {
        return PLAIN_AGGREGATE.replace("?1", "DATE '" + from + "'").replace("?2", "DATE '" + to + "'");
    }

    /** Each metric of the scheme on its own, as {@link MetricSource#values} computes it. */
    private static void profile(MetricCatalog catalog, Long unitId, LocalDate from, LocalDate to) {
        System.out.println("one metric at a time (MetricSource.values):");
        for (String code : DefaultScheme.METRICS) {
            MetricSource source = catalog.sourceOf(code).orElseThrow();
            long start = System.nanoTime();
            int n = source.values(code, from, to).size();
            System.out.printf(Locale.ROOT, "  %-32s %6d units %8.0f ms%n", code, n, (System.nanoTime() - start) / 1e6);
        }
        System.out.println("one unit's records of each metric (MetricSource.records, the sheet's lists and the"
                + " snapshot taken at publication, once per unit and metric):");
        for (String code : DefaultScheme.METRICS) {
            MetricSource source = catalog.sourceOf(code).orElseThrow();
            long start = System.nanoTime();
            int n = source.records(code, unitId, from, to).size();
            System.out.printf(
                    Locale.ROOT, "  %-32s %6d records %6.0f ms%n", code, n, (System.nanoTime() - start) / 1e6);
        }
    }

    private static double median(int warmup, int reps, Supplier<String> work) {
        List<Double> times = new ArrayList<>();
        String outcome = "";
        for (int k = 0; k < warmup + reps; k++) {
            long start = System.nanoTime();
            outcome = work.get();
            double ms = (System.nanoTime() - start) / 1e6;
            if (k >= warmup) {
                times.add(ms);
            }
        }
        Collections.sort(times);
        double median = times.size() % 2 == 1
                ? times.get(times.size() / 2)
                : (times.get(times.size() / 2 - 1) + times.get(times.size() / 2)) / 2;
        System.out.printf(
                Locale.ROOT,
                "  %s; runs %s ms%n",
                outcome,
                times.stream().map(t -> String.format(Locale.ROOT, "%.0f", t)).toList());
        return median;
    }

    /** Every metric source of the application on one entity manager, as an assessor's run uses them. */
    static List<MetricSource> sources(EntityManager em, Clock clock) throws ReflectiveOperationException {
        UserAccount account = new UserAccount("bench", "基准", "x");
        account.setRoles(EnumSet.of(Role.ASSESSOR));
        return List.of(
                StaffMetricSource.of(em, clock),
                disclosure(em, clock),
                TrainingTestAccess.metricSource(em, clock),
                SelfCheckTestAccess.services(em, CurrentUser.of(account), null, clock)
                        .metrics());
    }

    /** The disclosure source lives in another package: its injected fields are set reflectively. */
    private static DisclosureMetricSource disclosure(EntityManager em, Clock clock)
            throws ReflectiveOperationException {
        DisclosureMetricSource source = new DisclosureMetricSource();
        set(source, "em", em);
        set(source, "clock", clock);
        return source;
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
