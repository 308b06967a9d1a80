package org.kaocheng.appraisal.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.kaocheng.platform.startup.ApplicationStartup;
import org.kaocheng.testsupport.TestDatabase;
import org.kaocheng.unit.domain.RankingGroup;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Generator (not a test) of a city for the appraisal benchmark: a fresh PostgreSQL database
 * (dropped and created again), the schema by the project's Flyway migrations, then every table
 * the appraisal metrics read filled by {@code INSERT ... SELECT FROM generate_series} in the
 * database itself, and the default appraisal scheme for 2025 through {@link DefaultScheme}.
 * Pseudo-random choices come from a hash of the row number, so a scale always gives the same
 * data. At scale 1 (about 1,000 units, 20,000 staff, 1,000,000 proactive items, 20,000
 * applications, 5,000 new-media accounts) it takes a few minutes on 2 cores.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.kaocheng.appraisal.application.CityBenchmarkData -Dscale=1</pre>
 *
 * System properties: {@code scale} (default 1; 0.01 for a quick try), {@code kaocheng.bench.db}
 * (database name, default {@code kaocheng_bench}), {@code kaocheng.bench.server} (default
 * {@code 127.0.0.1:5432}), {@code kaocheng.bench.user} (default {@code postgres}).
 */
public final class CityBenchmarkData {

    /** The appraisal year of the generated city. */
    public static final int YEAR = 2025;

    public static final String SCHEME_NAME = YEAR + "年度政务公开考核方案(城市基准)";

    /**
     * How many of each thing a scale gives. Scale 1 is a city; every count keeps a floor so that
     * a tiny scale still has every kind of record (groups, sessions, campaigns) to score.
     */
    public record Sizes(int units, int staff, int items, int applications, int accounts, int courses, int sessions) {

        public static Sizes of(double scale) {
            if (!(scale > 0) || scale > 20) {
                throw new IllegalArgumentException("scale must be in (0, 20]: " + scale);
            }
            int units = atLeast(1_000 * scale, 10); // ids 1..10 cover the three groups (id % 10)
            int staff = Math.max(atLeast(20_000 * scale, 2), units); // every unit has its designated officer
            return new Sizes(
                    units,
                    staff,
                    atLeast(1_000_000 * scale, 10),
                    atLeast(20_000 * scale, 4),
                    atLeast(5_000 * scale, 2),
                    40,
                    atLeast(400 * scale, 4));
        }

        private static int atLeast(double value, int floor) {
            return Math.max(floor, (int) Math.round(value));
        }

        /** Proactive items that are documents; the rest of {@link #items} are interpretations (≈3.5 %). */
        public int documents() {
            return Math.max(1, (int) Math.round(items / 1.035));
        }
    }

    private CityBenchmarkData() {}

    public static void main(String[] args) throws Exception {
        double scale = Double.parseDouble(System.getProperty("scale", "1"));
        Sizes sizes = Sizes.of(scale);
        String db = System.getProperty("kaocheng.bench.db", "kaocheng_bench");
        long start = System.nanoTime();
        PGSimpleDataSource ds = recreate(db);
        ApplicationStartup.migrate(ds);
        System.out.printf(Locale.ROOT, "database %s created and migrated (%.1f s)%n", db, seconds(start));
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            for (String[] step : statements(sizes)) {
                long t = System.nanoTime();
                int rows = s.executeUpdate(step[1]);
                System.out.printf(Locale.ROOT, "  %-28s %,10d rows  %6.1f s%n", step[0], rows, seconds(t));
            }
        }
        EntityManagerFactory emf = TestDatabase.entityManagerFactory(ds);
        EntityManager em = emf.createEntityManager();
        try {
            TestDatabase.txRun(em, () -> {
                List<RankingGroup> groups = em.createQuery(
                                "SELECT g FROM RankingGroup g ORDER BY g.sortOrder", RankingGroup.class)
                        .getResultList();
                DefaultScheme.create(em, SCHEME_NAME, YEAR, groups);
            });
        } finally {
            em.close();
            emf.close();
        }
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE");
        }
        System.out.printf(Locale.ROOT, "city generated at scale %s: %s in %.1f s%n", scale, sizes, seconds(start));
    }

    public static PGSimpleDataSource dataSource(String db) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL("jdbc:postgresql://" + System.getProperty("kaocheng.bench.server", "127.0.0.1:5432") + "/" + db);
        ds.setUser(System.getProperty("kaocheng.bench.user", "postgres"));
        return ds;
    }

    private static PGSimpleDataSource recreate(String db) throws SQLException {
        if (!db.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name: " + db);
        }
        PGSimpleDataSource admin = dataSource("postgres");
        try (Connection c = admin.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + db);
            // as the README recommends for the application's database: PostgreSQL's JIT compiled the
            // appraisal's statements for longer than they ran (applications: 5.6 s for a 0.6 s statement)
            s.execute("ALTER DATABASE " + db + " SET jit = off");
        }
        return dataSource(db);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** The generating statements, in order, each with a label. Sizes are written in as numbers. */
    static List<String[]> statements(Sizes z) {
        String nu = Integer.toString(z.units());
        String ns = Integer.toString(z.staff());
        String nd = Integer.toString(z.documents());
        String na = Integer.toString(z.applications());
        String nm = Integer.toString(z.accounts());
        String nc = Integer.toString(z.courses());
        String nss = Integer.toString(z.sessions());
        return List.of(
                step("random function", """
                        CREATE OR REPLACE FUNCTION bench_rnd(n BIGINT, salt INTEGER) RETURNS DOUBLE PRECISION
                        LANGUAGE sql IMMUTABLE AS
                        'SELECT ((hashint8(n * 7919 + salt) & 2147483647) %% 1000003) / 1000003.0'
                        """.formatted()),
                // ---- organisation
                step("ranking_group", """
                        INSERT INTO ranking_group (id, code, name, sort_order) VALUES
                          (1, 'CITY', '市直部门', 1), (2, 'COUNTY', '区县部门', 2), (3, 'TOWN', '乡镇街道', 3)
                        """),
                step("unit", """
                        INSERT INTO unit (id, code, name, category, ranking_group_id, active, closed_on)
                        SELECT g, 'U' || lpad(g::text, 5, '0'),
                          CASE WHEN g %% 10 < 3 THEN '市直单位' WHEN g %% 10 < 7 THEN '区县单位' ELSE '乡镇街道' END
                            || lpad(g::text, 5, '0'),
                          CASE WHEN g %% 10 < 7 THEN 'DEPARTMENT' WHEN g %% 2 = 0 THEN 'TOWN' ELSE 'STREET' END,
                          CASE WHEN g %% 10 < 3 THEN 1 WHEN g %% 10 < 7 THEN 2 ELSE 3 END,
                          g %% 100 <> 99, CASE WHEN g %% 100 = 99 THEN DATE '2025-09-30' END
                        FROM generate_series(1, %s) g
                        """.formatted(nu)),
                // staff g <= units is unit g's designated officer
                step("staff", """
                        INSERT INTO staff (id, unit_id, name, created_on)
                        SELECT g, 1 + (g - 1) %% %s, '员工' || g, DATE '2018-01-01' FROM generate_series(1, %s) g
                        """.formatted(nu, ns)),
                step("posting (main post)", """
                        INSERT INTO posting (id, staff_id, unit_id, post_type, start_date, end_date, start_kind, end_kind,
                          appointment_doc)
                        SELECT x.g, x.g, 1 + (x.g - 1) %% %1$s, x.post_type, x.start_date,
                          CASE WHEN x.leaves THEN GREATEST(x.start_date, DATE '2025-01-01')
                            + floor(bench_rnd(x.g, 5) * (DATE '2025-12-31' - GREATEST(x.start_date, DATE '2025-01-01')))::int END,
                          CASE WHEN x.start_date >= DATE '2025-01-01' AND bench_rnd(x.g, 8) < 0.3 THEN 'TRANSFER' ELSE 'APPOINT' END,
                          CASE WHEN x.leaves THEN (CASE WHEN bench_rnd(x.g, 9) < 0.5 THEN 'LEAVE' ELSE 'TRANSFER' END) END,
                          '任职文件' || x.g
                        FROM (
                          SELECT g,
                            CASE WHEN g <= %1$s THEN 'DESIGNATED_OFFICER'
                              WHEN bench_rnd(g, 1) < 0.1 THEN 'LEADER_IN_CHARGE' WHEN bench_rnd(g, 1) < 0.4 THEN 'FULL_TIME'
                              WHEN bench_rnd(g, 1) < 0.9 THEN 'PART_TIME' ELSE 'NEW_MEDIA_ADMIN' END AS post_type,
                            CASE WHEN g <= %1$s THEN (CASE WHEN bench_rnd(g, 2) < 0.1
                                  THEN DATE '2025-02-01' + floor(bench_rnd(g, 3) * 250)::int
                                  ELSE DATE '2019-01-01' + floor(bench_rnd(g, 3) * 1800)::int END)
                              WHEN bench_rnd(g, 2) < 0.2 THEN DATE '2025-01-01' + floor(bench_rnd(g, 3) * 330)::int
                              ELSE DATE '2018-01-01' + floor(bench_rnd(g, 3) * 2500)::int END AS start_date,
                            CASE WHEN g <= %1$s THEN bench_rnd(g, 4) < 0.05 ELSE bench_rnd(g, 4) < 0.12 END AS leaves
                          FROM generate_series(1, %2$s) g
                        ) x
                        """.formatted(nu, ns)),
                step("posting (concurrent)", """
                        INSERT INTO posting (id, staff_id, unit_id, post_type, start_date, end_date, start_kind, end_kind)
                        SELECT %s + p.id, p.staff_id, p.unit_id,
                          CASE WHEN p.post_type = 'NEW_MEDIA_ADMIN' THEN 'PART_TIME' ELSE 'NEW_MEDIA_ADMIN' END,
                          p.start_date, p.end_date, 'CONCURRENT', p.end_kind
                        FROM posting p WHERE bench_rnd(p.id, 6) < 0.2
                        """.formatted(ns)),
                // ---- proactive disclosure: 85 % published within about 20 working days, 11 % late, 4 % never
                step("proactive_item (documents)", """
                        INSERT INTO proactive_item (id, unit_id, title, title_key, document_number, document_number_key,
                          category, normative, formed_on, published_on, channel)
                        SELECT x.g, x.unit_id,
                          CASE WHEN x.normative THEN '关于印发第' || x.g || '号管理办法的通知' ELSE '关于第' || x.g || '项工作的公告' END,
                          't' || x.g,
                          CASE WHEN x.normative THEN '府规〔2025〕' || x.g || '号' END,
                          CASE WHEN x.normative THEN 'fg2025-' || x.g END,
                          CASE WHEN x.normative THEN '行政规范性文件' ELSE '工作动态' END,
                          x.normative, x.formed_on,
                          CASE WHEN x.r < 0.85 THEN x.formed_on + floor(bench_rnd(x.g, 14) * 27)::int
                            WHEN x.r < 0.96 THEN x.formed_on + 30 + floor(bench_rnd(x.g, 14) * 90)::int END,
                          (ARRAY['WEBSITE', 'WEBSITE', 'WEBSITE', 'WECHAT', 'WEIBO', 'OTHER'])[1 + floor(bench_rnd(x.g, 15) * 6)::int]
                        FROM (
                          SELECT g, 1 + floor(bench_rnd(g, 10) * %s)::int AS unit_id, bench_rnd(g, 11) < 0.05 AS normative,
                            DATE '2025-01-01' + floor(bench_rnd(g, 12) * 365)::int AS formed_on, bench_rnd(g, 13) AS r
                          FROM generate_series(1, %s) g
                        ) x
                        """.formatted(nu, nd)),
                // 70 % of normative documents interpreted: most within 3 working days, some later, a few never
                // published
                step("proactive_item (interpretations)", """
                        INSERT INTO proactive_item (id, unit_id, title, title_key, category, normative, formed_on,
                          published_on, channel, interpretation_of_id)
                        SELECT %s + row_number() OVER (ORDER BY d.id), d.unit_id, '《' || d.title || '》政策解读',
                          'i' || d.id, '政策解读', FALSE, COALESCE(d.published_on, d.formed_on),
                          CASE WHEN bench_rnd(d.id, 17) < 0.8 THEN COALESCE(d.published_on, d.formed_on) + floor(bench_rnd(d.id, 18) * 4)::int
                            WHEN bench_rnd(d.id, 17) < 0.95 THEN COALESCE(d.published_on, d.formed_on) + 5 + floor(bench_rnd(d.id, 18) * 30)::int
                            END,
                          d.channel, d.id
                        FROM proactive_item d WHERE d.normative = TRUE AND bench_rnd(d.id, 16) < 0.7
                        """.formatted(nd)),
                // ---- applications: 85 % answered in time, 8 % late, 7 % still open (overdue by now)
                step("info_application", """
                        INSERT INTO info_application (id, unit_id, reference_no, channel, submitted_on, signed_for_on,
                          confirmed_on, received_on, applicant_type, applicant_name, applicant_key, subject, subject_key,
                          item_count, answered_on, outcome)
                        SELECT x.g, 1 + floor(bench_rnd(x.g, 20) * %s)::int, 'YSQ2025-' || x.g, x.channel,
                          CASE WHEN x.channel = 'IN_PERSON' THEN x.received_on END,
                          CASE WHEN x.channel = 'REGISTERED_POST' THEN x.received_on END,
                          CASE WHEN x.channel IN ('INTERNET', 'ORDINARY_LETTER', 'FAX') THEN x.received_on END,
                          x.received_on,
                          CASE WHEN bench_rnd(x.g, 22) < 0.8 THEN 'NATURAL_PERSON' ELSE 'COMMERCIAL_ENTERPRISE' END,
                          '申请人' || (x.g %% 9973), 'a' || (x.g %% 9973), '申请公开第' || x.g || '号事项的相关信息', 's' || x.g,
                          1 + floor(bench_rnd(x.g, 23) * 3)::int,
                          CASE WHEN x.r < 0.85 THEN x.received_on + floor(bench_rnd(x.g, 24) * 26)::int
                            WHEN x.r < 0.93 THEN x.received_on + 30 + floor(bench_rnd(x.g, 24) * 40)::int END,
                          CASE WHEN x.r < 0.93 THEN (ARRAY['GRANTED', 'GRANTED', 'GRANTED', 'PARTLY_GRANTED',
                            'UNAVAILABLE_NOT_HELD'])[1 + floor(bench_rnd(x.g, 25) * 5)::int] END
                        FROM (
                          SELECT g, DATE '2025-01-01' + floor(bench_rnd(g, 21) * 365)::int AS received_on, bench_rnd(g, 26) AS r,
                            (ARRAY['INTERNET', 'INTERNET', 'IN_PERSON', 'REGISTERED_POST', 'ORDINARY_LETTER', 'FAX'])
                              [1 + floor(bench_rnd(g, 27) * 6)::int] AS channel
                          FROM generate_series(1, %s) g
                        ) x
                        """.formatted(nu, na)),
                step("application_event", """
                        INSERT INTO application_event (id, application_id, kind, start_date, end_date, days, approved_by,
                          amount, note)
                        SELECT (a.id - 1) * 4 + k.n, a.id, k.kind,
                          a.received_on + CASE k.kind WHEN 'CORRECTION' THEN 3 WHEN 'CONSULTATION' THEN 12 WHEN 'FEE' THEN 4 ELSE 20 END,
                          CASE k.kind WHEN 'CORRECTION' THEN a.received_on + 9 WHEN 'CONSULTATION' THEN a.received_on + 26
                            WHEN 'FEE' THEN a.received_on + 8 END,
                          CASE WHEN k.kind = 'EXTENSION' THEN 20 END,
                          CASE WHEN k.kind = 'EXTENSION' THEN '政务公开办主任' END,
                          CASE WHEN k.kind = 'FEE' THEN 100.00 END, '基准数据'
                        FROM info_application a
                          JOIN (VALUES (1, 'CORRECTION', 0.10), (2, 'CONSULTATION', 0.08), (3, 'EXTENSION', 0.08),
                            (4, 'FEE', 0.02)) k(n, kind, share) ON bench_rnd(a.id, 30 + k.n) < k.share
                        """),
                // ---- new media: weekly posts; 10 %% stop in December (veto), 10 %% stop in the summer (zombies)
                step("new_media_account", """
                        INSERT INTO new_media_account (id, unit_id, platform, account_name, account_id, operator_kind,
                          operator_company, opened_on, closed_on, filing_status)
                        SELECT g, 1 + (g - 1) %% %s,
                          (ARRAY['WECHAT', 'WECHAT', 'WEIBO', 'DOUYIN', 'TOUTIAO', 'KUAISHOU', 'BILIBILI', 'APP'])
                            [1 + floor(bench_rnd(g, 40) * 8)::int],
                          '政务号' || g, 'acc' || g,
                          CASE WHEN bench_rnd(g, 41) < 0.2 THEN 'THIRD_PARTY' ELSE 'SELF' END,
                          CASE WHEN bench_rnd(g, 41) < 0.2 THEN '某某文化传媒有限公司' END,
                          DATE '2019-01-01' + floor(bench_rnd(g, 42) * 1800)::int,
                          CASE WHEN bench_rnd(g, 43) < 0.03 THEN DATE '2025-06-30' END,
                          CASE WHEN bench_rnd(g, 43) < 0.03 THEN 'CLOSURE_FILED' ELSE 'FILED' END
                        FROM generate_series(1, %s) g
                        """.formatted(nu, nm)),
                step("new_media_update", """
                        INSERT INTO new_media_update (id, account_id, updated_on, source)
                        SELECT row_number() OVER (), a.id, d::date, CASE WHEN a.id %% 4 = 0 THEN 'IMPORT' ELSE 'POST' END
                        FROM new_media_account a
                          CROSS JOIN LATERAL generate_series(GREATEST(a.opened_on, DATE '2025-01-01') + (a.id %% 7)::int,
                            CASE WHEN bench_rnd(a.id, 44) < 0.8 THEN DATE '2025-12-31' WHEN bench_rnd(a.id, 44) < 0.9
                              THEN DATE '2025-12-10' ELSE DATE '2025-08-01' END, INTERVAL '7 days') d
                        """.formatted()),
                // ---- training: a year of courses, sessions, enrolments, attendance and completions
                step("training_course", """
                        INSERT INTO training_course (id, title, course_level, organiser, course_type, hours, induction,
                          induction_due_days, required_attendance, min_exam_score)
                        SELECT g, CASE WHEN g <= 4 THEN '新任政务公开专员岗前培训' || g ELSE '政务公开业务培训第' || g || '期' END,
                          (ARRAY['PROVINCE', 'CITY', 'DISTRICT'])[1 + g %% 3], '市政务公开办',
                          (ARRAY['IN_PERSON', 'ONLINE', 'VIDEO_CONFERENCE'])[1 + g %% 3],
                          (ARRAY[2.0, 4.0, 6.0, 8.0])[1 + g %% 4], g <= 4, CASE WHEN g <= 4 THEN 30 END, 0.8,
                          CASE WHEN g %% 5 = 0 THEN 60 END
                        FROM generate_series(1, %s) g
                        """.formatted(nc)),
                step("training_session", """
                        INSERT INTO training_session (id, course_id, place, trainer, capacity, enrolment_deadline, status,
                          starts_on, ends_on)
                        SELECT x.g, 1 + (x.g - 1) %% %s, '市政务服务中心培训室', '讲师' || (x.g %% 17), 200, x.starts_on - 3,
                          'HELD', x.starts_on, x.starts_on + (x.g %% 2)
                        FROM (SELECT g, DATE '2025-01-06' + floor(bench_rnd(g, 50) * 340)::int AS starts_on
                              FROM generate_series(1, %s) g) x
                        """.formatted(nc, nss)),
                step("training_session_day", """
                        INSERT INTO training_session_day (id, session_id, session_date, starts_at, ends_at)
                        SELECT row_number() OVER (ORDER BY s.id, d), s.id, d::date, d + INTERVAL '9 hours', d + INTERVAL '17 hours'
                        FROM training_session s CROSS JOIN LATERAL generate_series(s.starts_on, s.ends_on, INTERVAL '1 day') d
                        """),
                // two sessions per person (distinct: g and g + half the sessions)
                step("training_enrolment", """
                        INSERT INTO training_enrolment (id, session_id, staff_id, unit_id, status, source, requested_at,
                          status_at, exam_score)
                        SELECT (st.id - 1) * 2 + k + 1, 1 + (st.id + k * (%1$s / 2)) %% %1$s, st.id, st.unit_id,
                          'ENROLLED', 'BULK', TIMESTAMP '2025-01-02 09:00', TIMESTAMP '2025-01-02 09:00',
                          60 + floor(bench_rnd(st.id, 51 + k) * 40)::int
                        FROM staff st CROSS JOIN generate_series(0, 1) k
                        WHERE bench_rnd(st.id, 53 + k) < 0.9
                        """.formatted(nss)),
                step("training_attendance", """
                        INSERT INTO training_attendance (id, enrolment_id, session_day_id, status)
                        SELECT row_number() OVER (ORDER BY e.id, d.id), e.id, d.id,
                          CASE WHEN bench_rnd(e.id * 3 + d.id, 55) < 0.9 THEN 'PRESENT' WHEN bench_rnd(e.id * 3 + d.id, 55) < 0.95
                            THEN 'LATE' ELSE 'ABSENT' END
                        FROM training_enrolment e JOIN training_session_day d ON d.session_id = e.session_id
                        """),
                step("training_completion", """
                        INSERT INTO training_completion (id, enrolment_id, staff_id, unit_id, course_id, completed_on,
                          completion_year, hours, induction, verification_code)
                        SELECT e.id, e.id, e.staff_id, e.unit_id, c.id, s.ends_on, EXTRACT(YEAR FROM s.ends_on), c.hours,
                          c.induction, 'BENCH' || lpad(e.id::text, 10, '0')
                        FROM training_enrolment e JOIN training_session s ON s.id = e.session_id
                          JOIN training_course c ON c.id = s.course_id
                        WHERE NOT EXISTS (SELECT 1 FROM training_attendance a WHERE a.enrolment_id = e.id AND a.status = 'ABSENT')
                        """),
                // new designated officers and full-time staff of the year must be inducted within 30 days
                step("induction_requirement", """
                        INSERT INTO induction_requirement (id, staff_id, unit_id, posting_id, post_type, posting_start, due_on,
                          status, closed_on)
                        SELECT p.id, p.staff_id, p.unit_id, p.id, p.post_type, p.start_date, p.start_date + 30,
                          CASE WHEN bench_rnd(p.id, 60) < 0.7 THEN 'FULFILLED' ELSE 'OPEN' END,
                          CASE WHEN bench_rnd(p.id, 60) < 0.7 THEN p.start_date + floor(bench_rnd(p.id, 61) * 45)::int END
                        FROM posting p
                        WHERE p.start_date >= DATE '2025-01-01' AND p.post_type IN ('DESIGNATED_OFFICER', 'FULL_TIME')
                          AND p.start_kind <> 'CONCURRENT'
                        """),
                // ---- self-checks: four quarterly campaigns of a 20-item checklist to every unit
                step("checklist_template", """
                        INSERT INTO checklist_template (id, family_code, version_no, title, frozen, created_at, created_by)
                        VALUES (1, 'BENCH', 1, '政务公开工作自查表', TRUE, TIMESTAMP '2025-01-02 09:00', 'bench')
                        """),
                step("checklist_section", """
                        INSERT INTO checklist_section (id, template_id, seq, title)
                        VALUES (1, 1, 1, '主动公开'), (2, 1, 2, '依申请公开')
                        """),
                step("checklist_item", """
                        INSERT INTO checklist_item (id, section_id, seq, code, question, answer_kind, evidence_required, points)
                        SELECT g, 1 + (g - 1) / 10, g, 'Q' || g, '第' || g || '项自查内容是否落实', 'YES_NO', g %% 3 = 0, 5
                        FROM generate_series(1, 20) g
                        """.formatted()),
                step("sc_campaign", """
                        INSERT INTO sc_campaign (id, template_id, title, period_label, target_kind, opens_on, closes_on,
                          status, opened_at, created_by)
                        SELECT q, 1, '2025年第' || q || '季度政务公开自查', '2025Q' || q, 'ALL',
                          (DATE '2025-01-01' + (q - 1) * INTERVAL '3 months')::date,
                          (DATE '2025-01-01' + q * INTERVAL '3 months')::date - 10, 'OPEN',
                          TIMESTAMP '2025-01-01 09:00' + (q - 1) * INTERVAL '3 months', 'bench'
                        FROM generate_series(1, 4) q
                        """),
                step("self_check", """
                        INSERT INTO self_check (id, campaign_id, unit_id, status, round_no, first_submitted_at,
                          last_submitted_at, late)
                        SELECT (c.id - 1) * %1$s + u.id, c.id, u.id, x.status, CASE WHEN x.status = 'NOT_STARTED' THEN 0 ELSE 1 END,
                          CASE WHEN x.status <> 'NOT_STARTED' THEN c.closes_on - 2 + TIME '10:00' END,
                          CASE WHEN x.status <> 'NOT_STARTED' THEN c.closes_on - 2 + TIME '10:00' END,
                          x.status <> 'NOT_STARTED' AND bench_rnd(c.id * 100000 + u.id, 71) < 0.08
                        FROM sc_campaign c CROSS JOIN unit u
                          CROSS JOIN LATERAL (SELECT CASE WHEN bench_rnd(c.id * 100000 + u.id, 70) < 0.7 THEN 'ACCEPTED'
                            WHEN bench_rnd(c.id * 100000 + u.id, 70) < 0.85 THEN 'SUBMITTED'
                            WHEN bench_rnd(c.id * 100000 + u.id, 70) < 0.95 THEN 'RETURNED' ELSE 'NOT_STARTED' END AS status) x
                        WHERE u.active = TRUE
                        """.formatted(nu)),
                step("self_check_answer", """
                        INSERT INTO self_check_answer (id, self_check_id, item_id, status, yes_no, provisional_score,
                          changed_at, changed_by)
                        SELECT (s.id - 1) * 20 + i.id, s.id, i.id,
                          CASE WHEN s.status = 'NOT_STARTED' THEN 'NOT_STARTED'
                            WHEN s.status = 'ACCEPTED' OR bench_rnd(s.id * 20 + i.id, 72) < 0.85 THEN 'ACCEPTED'
                            WHEN bench_rnd(s.id * 20 + i.id, 72) < 0.95 THEN 'RETURNED' ELSE 'SUBMITTED' END,
                          CASE WHEN s.status <> 'NOT_STARTED' THEN bench_rnd(s.id * 20 + i.id, 73) < 0.9 END,
                          CASE WHEN s.status <> 'NOT_STARTED' THEN (CASE WHEN bench_rnd(s.id * 20 + i.id, 73) < 0.9 THEN 5 ELSE 2 END) END,
                          s.last_submitted_at, 'bench'
                        FROM self_check s CROSS JOIN checklist_item i
                        """),
                // ---- sequences past the generated ids, so that the application can add rows afterwards
                step("sequences", """
                        DO $$
                        DECLARE t TEXT;
                        BEGIN
                          FOREACH t IN ARRAY ARRAY['ranking_group', 'unit', 'staff', 'posting', 'proactive_item',
                            'info_application', 'application_event', 'new_media_account', 'new_media_update',
                            'training_course', 'training_session', 'training_session_day', 'training_enrolment',
                            'training_attendance', 'training_completion', 'induction_requirement', 'checklist_template',
                            'checklist_section', 'checklist_item', 'sc_campaign', 'self_check', 'self_check_answer'] LOOP
                            EXECUTE format('SELECT setval(%%L, (SELECT COALESCE(MAX(id), 0) + 1000 FROM %%I))',
                              t || '_seq', t);
                          END LOOP;
                        END $$
                        """.formatted()),
                step("drop random function", "DROP FUNCTION bench_rnd(BIGINT, INTEGER)"));
    }

    private static String[] step(String label, String sql) {
        return new String[] {label, sql};
    }
}
