package org.kaocheng.disclosure.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kaocheng.disclosure.domain.ApplicationState;
import org.kaocheng.disclosure.domain.ItemState;
import org.kaocheng.disclosure.domain.NewMediaCheck;

/**
 * The timeliness rules in SQL, for lists, counts and metrics over many records at once. Each
 * statement computes deadlines from {@code calendar_day} (the N-th working day after D is the
 * working day whose seq is seq(D) + N), so nothing computed is stored and a schedule change
 * moves every deadline. The same rules in Java: {@code Timeliness}, {@code ApplicationTimeline},
 * {@code NewMediaCheck}; tests prove both give the same answers on H2 and PostgreSQL.
 *
 * <p>Interpretations are joined to their document with {@code doc.normative = TRUE}: only normative
 * documents are interpreted, and an interpreted document stays normative (ProactiveItemService,
 * ItemBatchService, migration V12_0), so the condition removes nothing; it lets PostgreSQL read the
 * documents from the covering index of normative documents instead of joining every item.
 */
public final class TimelinessQueries {

    /**
     * The N-th working day after D is the working day with seq(D) + N: joined from the working
     * days (seq counts the working days up to and including the day, so no two working days share
     * one) rather than looked up by a correlated subquery per row, which PostgreSQL evaluated again
     * for every use of the deadline (a dozen index probes per row). A plain join, not a derived
     * table grouped by seq: the planner could not see through the grouping and, for one unit's
     * thousand rows, joined them to every working day in a nested loop (1.6 million comparisons,
     * 0.18 s of a unit's list at city scale).
     */
    private static final String WORKING_DAY_BY_SEQ =
            "(SELECT wd.seq, wd.day FROM calendar_day wd WHERE wd.working = TRUE)";

    /** The rows of unit ?4 (every unit when null) whose day zero lies in ?5..?6 (open ends when null). */
    private static final String ITEM_WHERE = """
             WHERE (CAST(?4 AS BIGINT) IS NULL OR i.unit_id = CAST(?4 AS BIGINT))
               AND (CAST(?5 AS DATE) IS NULL OR i.formed_on >= CAST(?5 AS DATE))
               AND (CAST(?6 AS DATE) IS NULL OR i.formed_on <= CAST(?6 AS DATE))""";

    private static final String INTERPRETATION_WHERE = """
             WHERE (CAST(?4 AS BIGINT) IS NULL OR p.unit_id = CAST(?4 AS BIGINT))
               AND (CAST(?5 AS DATE) IS NULL OR COALESCE(doc.published_on, p.formed_on) >= CAST(?5 AS DATE))
               AND (CAST(?6 AS DATE) IS NULL OR COALESCE(doc.published_on, p.formed_on) <= CAST(?6 AS DATE))""";

    /**
     * ?1 proactive days, ?2 interpretation days, ?3 today; the rows (CTE {@code st}, one per item and
     * one per interpretation, with the unit and the day zero the period filters compare:
     * COALESCE(base_on, own formed_on)) of unit ?4 (every unit when null) whose day zero lies in
     * ?5..?6 (open ends when null), each with its deadline, state and lateness: a unit's list or a
     * period's reads those rows, not every item of every year.
     */
    private static final String ITEM_STATES_FILTERED = itemStates(ITEM_WHERE, INTERPRETATION_WHERE, null);

    /** The list's kinds of row (ItemQuery.kind). */
    private static final Set<String> KINDS = Set.of("ITEM", "INTERPRETATION");

    /**
     * The rows (CTE {@code timed}): items and interpretations with their day zero, the base day and
     * working days of their deadline, and their own formed day (the lists' order).
     */
    private static String timed(String itemWhere, String interpretationWhere) {
        return "WITH timed AS (\n"
                + "  SELECT i.id, 'ITEM' AS kind, i.formed_on AS base_on, CAST(?1 AS INTEGER) AS n, i.published_on,\n"
                + "    i.unit_id, i.formed_on AS day_zero, i.formed_on AS own_formed_on\n"
                + "  FROM proactive_item i\n" + itemWhere + "\n"
                + "  UNION ALL\n"
                + "  SELECT p.id, 'INTERPRETATION' AS kind, doc.published_on AS base_on, CAST(?2 AS INTEGER) AS n, p.published_on,\n"
                + "    p.unit_id, COALESCE(doc.published_on, p.formed_on) AS day_zero, p.formed_on AS own_formed_on\n"
                + "  FROM proactive_item p JOIN proactive_item doc ON doc.id = p.interpretation_of_id AND doc.normative = TRUE\n"
                + interpretationWhere + "\n";
    }

    /**
     * The rows with their deadline, state and lateness (CTE {@code st}); {@code picked}, when not
     * null, is a query over {@code timed} choosing the only rows whose deadlines are computed.
     */
    private static String itemStates(String itemWhere, String interpretationWhere, String picked) {
        return timed(itemWhere, interpretationWhere)
                + (picked == null ? "" : "), picked AS (\n" + picked + "\n")
                + "), due AS (\n"
                + "  SELECT t.id, t.kind, t.base_on, t.published_on, t.unit_id, t.day_zero, cb.provisional AS base_provisional,\n"
                + "    CASE WHEN t.base_on IS NULL THEN NULL WHEN t.n = 0 THEN t.base_on ELSE dn.day END AS due_on\n"
                + "  FROM " + (picked == null ? "timed" : "picked")
                + " t LEFT JOIN calendar_day cb ON cb.day = t.base_on\n"
                + "    LEFT JOIN " + WORKING_DAY_BY_SEQ + " dn ON dn.seq = cb.seq + t.n\n" + """
            ), st AS (
              SELECT u.id, u.kind, u.base_on, u.published_on, u.due_on, u.unit_id, u.day_zero,
                CASE WHEN u.base_on IS NULL THEN FALSE WHEN u.due_on IS NULL THEN TRUE
                  ELSE (COALESCE(u.base_provisional, TRUE) OR COALESCE(cd.provisional, TRUE)) END AS provisional,
                CASE WHEN u.due_on IS NULL THEN (CASE WHEN u.published_on IS NULL THEN 'PENDING' ELSE 'ON_TIME' END)
                  WHEN u.published_on IS NOT NULL THEN (CASE WHEN u.published_on <= u.due_on THEN 'ON_TIME' ELSE 'LATE' END)
                  WHEN CAST(?3 AS DATE) > u.due_on THEN 'OVERDUE' ELSE 'PENDING' END AS state,
                CASE WHEN u.due_on IS NULL THEN 0
                  WHEN u.published_on IS NOT NULL AND u.published_on > u.due_on
                    THEN (CASE WHEN cp.working THEN cp.seq ELSE cp.seq + 1 END) - cd.seq
                  WHEN u.published_on IS NULL AND CAST(?3 AS DATE) > u.due_on
                    THEN (CASE WHEN ct.working THEN ct.seq ELSE ct.seq + 1 END) - cd.seq
                  ELSE 0 END AS late_by
              FROM due u LEFT JOIN calendar_day cd ON cd.day = u.due_on
                LEFT JOIN calendar_day cp ON cp.day = u.published_on
                LEFT JOIN calendar_day ct ON ct.day = CAST(?3 AS DATE)
            )
            """;
    }

    /** ?4 unit, ?5 from, ?6 to, ?7 kind, ?8 state, ?9 title pattern. */
    private static final String ITEM_FILTER = """
            FROM st JOIN proactive_item i ON i.id = st.id JOIN unit un ON un.id = i.unit_id
            WHERE (CAST(?4 AS BIGINT) IS NULL OR i.unit_id = CAST(?4 AS BIGINT))
              AND (CAST(?5 AS DATE) IS NULL OR COALESCE(st.base_on, i.formed_on) >= CAST(?5 AS DATE))
              AND (CAST(?6 AS DATE) IS NULL OR COALESCE(st.base_on, i.formed_on) <= CAST(?6 AS DATE))
              AND (CAST(?7 AS VARCHAR(20)) IS NULL OR st.kind = CAST(?7 AS VARCHAR(20)))
              AND (CAST(?8 AS VARCHAR(20)) IS NULL OR st.state = CAST(?8 AS VARCHAR(20)))
              AND (CAST(?9 AS VARCHAR(200)) IS NULL OR LOWER(i.title) LIKE CAST(?9 AS VARCHAR(200)) ESCAPE '\\')
            """;

    private static final String ITEM_COLUMNS =
            "SELECT st.id, i.unit_id, un.name, i.title, i.document_number, i.formed_on,"
                    + " i.published_on, i.channel, st.kind, st.base_on, st.due_on, st.provisional, st.state, st.late_by ";

    /**
     * The deadline of every calendar day of the period ?5..?6 as a day zero: the working day whose
     * seq is the day's seq + N (working days have distinct seqs), null beyond the calendar.
     */
    private static String dueByDay(String n) {
        return "(SELECT c.day, w.day AS due_on FROM calendar_day c\n"
                + "  LEFT JOIN calendar_day w ON w.working = TRUE AND w.seq = c.seq + " + n + "\n"
                + "  WHERE (CAST(?5 AS DATE) IS NULL OR c.day >= CAST(?5 AS DATE))\n"
                + "    AND (CAST(?6 AS DATE) IS NULL OR c.day <= CAST(?6 AS DATE)))";
    }

    /**
     * ?1 proactive days, ?4 unit (every unit when null), ?5 from, ?6 to (formed dates; open ends
     * when null): each item with its unit, formed and published days and deadline, looked up by
     * its formed day in the period's table of deadlines (hashed once), not computed per row.
     */
    private static final String ITEM_DEADLINES = "SELECT i.unit_id, i.formed_on, i.published_on,"
            + " CASE WHEN CAST(?1 AS INTEGER) = 0 THEN i.formed_on ELSE d.due_on END AS due_on\n"
            + "  FROM proactive_item i LEFT JOIN " + dueByDay("CAST(?1 AS INTEGER)") + " d ON d.day = i.formed_on\n"
            + ITEM_WHERE;

    /**
     * The states of ITEM_STATES_FILTERED as conditions on rows (published_on, due_on) of the
     * counts: published by the deadline (or without one) is on time; unpublished after it (?3
     * today) is overdue.
     */
    private static final String ON_TIME =
            "t.published_on IS NOT NULL AND (t.due_on IS NULL OR t.published_on <= t.due_on)";

    private static final String OVERDUE = "t.published_on IS NULL AND CAST(?3 AS DATE) > t.due_on";

    /**
     * ?1 proactive days, ?2 interpretation days, ?3 today, ?4 unit, ?5 from, ?6 to (period of day
     * zero). The states of {@link #ITEM_STATES_FILTERED} counted per unit without computing each row's state
     * and lateness: the period's deadlines are a table of one row per day (hashed once), so each
     * item costs one lookup by its day zero, and the scan runs in parallel. Interpretations and the
     * normative documents nobody interpreted are counted in one pass over the documents, each
     * left-joined to its interpretations (a document without any is a missing interpretation, of
     * its own unit; an interpretation counts for the interpreting unit). Counts are
     * {@code COUNT(*) FILTER}, not {@code SUM(CASE ...)}: at city scale (1,000,000 items) the
     * statement took 0.25 s with the three passes and CASE sums, 0.17 s so. Agreement with
     * ITEM_STATES_FILTERED is tested on H2 and PostgreSQL.
     */
    private static final String ITEM_COUNTS =
            """
            SELECT un.id, un.name, COALESCE(g.n, 0), COALESCE(g.on_time, 0), COALESCE(g.late, 0),
              COALESCE(g.overdue, 0), COALESCE(g.n, 0) - COALESCE(g.on_time, 0) - COALESCE(g.late, 0) - COALESCE(g.overdue, 0),
              COALESCE(p.n, 0), COALESCE(p.on_time, 0), COALESCE(p.late, 0), COALESCE(p.overdue, 0),
              COALESCE(p.n, 0) - COALESCE(p.on_time, 0) - COALESCE(p.late, 0) - COALESCE(p.overdue, 0),
              COALESCE(p.missing, 0)
            FROM unit un LEFT JOIN (
              SELECT t.unit_id, COUNT(*) AS n,
                COUNT(*) FILTER (WHERE %1$s) AS on_time,
                COUNT(*) FILTER (WHERE t.published_on > t.due_on) AS late,
                COUNT(*) FILTER (WHERE %2$s) AS overdue
              FROM (%3$s) t
              GROUP BY t.unit_id
            ) g ON g.unit_id = un.id
            LEFT JOIN (
              SELECT t.unit_id, COUNT(t.id) AS n,
                COUNT(*) FILTER (WHERE %1$s) AS on_time,
                COUNT(*) FILTER (WHERE t.published_on > t.due_on) AS late,
                COUNT(*) FILTER (WHERE t.id IS NOT NULL AND %2$s) AS overdue,
                COUNT(*) FILTER (WHERE t.id IS NULL) AS missing
              FROM (SELECT x.id, COALESCE(x.unit_id, doc.unit_id) AS unit_id, x.published_on,
                  CASE WHEN CAST(?2 AS INTEGER) = 0 THEN doc.published_on ELSE d.due_on END AS due_on
                FROM proactive_item doc LEFT JOIN proactive_item x ON x.interpretation_of_id = doc.id
                  LEFT JOIN %4$s d ON d.day = doc.published_on
                WHERE doc.normative = TRUE
                  AND (CAST(?5 AS DATE) IS NULL OR COALESCE(doc.published_on, x.formed_on, doc.formed_on) >= CAST(?5 AS DATE))
                  AND (CAST(?6 AS DATE) IS NULL OR COALESCE(doc.published_on, x.formed_on, doc.formed_on) <= CAST(?6 AS DATE))) t
              GROUP BY t.unit_id
            ) p ON p.unit_id = un.id
            WHERE (un.active = TRUE OR g.unit_id IS NOT NULL OR p.n > 0)
              AND (CAST(?4 AS BIGINT) IS NULL OR un.id = CAST(?4 AS BIGINT))
            ORDER BY un.code
            """.formatted(ON_TIME, OVERDUE, ITEM_DEADLINES, dueByDay("CAST(?2 AS INTEGER)"));

    /** ?1 unit, ?2 from, ?3 to: normative documents nobody interpreted, as rows of ITEM_COLUMNS. */
    private static final String MISSING_INTERPRETATIONS = """
            SELECT d.id, d.unit_id, un.name, d.title, d.document_number, d.formed_on, d.published_on, d.channel,
              'DOCUMENT', d.published_on, CAST(NULL AS DATE), FALSE, 'PENDING', 0
            FROM proactive_item d JOIN unit un ON un.id = d.unit_id
            WHERE d.normative = TRUE
              AND NOT EXISTS (SELECT 1 FROM proactive_item p WHERE p.interpretation_of_id = d.id)
              AND (CAST(?1 AS BIGINT) IS NULL OR d.unit_id = CAST(?1 AS BIGINT))
              AND (CAST(?2 AS DATE) IS NULL OR COALESCE(d.published_on, d.formed_on) >= CAST(?2 AS DATE))
              AND (CAST(?3 AS DATE) IS NULL OR COALESCE(d.published_on, d.formed_on) <= CAST(?3 AS DATE))
            ORDER BY d.formed_on, d.id
            """;

    /**
     * ?1 unit (either side), ?2 from, ?3 to (formed date of either side). Pairs of items of the same
     * year with the same document number or title key, neither cleared by a reviewer, and not a
     * document and its own interpretation; ?4 a reader's own unit (null: a district reader), whose
     * pairs show another unit's item only when it is published.
     */
    private static final String DUPLICATES = """
            SELECT a.id, a.unit_id, ua.name, a.title, a.formed_on, a.channel,
              b.id, b.unit_id, ub.name, b.title, b.formed_on, b.channel,
              CASE WHEN a.document_number_key IS NOT NULL AND a.document_number_key = b.document_number_key
                THEN 'DOCUMENT_NUMBER' ELSE 'TITLE' END
            FROM proactive_item a
              JOIN proactive_item b ON b.id > a.id
                AND (b.title_key = a.title_key OR b.document_number_key = a.document_number_key)
                AND EXTRACT(YEAR FROM b.formed_on) = EXTRACT(YEAR FROM a.formed_on)
              JOIN unit ua ON ua.id = a.unit_id JOIN unit ub ON ub.id = b.unit_id
            WHERE a.not_duplicate = FALSE AND b.not_duplicate = FALSE
              AND (a.interpretation_of_id IS NULL OR a.interpretation_of_id <> b.id)
              AND (b.interpretation_of_id IS NULL OR b.interpretation_of_id <> a.id)
              AND (CAST(?1 AS BIGINT) IS NULL OR a.unit_id = CAST(?1 AS BIGINT) OR b.unit_id = CAST(?1 AS BIGINT))
              AND (CAST(?2 AS DATE) IS NULL OR a.formed_on >= CAST(?2 AS DATE) OR b.formed_on >= CAST(?2 AS DATE))
              AND (CAST(?3 AS DATE) IS NULL OR a.formed_on <= CAST(?3 AS DATE) OR b.formed_on <= CAST(?3 AS DATE))
              AND (CAST(?4 AS BIGINT) IS NULL
                OR ((a.unit_id = CAST(?4 AS BIGINT) OR a.published_on IS NOT NULL)
                  AND (b.unit_id = CAST(?4 AS BIGINT) OR b.published_on IS NOT NULL)))
            ORDER BY a.formed_on, a.id, b.id
            """;

    /**
     * ?1 answer days, ?2 correction days, ?3 due-soon days, ?4 today, ?5 unit (every unit when null:
     * a unit's list, counts and trend compute the states of its own applications only).
     */
    static final String APPLICATION_STATES = """
            WITH corr AS (
              SELECT e.application_id, MIN(e.start_date) AS requested_on, MAX(e.end_date) AS corrected_on
              FROM application_event e WHERE e.kind = 'CORRECTION' GROUP BY e.application_id
            ), base AS (
              SELECT a.id, a.received_on, a.answered_on, a.outcome, c.requested_on,
                CASE WHEN c.application_id IS NULL THEN a.received_on ELSE c.corrected_on END AS start_on
              FROM info_application a LEFT JOIN corr c ON c.application_id = a.id
              WHERE (CAST(?5 AS BIGINT) IS NULL OR a.unit_id = CAST(?5 AS BIGINT))
            ), pause AS (
              SELECT b.id, SUM(CASE WHEN ce.seq > cs.seq THEN ce.seq - cs.seq ELSE 0 END) AS paused_days,
                SUM(CASE WHEN e.end_date IS NULL AND b.answered_on IS NULL THEN 1 ELSE 0 END) AS running
              FROM base b
                JOIN application_event e ON e.application_id = b.id AND e.kind IN ('CONSULTATION', 'FEE')
                  AND e.start_date >= b.start_on
                JOIN calendar_day cs ON cs.day = e.start_date
                JOIN calendar_day ce ON ce.day = COALESCE(e.end_date, b.answered_on, CAST(?4 AS DATE))
              GROUP BY b.id
            ), ext AS (
              SELECT e.application_id, SUM(e.days) AS ext_days FROM application_event e
              WHERE e.kind = 'EXTENSION' GROUP BY e.application_id
            ), due AS (
              SELECT b.id, b.received_on, b.answered_on, b.outcome, b.requested_on, b.start_on,
                COALESCE(p.paused_days, 0) AS paused_days, COALESCE(p.running, 0) AS running,
                cs.provisional AS start_provisional,
                CASE WHEN b.start_on IS NULL OR COALESCE(p.running, 0) > 0 THEN NULL ELSE dd.day END AS due_on,
                dc.day AS correction_deadline
              FROM base b LEFT JOIN pause p ON p.id = b.id LEFT JOIN ext x ON x.application_id = b.id
                LEFT JOIN calendar_day cs ON cs.day = b.start_on
                LEFT JOIN calendar_day cr ON cr.day = b.received_on
                LEFT JOIN %1$s dd
                  ON dd.seq = cs.seq + CAST(?1 AS INTEGER) + COALESCE(x.ext_days, 0) + COALESCE(p.paused_days, 0)
                LEFT JOIN %1$s dc ON dc.seq = cr.seq + CAST(?2 AS INTEGER)
            ), st AS (
              SELECT u.id, u.start_on, u.due_on, u.paused_days, u.answered_on, u.outcome,
                CASE WHEN u.outcome = 'OTHER_NO_CORRECTION' AND u.answered_on IS NOT NULL THEN 'GIVEN_UP'
                  WHEN u.start_on IS NULL THEN (CASE WHEN u.answered_on IS NOT NULL THEN 'ANSWERED_ON_TIME' ELSE 'AWAITING_CORRECTION' END)
                  WHEN u.running > 0 THEN 'PAUSED'
                  WHEN u.answered_on IS NOT NULL
                    THEN (CASE WHEN u.due_on IS NULL OR u.answered_on <= u.due_on THEN 'ANSWERED_ON_TIME' ELSE 'ANSWERED_LATE' END)
                  WHEN u.due_on IS NULL THEN 'OPEN'
                  WHEN CAST(?4 AS DATE) > u.due_on THEN 'OVERDUE'
                  WHEN cd.seq - ct.seq <= CAST(?3 AS INTEGER) THEN 'DUE_SOON'
                  ELSE 'OPEN' END AS state,
                CASE WHEN u.due_on IS NULL OR (u.outcome = 'OTHER_NO_CORRECTION' AND u.answered_on IS NOT NULL) THEN 0
                  WHEN u.answered_on IS NOT NULL AND u.answered_on > u.due_on
                    THEN (CASE WHEN ca.working THEN ca.seq ELSE ca.seq + 1 END) - cd.seq
                  WHEN u.answered_on IS NULL AND CAST(?4 AS DATE) > u.due_on
                    THEN (CASE WHEN ct.working THEN ct.seq ELSE ct.seq + 1 END) - cd.seq
                  ELSE 0 END AS late_by,
                CASE WHEN u.due_on IS NULL THEN FALSE
                  ELSE (COALESCE(u.start_provisional, TRUE) OR COALESCE(cd.provisional, TRUE)) END AS provisional,
                CASE WHEN u.requested_on IS NOT NULL AND u.requested_on > u.correction_deadline THEN TRUE ELSE FALSE END
                  AS correction_late
              FROM due u LEFT JOIN calendar_day cd ON cd.day = u.due_on
                LEFT JOIN calendar_day ca ON ca.day = u.answered_on
                LEFT JOIN calendar_day ct ON ct.day = CAST(?4 AS DATE)
            )
            """.formatted(WORKING_DAY_BY_SEQ);

    /**
     * ?5 unit, ?6 from, ?7 to (date of receipt), ?8 state, ?9 text pattern (subject or applicant),
     * ?10 open at the end of that day (the carried-over figures of APPLICATION_COUNTS).
     */
    private static final String APPLICATION_FILTER = """
            FROM st JOIN info_application a ON a.id = st.id JOIN unit un ON un.id = a.unit_id
            WHERE (CAST(?5 AS BIGINT) IS NULL OR a.unit_id = CAST(?5 AS BIGINT))
              AND (CAST(?6 AS DATE) IS NULL OR a.received_on >= CAST(?6 AS DATE))
              AND (CAST(?7 AS DATE) IS NULL OR a.received_on <= CAST(?7 AS DATE))
              AND (CAST(?8 AS VARCHAR(30)) IS NULL OR st.state = CAST(?8 AS VARCHAR(30)))
              AND (CAST(?9 AS VARCHAR(200)) IS NULL OR LOWER(a.subject) LIKE CAST(?9 AS VARCHAR(200)) ESCAPE '\\'
                   OR LOWER(a.applicant_name) LIKE CAST(?9 AS VARCHAR(200)) ESCAPE '\\')
              AND (CAST(?10 AS DATE) IS NULL OR (a.received_on <= CAST(?10 AS DATE)
                   AND (a.answered_on IS NULL OR a.answered_on > CAST(?10 AS DATE))))
            """;

    private static final String APPLICATION_COLUMNS =
            "SELECT a.id, a.unit_id, un.name, a.reference_no, a.applicant_name,"
                    + " a.applicant_type, a.subject, a.channel, a.received_on, st.start_on, st.due_on, st.provisional, st.state,"
                    + " st.late_by, st.paused_days, st.correction_late, a.answered_on, a.outcome ";

    /** ?1..?4 as in APPLICATION_STATES, ?5 unit, ?6 from, ?7 to. */
    private static final String APPLICATION_COUNTS =
            APPLICATION_STATES + """
            , g AS (
              SELECT a.unit_id,
                SUM(CASE WHEN a.received_on >= CAST(?6 AS DATE) AND a.received_on <= CAST(?7 AS DATE) THEN 1 ELSE 0 END) AS received,
                SUM(CASE WHEN a.received_on >= CAST(?6 AS DATE) AND a.received_on <= CAST(?7 AS DATE)
                  AND st.state = 'ANSWERED_ON_TIME' THEN 1 ELSE 0 END) AS on_time,
                SUM(CASE WHEN a.received_on >= CAST(?6 AS DATE) AND a.received_on <= CAST(?7 AS DATE)
                  AND st.state = 'ANSWERED_LATE' THEN 1 ELSE 0 END) AS late,
                SUM(CASE WHEN a.received_on >= CAST(?6 AS DATE) AND a.received_on <= CAST(?7 AS DATE)
                  AND st.state = 'OVERDUE' THEN 1 ELSE 0 END) AS overdue,
                SUM(CASE WHEN a.received_on >= CAST(?6 AS DATE) AND a.received_on <= CAST(?7 AS DATE)
                  AND st.state = 'DUE_SOON' THEN 1 ELSE 0 END) AS due_soon,
                SUM(CASE WHEN a.received_on >= CAST(?6 AS DATE) AND a.received_on <= CAST(?7 AS DATE)
                  AND st.state IN ('OPEN', 'DUE_SOON', 'OVERDUE', 'AWAITING_CORRECTION', 'PAUSED') THEN 1 ELSE 0 END) AS still_open,
                SUM(CASE WHEN a.received_on >= CAST(?6 AS DATE) AND a.received_on <= CAST(?7 AS DATE)
                  AND st.state = 'GIVEN_UP' THEN 1 ELSE 0 END) AS given_up,
                SUM(CASE WHEN\s""" + ApplicationPeriods.carriedIn("a", "CAST(?6 AS DATE)") + """
                  THEN 1 ELSE 0 END) AS carried_in,
                SUM(CASE WHEN\s"""
                    + ApplicationPeriods.carriedOut("a", "CAST(?7 AS DATE)") + """
                  THEN 1 ELSE 0 END) AS carried_out,
                SUM(CASE WHEN\s"""
                    + ApplicationPeriods.answeredIn("a", "CAST(?6 AS DATE)", "CAST(?7 AS DATE)") + """
                  THEN 1 ELSE 0 END) AS answered,
                SUM(CASE WHEN a.received_on < CAST(?6 AS DATE) AND\s"""
                    + ApplicationPeriods.answeredIn("a", "CAST(?6 AS DATE)", "CAST(?7 AS DATE)") + """
                  THEN 1 ELSE 0 END) AS answered_carried_in
              FROM st JOIN info_application a ON a.id = st.id
              GROUP BY a.unit_id
            )
            SELECT un.id, un.name, COALESCE(g.received, 0), COALESCE(g.on_time, 0), COALESCE(g.late, 0),
              COALESCE(g.overdue, 0), COALESCE(g.due_soon, 0), COALESCE(g.still_open, 0), COALESCE(g.given_up, 0),
              COALESCE(g.carried_in, 0), COALESCE(g.carried_out, 0), COALESCE(g.answered, 0),
              COALESCE(g.answered_carried_in, 0)
            FROM unit un LEFT JOIN g ON g.unit_id = un.id
            WHERE (un.active = TRUE OR g.unit_id IS NOT NULL)
              AND (CAST(?5 AS BIGINT) IS NULL OR un.id = CAST(?5 AS BIGINT))
            ORDER BY un.code
            """;

    /**
     * ?1 window days, ?2 unit: earlier applications of the same applicant to the same unit within
     * the window. A repeated application (重复申请) is one the same organ was already asked: the
     * same request sent to several units is not, and a unit never sees another unit's requests.
     */
    private static final String REPEAT_CANDIDATES = """
            SELECT a.id, a.subject_key, b.id, b.subject_key, b.received_on, b.subject
            FROM info_application a
              JOIN info_application b ON b.applicant_key = a.applicant_key AND b.unit_id = a.unit_id AND b.id <> a.id
                AND (b.received_on < a.received_on OR (b.received_on = a.received_on AND b.id < a.id))
                AND b.received_on >= CAST(a.received_on - CAST(?1 AS INTEGER) * INTERVAL '1' DAY AS DATE)
            WHERE (CAST(?2 AS BIGINT) IS NULL OR a.unit_id = CAST(?2 AS BIGINT))
            ORDER BY a.id, b.received_on DESC, b.id DESC
            """;

    /**
     * ?1 check date, ?2 veto threshold, ?3 zombie threshold, ?4 unit. Accounts active on the
     * check date with their last sign of life (last update on or before it, else the opening day).
     */
    static final String NEW_MEDIA = """
            WITH acc AS (
              SELECT a.id, a.unit_id, a.platform, a.account_name, a.account_id, a.operator_kind, a.operator_company,
                a.filing_status, a.opened_on, MAX(up.updated_on) AS last_update,
                COALESCE(MAX(up.updated_on), a.opened_on) AS life
              FROM new_media_account a
                LEFT JOIN new_media_update up ON up.account_id = a.id AND up.updated_on <= CAST(?1 AS DATE)
              WHERE a.opened_on <= CAST(?1 AS DATE) AND (a.closed_on IS NULL OR a.closed_on > CAST(?1 AS DATE))
                AND (CAST(?4 AS BIGINT) IS NULL OR a.unit_id = CAST(?4 AS BIGINT))
              GROUP BY a.id, a.unit_id, a.platform, a.account_name, a.account_id, a.operator_kind, a.operator_company,
                a.filing_status, a.opened_on
            ), chk AS (
              SELECT acc.*, CASE WHEN acc.life < CAST(?2 AS DATE) THEN TRUE ELSE FALSE END AS veto_failed,
                CASE WHEN acc.life < CAST(?3 AS DATE) THEN TRUE ELSE FALSE END AS zombie
              FROM acc
            )
            """;

    /**
     * As {@link #NEW_MEDIA}, counted per unit: each account's last sign of life is one probe of the
     * (account, day) index of its updates rather than a grouping of all updates.
     */
    private static final String NEW_MEDIA_COUNTS = """
            SELECT un.id, un.name, COALESCE(g.accounts, 0), COALESCE(g.vetoes, 0), COALESCE(g.zombies, 0)
            FROM unit un LEFT JOIN (
              SELECT a.unit_id, COUNT(*) AS accounts,
                SUM(CASE WHEN a.life < CAST(?2 AS DATE) THEN 1 ELSE 0 END) AS vetoes,
                SUM(CASE WHEN a.life < CAST(?3 AS DATE) THEN 1 ELSE 0 END) AS zombies
              FROM (SELECT a.unit_id, COALESCE((SELECT MAX(up.updated_on) FROM new_media_update up
                        WHERE up.account_id = a.id AND up.updated_on <= CAST(?1 AS DATE)), a.opened_on) AS life
                    FROM new_media_account a
                    WHERE a.opened_on <= CAST(?1 AS DATE) AND (a.closed_on IS NULL OR a.closed_on > CAST(?1 AS DATE))
                      AND (CAST(?4 AS BIGINT) IS NULL OR a.unit_id = CAST(?4 AS BIGINT))) a
              GROUP BY a.unit_id
            ) g ON g.unit_id = un.id
            WHERE (un.active = TRUE OR g.unit_id IS NOT NULL)
              AND (CAST(?4 AS BIGINT) IS NULL OR un.id = CAST(?4 AS BIGINT))
            ORDER BY un.code
            """;

    private TimelinessQueries() {}

    // --- proactive items and interpretations ---------------------------------------------

    public static List<ItemRow> items(
            EntityManager em, DisclosureSettings s, LocalDate today, ItemQuery q, int first, int max) {
        String order = " ORDER BY i.formed_on DESC, st.id, st.kind";
        String paging = " LIMIT " + Math.max(0, max) + " OFFSET " + Math.max(0, first);
        Sql query = new Sql(
                em,
                pickedFirst(q)
                        // the page's rows are chosen first (their order needs no deadline), and only they get one
                        ? itemStates(
                                        ITEM_WHERE,
                                        INTERPRETATION_WHERE,
                                        "  SELECT t.* FROM timed t" + kindWhere(q)
                                                + " ORDER BY t.own_formed_on DESC, t.id, t.kind" + paging)
                                + ITEM_COLUMNS
                                + ITEM_FILTER
                                + order
                        : ITEM_STATES_FILTERED + ITEM_COLUMNS + ITEM_FILTER + order + paging);
        itemParameters(query, s, today, q);
        return itemRows(query.getResultList());
    }

    /**
     * Whether a list page can be chosen before any deadline is computed: without a state filter
     * (which needs every row's state) and a title filter (bound as a parameter, which H2 2.2 reads
     * as null inside a common table expression). The usual list, every row of a unit or of all
     * units newest first, is that case: for all units of a city (1,000,000 items) a page took
     * 0.7 s with every row's deadline computed, and its count 0.4 s.
     */
    private static boolean pickedFirst(ItemQuery q) {
        return q.state() == null
                && pattern(q.titleContains()) == null
                && (q.kind() == null || KINDS.contains(q.kind()));
    }

    /** The kind filter as a literal (one of KINDS, checked by pickedFirst). */
    private static String kindWhere(ItemQuery q) {
        return q.kind() == null ? "" : " WHERE t.kind = '" + q.kind() + "'";
    }

    /**
     * Unpublished items whose deadline is within {@code days} working days of today (not yet
     * past): an operator's reminder list, soonest first.
     */
    public static List<ItemRow> itemsDueSoon(
            EntityManager em, DisclosureSettings s, LocalDate today, Long unitId, int days, int max) {
        // the rows of the unit only (every unit's when null), of any period (?5, ?6 open)
        Sql query = new Sql(em, ITEM_STATES_FILTERED + ITEM_COLUMNS + """
                FROM st JOIN proactive_item i ON i.id = st.id JOIN unit un ON un.id = i.unit_id
                WHERE st.state = 'PENDING' AND st.due_on IS NOT NULL AND st.due_on >= CAST(?3 AS DATE)
                  AND st.due_on <= (SELECT MIN(d.day) FROM calendar_day d WHERE d.working = TRUE
                      AND d.seq = (SELECT t.seq FROM calendar_day t WHERE t.day = CAST(?3 AS DATE)) + CAST(?7 AS INTEGER))
                ORDER BY st.due_on, st.id LIMIT\s""" + Math.max(0, max))
                .setParameter(1, s.proactiveDays())
                .setParameter(2, s.interpretationDays())
                .setParameter(3, sql(today))
                .setParameter(4, unitId)
                .setParameter(5, null)
                .setParameter(6, null)
                .setParameter(7, days);
        return itemRows(query.getResultList());
    }

    public static long countItems(EntityManager em, DisclosureSettings s, LocalDate today, ItemQuery q) {
        Sql query = new Sql(
                em,
                pickedFirst(q)
                        ? timed(ITEM_WHERE, INTERPRETATION_WHERE) + ") SELECT COUNT(*) FROM timed t" + kindWhere(q)
                        : ITEM_STATES_FILTERED + "SELECT COUNT(*) " + ITEM_FILTER);
        itemParameters(query, s, today, q);
        return l(query.getSingleResult());
    }

    private static void itemParameters(Sql query, DisclosureSettings s, LocalDate today, ItemQuery q) {
        query.setParameter(1, s.proactiveDays())
                .setParameter(2, s.interpretationDays())
                .setParameter(3, sql(today))
                .setParameter(4, q.unitId())
                .setParameter(5, sql(q.from()))
                .setParameter(6, sql(q.to()))
                .setParameter(7, q.kind())
                .setParameter(8, q.state() == null ? null : q.state().name())
                .setParameter(9, pattern(q.titleContains()));
    }

    public static List<UnitItemCounts> itemCounts(
            EntityManager em, DisclosureSettings s, LocalDate today, Long unitId, LocalDate from, LocalDate to) {
        Sql query = new Sql(em, ITEM_COUNTS)
                .setParameter(1, s.proactiveDays())
                .setParameter(2, s.interpretationDays())
                .setParameter(3, sql(today))
                .setParameter(4, unitId)
                .setParameter(5, sql(from))
                .setParameter(6, sql(to));
        List<UnitItemCounts> rows = new ArrayList<>();
        for (Object r : query.getResultList()) {
            Object[] c = (Object[]) r;
            rows.add(new UnitItemCounts(
                    l(c[0]),
                    (String) c[1],
                    l(c[2]),
                    l(c[3]),
                    l(c[4]),
                    l(c[5]),
                    l(c[6]),
                    l(c[7]),
                    l(c[8]),
                    l(c[9]),
                    l(c[10]),
                    l(c[11]),
                    l(c[12])));
        }
        return rows;
    }

    /**
     * Items published in the period (by their publication date, interpretations included), by
     * channel, and how many of them are policy interpretations. ?1 unit, ?2 from, ?3 to.
     */
    private static final String PUBLISHED = """
            SELECT SUM(CASE WHEN i.channel = 'WEBSITE' THEN 1 ELSE 0 END),
              SUM(CASE WHEN i.channel = 'WEIBO' THEN 1 ELSE 0 END),
              SUM(CASE WHEN i.channel = 'WECHAT' THEN 1 ELSE 0 END),
              SUM(CASE WHEN i.channel = 'OTHER' THEN 1 ELSE 0 END),
              SUM(CASE WHEN i.interpretation_of_id IS NOT NULL THEN 1 ELSE 0 END)
            FROM proactive_item i
            WHERE i.published_on >= CAST(?2 AS DATE) AND i.published_on <= CAST(?3 AS DATE)
              AND (CAST(?1 AS BIGINT) IS NULL OR i.unit_id = CAST(?1 AS BIGINT))
            """;

    public static PublishedCounts publishedCounts(EntityManager em, Long unitId, LocalDate from, LocalDate to) {
        Object[] c = (Object[]) new Sql(em, PUBLISHED)
                .setParameter(1, unitId)
                .setParameter(2, sql(from))
                .setParameter(3, sql(to))
                .getSingleResult();
        return new PublishedCounts(n(c[0]), n(c[1]), n(c[2]), n(c[3]), n(c[4]));
    }

    /** Rows of ITEM_COLUMNS. */
    private static List<ItemRow> itemRows(List<?> result) {
        List<ItemRow> rows = new ArrayList<>();
        for (Object r : result) {
            Object[] c = (Object[]) r;
            rows.add(new ItemRow(
                    l(c[0]),
                    l(c[1]),
                    (String) c[2],
                    (String) c[3],
                    (String) c[4],
                    d(c[5]),
                    d(c[6]),
                    (String) c[7],
                    (String) c[8],
                    d(c[9]),
                    d(c[10]),
                    b(c[11]),
                    ItemState.valueOf((String) c[12]),
                    i(c[13])));
        }
        return rows;
    }

    public static List<ItemRow> missingInterpretations(EntityManager em, Long unitId, LocalDate from, LocalDate to) {
        return itemRows(new Sql(em, MISSING_INTERPRETATIONS)
                .setParameter(1, unitId)
                .setParameter(2, sql(from))
                .setParameter(3, sql(to))
                .getResultList());
    }

    /**
     * Pairs of items that look like the same publication (?1 unit, ?2 from, ?3 to), across units
     * (多头发布) or within one (重复发布). {@code readerUnit} is the unit of a reader who reads only
     * their own (null for district readers): the other side of a pair is shown to them only once it
     * is published, that is, public; another unit's drafts stay with that unit.
     */
    public static List<DuplicatePair> duplicates(
            EntityManager em, Long unitId, Long readerUnit, LocalDate from, LocalDate to) {
        Sql query = new Sql(em, DUPLICATES)
                .setParameter(1, unitId)
                .setParameter(2, sql(from))
                .setParameter(3, sql(to))
                .setParameter(4, readerUnit);
        List<DuplicatePair> rows = new ArrayList<>();
        for (Object r : query.getResultList()) {
            Object[] c = (Object[]) r;
            rows.add(new DuplicatePair(
                    l(c[0]),
                    l(c[1]),
                    (String) c[2],
                    (String) c[3],
                    d(c[4]),
                    (String) c[5],
                    l(c[6]),
                    l(c[7]),
                    (String) c[8],
                    (String) c[9],
                    d(c[10]),
                    (String) c[11],
                    (String) c[12]));
        }
        return rows;
    }

    // --- applications ------------------------------------------------------------------------

    public static List<ApplicationRow> applications(
            EntityManager em, DisclosureSettings s, LocalDate today, ApplicationQuery q, int first, int max) {
        Sql query = new Sql(
                em,
                APPLICATION_STATES + APPLICATION_COLUMNS + APPLICATION_FILTER
                        + " ORDER BY a.received_on DESC, a.id DESC LIMIT " + Math.max(0, max) + " OFFSET "
                        + Math.max(0, first));
        applicationParameters(query, s, today, q);
        List<ApplicationRow> rows = new ArrayList<>();
        for (Object r : query.getResultList()) {
            Object[] c = (Object[]) r;
            rows.add(new ApplicationRow(
                    l(c[0]),
                    l(c[1]),
                    (String) c[2],
                    (String) c[3],
                    (String) c[4],
                    (String) c[5],
                    (String) c[6],
                    (String) c[7],
                    d(c[8]),
                    d(c[9]),
                    d(c[10]),
                    b(c[11]),
                    ApplicationState.valueOf((String) c[12]),
                    i(c[13]),
                    i(c[14]),
                    b(c[15]),
                    d(c[16]),
                    (String) c[17]));
        }
        return rows;
    }

    public static long countApplications(EntityManager em, DisclosureSettings s, LocalDate today, ApplicationQuery q) {
        Sql query = new Sql(em, APPLICATION_STATES + "SELECT COUNT(*) " + APPLICATION_FILTER);
        applicationParameters(query, s, today, q);
        return l(query.getSingleResult());
    }

    private static void applicationParameters(Sql query, DisclosureSettings s, LocalDate today, ApplicationQuery q) {
        query.setParameter(1, s.answerDays())
                .setParameter(2, s.correctionDays())
                .setParameter(3, s.dueSoonDays())
                .setParameter(4, sql(today))
                .setParameter(5, q.unitId())
                .setParameter(6, sql(q.from()))
                .setParameter(7, sql(q.to()))
                .setParameter(8, q.state() == null ? null : q.state().name())
                .setParameter(9, pattern(q.textContains()))
                .setParameter(10, sql(q.openOn()));
    }

    public static List<UnitApplicationCounts> applicationCounts(
            EntityManager em, DisclosureSettings s, LocalDate today, Long unitId, LocalDate from, LocalDate to) {
        Sql query = new Sql(em, APPLICATION_COUNTS)
                .setParameter(1, s.answerDays())
                .setParameter(2, s.correctionDays())
                .setParameter(3, s.dueSoonDays())
                .setParameter(4, sql(today))
                .setParameter(5, unitId)
                .setParameter(6, sql(from))
                .setParameter(7, sql(to));
        List<UnitApplicationCounts> rows = new ArrayList<>();
        for (Object r : query.getResultList()) {
            Object[] c = (Object[]) r;
            rows.add(new UnitApplicationCounts(
                    l(c[0]),
                    (String) c[1],
                    l(c[2]),
                    l(c[3]),
                    l(c[4]),
                    l(c[5]),
                    l(c[6]),
                    l(c[7]),
                    l(c[8]),
                    l(c[9]),
                    l(c[10]),
                    l(c[11]),
                    l(c[12])));
        }
        return rows;
    }

    /** An application and the earlier one of the same applicant it resembles. */
    public record RepeatedApplication(
            Long applicationId,
            Long earlierId,
            LocalDate earlierReceivedOn,
            String earlierSubject,
            double similarity) {}

    /**
     * Applications repeating an earlier one of the same applicant (normalised ID, else name)
     * within the window, with a subject at least {@code minSimilarity} alike. The database finds
     * the candidates; the text similarity is computed here.
     */
    public static List<RepeatedApplication> repeatedApplications(
            EntityManager em, int windowDays, Long unitId, double minSimilarity) {
        Sql query = new Sql(em, REPEAT_CANDIDATES).setParameter(1, windowDays).setParameter(2, unitId);
        List<RepeatedApplication> rows = new ArrayList<>();
        for (Object r : query.getResultList()) {
            Object[] c = (Object[]) r;
            double similarity = org.kaocheng.disclosure.domain.TextKeys.similarity((String) c[1], (String) c[3]);
            if (similarity >= minSimilarity) {
                rows.add(new RepeatedApplication(l(c[0]), l(c[2]), d(c[4]), (String) c[5], similarity));
            }
        }
        return rows;
    }

    /**
     * The year's trend by month: items by the month of their formed date, applications by the
     * month of receipt; decided = on time, late or overdue (as of today).
     */
    public static List<MonthTrend> monthlyTrend(
            EntityManager em, DisclosureSettings s, LocalDate today, Long unitId, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        long[][] figures = new long[13][4];
        // decided = on time, late or overdue (the states of ITEM_STATES_FILTERED), counted as ITEM_COUNTS counts them
        Sql items = new Sql(
                        em,
                        "SELECT EXTRACT(MONTH FROM t.formed_on),\n"
                                + "  COUNT(*) FILTER (WHERE t.published_on IS NOT NULL OR CAST(?3 AS DATE) > t.due_on),\n"
                                + "  COUNT(*) FILTER (WHERE " + ON_TIME + ")\n"
                                + "FROM (" + ITEM_DEADLINES + ") t\n"
                                + "GROUP BY EXTRACT(MONTH FROM t.formed_on)")
                .setParameter(1, s.proactiveDays())
                .setParameter(2, s.interpretationDays())
                .setParameter(3, sql(today))
                .setParameter(4, unitId)
                .setParameter(5, sql(from))
                .setParameter(6, sql(to));
        for (Object r : items.getResultList()) {
            Object[] c = (Object[]) r;
            figures[i(c[0])][0] = l(c[1]);
            figures[i(c[0])][1] = l(c[2]);
        }
        Sql apps = new Sql(em, APPLICATION_STATES + """
                SELECT EXTRACT(MONTH FROM a.received_on),
                  SUM(CASE WHEN st.state IN ('ANSWERED_ON_TIME', 'ANSWERED_LATE', 'OVERDUE') THEN 1 ELSE 0 END),
                  SUM(CASE WHEN st.state = 'ANSWERED_ON_TIME' THEN 1 ELSE 0 END)
                FROM st JOIN info_application a ON a.id = st.id
                WHERE a.received_on >= CAST(?6 AS DATE) AND a.received_on <= CAST(?7 AS DATE)
                  AND (CAST(?5 AS BIGINT) IS NULL OR a.unit_id = CAST(?5 AS BIGINT))
                GROUP BY EXTRACT(MONTH FROM a.received_on)
                """)
                .setParameter(1, s.answerDays())
                .setParameter(2, s.correctionDays())
                .setParameter(3, s.dueSoonDays())
                .setParameter(4, sql(today))
                .setParameter(5, unitId)
                .setParameter(6, sql(from))
                .setParameter(7, sql(to));
        for (Object r : apps.getResultList()) {
            Object[] c = (Object[]) r;
            figures[i(c[0])][2] = l(c[1]);
            figures[i(c[0])][3] = l(c[2]);
        }
        List<MonthTrend> trend = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            trend.add(new MonthTrend(m, figures[m][0], figures[m][1], figures[m][2], figures[m][3]));
        }
        return trend;
    }

    // --- new media -------------------------------------------------------------------------

    /** Accounts active on the check date; {@code failingOnly} keeps veto failures and zombies. */
    public static List<NewMediaRow> newMedia(
            EntityManager em, DisclosureSettings s, LocalDate checkDate, Long unitId, boolean failingOnly) {
        return newMedia(em, s, checkDate, unitId, failingOnly ? NewMediaRow.Show.FAILING : NewMediaRow.Show.ALL);
    }

    /** Accounts active on the check date, all or only those failing a rule (the dashboard's figures). */
    public static List<NewMediaRow> newMedia(
            EntityManager em, DisclosureSettings s, LocalDate checkDate, Long unitId, NewMediaRow.Show show) {
        String where = switch (show == null ? NewMediaRow.Show.ALL : show) {
            case ALL -> "";
            case FAILING -> " WHERE chk.veto_failed = TRUE OR chk.zombie = TRUE";
            case VETO -> " WHERE chk.veto_failed = TRUE";
            case ZOMBIE -> " WHERE chk.zombie = TRUE";
        };
        Sql query = new Sql(em, NEW_MEDIA + """
                SELECT chk.id, chk.unit_id, un.name, chk.platform, chk.account_name, chk.account_id, chk.operator_kind,
                  chk.operator_company, chk.filing_status, chk.opened_on, chk.last_update, chk.veto_failed, chk.zombie
                FROM chk JOIN unit un ON un.id = chk.unit_id
                """ + where + " ORDER BY un.code, chk.life, chk.id");
        newMediaParameters(query, s, checkDate, unitId);
        List<NewMediaRow> rows = new ArrayList<>();
        for (Object r : query.getResultList()) {
            Object[] c = (Object[]) r;
            rows.add(new NewMediaRow(
                    l(c[0]),
                    l(c[1]),
                    (String) c[2],
                    (String) c[3],
                    (String) c[4],
                    (String) c[5],
                    (String) c[6],
                    (String) c[7],
                    (String) c[8],
                    d(c[9]),
                    d(c[10]),
                    b(c[11]),
                    b(c[12])));
        }
        return rows;
    }

    public static List<UnitNewMediaCounts> newMediaCounts(
            EntityManager em, DisclosureSettings s, LocalDate checkDate, Long unitId) {
        Sql query = new Sql(em, NEW_MEDIA_COUNTS);
        newMediaParameters(query, s, checkDate, unitId);
        List<UnitNewMediaCounts> rows = new ArrayList<>();
        for (Object r : query.getResultList()) {
            Object[] c = (Object[]) r;
            rows.add(new UnitNewMediaCounts(l(c[0]), (String) c[1], l(c[2]), l(c[3]), l(c[4])));
        }
        return rows;
    }

    /**
     * Accounts closed in the period, and those of them that were zombies when closed: silent for
     * more than the zombie months before the closing day (the rule of {@code NewMediaCheck}, with
     * the closing day as the check date). ?1 unit, ?2 from, ?3 to, ?4 zombie months.
     */
    private static final String NEW_MEDIA_CLOSED = """
            SELECT COUNT(*), SUM(CASE WHEN z.life < CAST(z.closed_on - CAST(?4 AS INTEGER) * INTERVAL '1' MONTH AS DATE)
                THEN 1 ELSE 0 END)
            FROM (SELECT a.id, a.closed_on, COALESCE(MAX(up.updated_on), a.opened_on) AS life
                  FROM new_media_account a
                    LEFT JOIN new_media_update up ON up.account_id = a.id AND up.updated_on <= a.closed_on
                  WHERE a.closed_on >= CAST(?2 AS DATE) AND a.closed_on <= CAST(?3 AS DATE)
                    AND (CAST(?1 AS BIGINT) IS NULL OR a.unit_id = CAST(?1 AS BIGINT))
                  GROUP BY a.id, a.closed_on, a.opened_on) z
            """;

    /** {closed in the period, of them zombies when closed}. */
    public static long[] newMediaClosed(
            EntityManager em, DisclosureSettings s, Long unitId, LocalDate from, LocalDate to) {
        Object[] c = (Object[]) new Sql(em, NEW_MEDIA_CLOSED)
                .setParameter(1, unitId)
                .setParameter(2, sql(from))
                .setParameter(3, sql(to))
                .setParameter(4, s.zombieMonths())
                .getSingleResult();
        return new long[] {n(c[0]), n(c[1])};
    }

    private static void newMediaParameters(Sql query, DisclosureSettings s, LocalDate checkDate, Long unitId) {
        query.setParameter(1, sql(checkDate))
                .setParameter(2, sql(NewMediaCheck.vetoSince(checkDate, s.vetoDays())))
                .setParameter(3, sql(NewMediaCheck.zombieSince(checkDate, s.zombieMonths())))
                .setParameter(4, unitId);
    }

    /**
     * A native statement whose dates, integers and ids are written into the SQL as typed
     * literals, while text stays a bind parameter. H2 2.2 (the driver WildFly ships) evaluates
     * parameters inside common table expressions wrongly (they read as null); literals of values
     * typed in Java (LocalDate, Number) carry no injection risk.
     */
    static final class Sql {

        private static final java.util.regex.Pattern TYPED =
                java.util.regex.Pattern.compile("CAST\\(\\?(\\d+) AS (DATE|INTEGER|BIGINT)\\)");
        private static final java.util.regex.Pattern BOUND = java.util.regex.Pattern.compile("\\?(\\d+)");

        private final EntityManager em;
        private final String text;
        private final java.util.Map<Integer, Object> values = new java.util.HashMap<>();

        Sql(EntityManager em, String text) {
            this.em = em;
            this.text = text;
        }

        Sql setParameter(int position, Object value) {
            values.put(position, value);
            return this;
        }

        List<?> getResultList() {
            return build().getResultList();
        }

        Object getSingleResult() {
            return build().getSingleResult();
        }

        String sql() {
            java.util.regex.Matcher m = TYPED.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(
                        out,
                        java.util.regex.Matcher.quoteReplacement(
                                literal(values.get(Integer.valueOf(m.group(1))), m.group(2))));
            }
            m.appendTail(out);
            return out.toString();
        }

        private Query build() {
            String sql = sql();
            Query query = em.createNativeQuery(sql);
            java.util.regex.Matcher m = BOUND.matcher(sql);
            while (m.find()) {
                int position = Integer.parseInt(m.group(1));
                query.setParameter(position, values.get(position));
            }
            return query;
        }

        private static String literal(Object value, String type) {
            if (value == null) {
                return "CAST(NULL AS " + type + ")";
            }
            return switch (type) {
                case "DATE" ->
                    "DATE '" + (value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value) + "'";
                default -> "CAST(" + ((Number) value).longValue() + " AS " + type + ")";
            };
        }
    }

    // --- conversions -------------------------------------------------------------------------

    static Date sql(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    static String pattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.trim()
                .toLowerCase()
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    static Long l(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static int i(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    static boolean b(Object value) {
        return value != null && (value instanceof Boolean bool ? bool : ((Number) value).intValue() != 0);
    }

    static LocalDate d(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate day) {
            return day;
        }
        if (value instanceof java.sql.Date day) {
            return day.toLocalDate();
        }
        if (value instanceof java.util.Date day) {
            return new java.sql.Date(day.getTime()).toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }
}
