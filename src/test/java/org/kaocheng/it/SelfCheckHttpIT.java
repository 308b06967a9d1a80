package org.kaocheng.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Self-checks over HTTP on the deployed demo: a unit operator reaches their own unit's
 * self-check and evidence, and gets 403 for another unit's, whatever id they guess; evidence
 * files are served as attachments, unchanged (SHA-256 as recorded), to assessors too but not to
 * leaders. The demo evidence PDFs are plain ASCII, so the text body is the file.
 */
class SelfCheckHttpIT {

    private static final String OWN_UNIT = "D01";

    static String text(String sql, Object... params) {
        ItServer.baseUrl();
        try (Connection c = DriverManager.getConnection(ItServer.jdbcUrl(), "postgres", "");
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("no row for " + sql);
                }
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long selfCheck(boolean ownUnit) {
        return ItData.longValue(
                "SELECT s.id FROM self_check s JOIN unit u ON u.id = s.unit_id"
                        + " JOIN sc_campaign c ON c.id = s.campaign_id WHERE c.period_label = '2026 Q3' AND "
                        + (ownUnit ? "u.code = ?" : "u.code <> ?") + " ORDER BY s.id LIMIT 1",
                OWN_UNIT);
    }

    static long pdfEvidence(boolean ownUnit) {
        return ItData.longValue(
                "SELECT e.id FROM sc_evidence e JOIN unit u ON u.id = e.unit_id"
                        + " WHERE e.file_type = 'PDF' AND " + (ownUnit ? "u.code = ?" : "u.code <> ?")
                        + " ORDER BY e.id LIMIT 1",
                OWN_UNIT);
    }

    static String sha256(String asciiBody) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(asciiBody.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aUnitOperatorReadsTheirOwnSelfCheckAndGetsForbiddenForAnotherUnits() {
        HttpSession operator = new HttpSession(true);
        operator.login("operator", ItData.DEMO_PASSWORD);
        HttpResponse<String> own = operator.get("selfcheck/selfcheck.xhtml?id=" + selfCheck(true));
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("2026年第三季度政务公开自查"), "the campaign's title");

        long foreignId = selfCheck(false);
        String foreignUnit =
                text("SELECT u.name FROM self_check s JOIN unit u ON u.id = s.unit_id WHERE s.id = ?", foreignId);
        HttpResponse<String> foreign = operator.get("selfcheck/selfcheck.xhtml?id=" + foreignId);
        assertEquals(403, foreign.statusCode());
        assertFalse(foreign.body().contains(foreignUnit), "no data of the other unit in the answer");
        assertEquals(
                403,
                operator.get("selfcheck/selfcheck.xhtml?id=999999999").statusCode(),
                "an id that does not exist answers like a foreign one");
        assertEquals(403, operator.get("selfcheck/campaigns.xhtml").statusCode(), "campaigns are for assessors");
    }

    @Test
    void evidenceFilesGoToTheUnitItselfAndAssessorsUnchangedAndToNobodyElse() {
        long own = pdfEvidence(true);
        long foreign = pdfEvidence(false);
        HttpSession operator = new HttpSession(true);
        operator.login("operator", ItData.DEMO_PASSWORD);

        HttpResponse<String> file = operator.get("selfcheck/evidence?id=" + own);
        assertEquals(200, file.statusCode());
        assertEquals(
                "application/pdf",
                file.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals(
                "nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(text("SELECT sha256 FROM sc_evidence WHERE id = ?", own), sha256(file.body()));

        assertEquals(403, operator.get("selfcheck/evidence?id=" + foreign).statusCode());
        assertEquals(403, operator.get("selfcheck/evidence?id=999999999").statusCode());
        assertEquals(400, operator.get("selfcheck/evidence?id=../../etc/passwd").statusCode());

        HttpSession assessor = new HttpSession(true);
        assessor.login("assessor", ItData.DEMO_PASSWORD);
        assertEquals(200, assessor.get("selfcheck/evidence?id=" + foreign).statusCode());

        HttpSession leader = new HttpSession(true);
        leader.login("leader", ItData.DEMO_PASSWORD);
        assertEquals(
                403, leader.get("selfcheck/evidence?id=" + own).statusCode(), "files only for the unit and assessors");
    }
}
