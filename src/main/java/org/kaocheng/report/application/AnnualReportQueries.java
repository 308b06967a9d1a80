package org.kaocheng.report.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.kaocheng.disclosure.application.ApplicationPeriods;
import org.kaocheng.disclosure.domain.AnswerOutcome;
import org.kaocheng.disclosure.domain.ApplicantType;
import org.kaocheng.disclosure.domain.ReviewCaseKind;
import org.kaocheng.disclosure.domain.ReviewResult;
import org.kaocheng.report.domain.RegisterFigures;

/**
 * The annual report's figures in SQL, for one unit or (unit {@code null}) the whole district: the
 * district's figures are the same statements without the unit condition, so every figure is
 * summed over all units by the database. Parameters: ?1 first day of the year, ?2 last day,
 * ?3 the unit (only when a unit is asked for). Derived tables rather than CTEs: H2 2.2 reads
 * parameters inside CTEs as null.
 */
final class AnnualReportQueries {

    private static final String FROM = "CAST(?1 AS DATE)";
    private static final String TO = "CAST(?2 AS DATE)";

    /**
     * One row per applicant type (or 'TOTAL') and outcome of an answer given in the year, over the
     * applications that concern the year at all: received by its end and not answered before it.
     */
    private static final String APPLICATIONS = """
            SELECT %s, x.answered_outcome, SUM(x.is_new), SUM(x.is_in), SUM(x.is_answered), SUM(x.is_out)
            FROM (
              SELECT a.applicant_type,
                CASE WHEN %s THEN a.outcome ELSE NULL END AS answered_outcome,
                CASE WHEN %s THEN 1 ELSE 0 END AS is_new,
                CASE WHEN %s THEN 1 ELSE 0 END AS is_in,
                CASE WHEN %s THEN 1 ELSE 0 END AS is_answered,
                CASE WHEN %s THEN 1 ELSE 0 END AS is_out
              FROM info_application a
              WHERE a.received_on <= %s AND (a.answered_on IS NULL OR a.answered_on >= %s) %s
            ) x
            GROUP BY %s
            """;

    /** Cases filed in the year by kind and result on 31 December (undecided by then = PENDING). */
    private static final String REVIEWS = """
            SELECT x.kind, %s, COUNT(*)
            FROM (
              SELECT c.kind,
                CASE WHEN c.decided_on IS NOT NULL AND c.decided_on <= CAST(?2 AS DATE) THEN c.result ELSE 'PENDING' END AS res
              FROM review_case c JOIN info_application a ON a.id = c.application_id
              WHERE c.filed_on >= CAST(?1 AS DATE) AND c.filed_on <= CAST(?2 AS DATE) %s
            ) x
            GROUP BY %s
            """;

    private static final String REGISTER = """
            SELECT COUNT(*), COALESCE(SUM(r.rules_issued), 0), COALESCE(SUM(r.rules_repealed), 0),
              COALESCE(SUM(r.rules_in_force), 0), COALESCE(SUM(r.normative_repealed), 0),
              COALESCE(SUM(r.normative_in_force), 0), COALESCE(SUM(r.licensing_decisions), 0),
              COALESCE(SUM(r.penalty_decisions), 0), COALESCE(SUM(r.enforcement_decisions), 0),
              COALESCE(SUM(r.fee_amount), 0)
            FROM annual_register r
            WHERE r.report_year = CAST(?1 AS INTEGER) %s
            """;

    /** Distinct normative documents (document number, else title) formed in the year, per unit, summed. */
    private static final String NORMATIVE_ISSUED = """
            SELECT COALESCE(SUM(n.docs), 0) FROM (
              SELECT i.unit_id, COUNT(DISTINCT COALESCE('N:' || i.document_number_key, 'T:' || i.title_key)) AS docs
              FROM proactive_item i
              WHERE i.normative = TRUE AND i.interpretation_of_id IS NULL
                AND i.formed_on >= CAST(?1 AS DATE) AND i.formed_on <= CAST(?2 AS DATE) %s
              GROUP BY i.unit_id
            ) n
            """;

    /** Units that existed in the year (active, or closed on or after 1 January) without a register. */
    private static final String WITHOUT_REGISTER = """
            SELECT u.name FROM unit u
            WHERE (u.active = TRUE OR u.closed_on >= CAST(?1 AS DATE))
              AND NOT EXISTS (SELECT 1 FROM annual_register r WHERE r.unit_id = u.id AND r.report_year = CAST(?2 AS INTEGER))
              %s
            ORDER BY u.code
            """;

    private AnnualReportQueries() {}

    static ApplicationTable applications(EntityManager em, Long unitId, int year) {
        ApplicationTable table = new ApplicationTable();
        fillApplications(em, table, unitId, year, true);
        fillApplications(em, table, unitId, year, false);
        return table;
    }

    private static void fillApplications(
            EntityManager em, ApplicationTable table, Long unitId, int year, boolean byType) {
        String sql = APPLICATIONS.formatted(
                byType ? "x.applicant_type" : "CAST('TOTAL' AS VARCHAR(40))",
                ApplicationPeriods.answeredIn("a", FROM, TO),
                ApplicationPeriods.receivedIn("a", FROM, TO),
                ApplicationPeriods.carriedIn("a", FROM),
                ApplicationPeriods.answeredIn("a", FROM, TO),
                ApplicationPeriods.carriedOut("a", TO),
                TO,
                FROM,
                unitId == null ? "" : "AND a.unit_id = CAST(?3 AS BIGINT)",
                byType ? "x.applicant_type, x.answered_outcome" : "x.answered_outcome");
        for (Object r : yearQuery(em, sql, unitId, year).getResultList()) {
            Object[] c = (Object[]) r;
            int column = byType ? applicantColumn((String) c[0]) : ApplicationTable.TOTAL;
            if (column < 0) {
                continue; // an unknown type in the data: its rows miss from the columns, and the row-total check says
                // so
            }
            table.add(ApplicationTable.NEW, column, n(c[2]));
            table.add(ApplicationTable.CARRIED_IN, column, n(c[3]));
            table.add(ApplicationTable.OUTCOME_TOTAL, column, n(c[4]));
            table.add(ApplicationTable.CARRIED_OUT, column, n(c[5]));
            String outcome = (String) c[1];
            if (outcome != null && known(outcome)) {
                table.add(outcome, column, n(c[4]));
            }
        }
    }

    private static int applicantColumn(String type) {
        for (ApplicantType t : ApplicantType.values()) {
            if (t.name().equals(type)) {
                return t.ordinal();
            }
        }
        return -1;
    }

    private static boolean known(String outcome) {
        for (AnswerOutcome o : AnswerOutcome.values()) {
            if (o.name().equals(outcome)) {
                return true;
            }
        }
        return false;
    }

    static ReviewTable reviews(EntityManager em, Long unitId, int year) {
        ReviewTable table = new ReviewTable();
        String unit = unitId == null ? "" : "AND a.unit_id = CAST(?3 AS BIGINT)";
        for (boolean byResult : new boolean[] {true, false}) {
            String sql = REVIEWS.formatted(
                    byResult ? "x.res" : "CAST('TOTAL' AS VARCHAR(20))", unit, byResult ? "x.kind, x.res" : "x.kind");
            for (Object r : yearQuery(em, sql, unitId, year).getResultList()) {
                Object[] c = (Object[]) r;
                ReviewCaseKind kind = ReviewCaseKind.valueOf((String) c[0]);
                int column = byResult ? ReviewResult.valueOf((String) c[1]).ordinal() : ReviewTable.TOTAL;
                table.set(kind, column, n(c[2]));
            }
        }
        return table;
    }

    static ProactiveFigures proactive(EntityManager em, Long unitId, int year) {
        Query register = em.createNativeQuery(
                        REGISTER.formatted(unitId == null ? "" : "AND r.unit_id = CAST(?2 AS BIGINT)"))
                .setParameter(1, year);
        if (unitId != null) {
            register.setParameter(2, unitId);
        }
        Object[] c = (Object[]) register.getSingleResult();
        RegisterFigures figures = new RegisterFigures(
                i(c[1]),
                i(c[2]),
                i(c[3]),
                i(c[4]),
                i(c[5]),
                i(c[6]),
                i(c[7]),
                i(c[8]),
                c[9] instanceof BigDecimal b ? b : new BigDecimal(c[9].toString()));
        String sql = NORMATIVE_ISSUED.formatted(unitId == null ? "" : "AND i.unit_id = CAST(?3 AS BIGINT)");
        long issued = n(yearQuery(em, sql, unitId, year).getSingleResult());
        return new ProactiveFigures(figures, issued, n(c[0]));
    }

    @SuppressWarnings("unchecked")
    static List<String> unitsWithoutRegister(EntityManager em, Long unitId, int year) {
        Query q = em.createNativeQuery(
                        WITHOUT_REGISTER.formatted(unitId == null ? "" : "AND u.id = CAST(?3 AS BIGINT)"))
                .setParameter(1, Date.valueOf(LocalDate.of(year, 1, 1)))
                .setParameter(2, year);
        if (unitId != null) {
            q.setParameter(3, unitId);
        }
        return (List<String>) q.getResultList();
    }

    private static Query yearQuery(EntityManager em, String sql, Long unitId, int year) {
        Query q = em.createNativeQuery(sql)
                .setParameter(1, Date.valueOf(LocalDate.of(year, 1, 1)))
                .setParameter(2, Date.valueOf(LocalDate.of(year, 12, 31)));
        if (unitId != null) {
            q.setParameter(3, unitId);
        }
        return q;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static int i(Object value) {
        return Math.toIntExact(n(value));
    }
}
