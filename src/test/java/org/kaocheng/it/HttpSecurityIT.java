package org.kaocheng.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HTTP-level checks of the deployed application: hardening, authentication, unit scope. */
class HttpSecurityIT {

    @Test
    void readinessReportsThePostgresqlDatabaseOfTheProductionDatasourcePath() {
        HttpResponse<String> ready = new HttpSession(false).get("api/health/ready");
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"UP\""), ready.body());
        assertTrue(ready.body().contains("PostgreSQL"), ready.body());
    }

    @Test
    void pagesRequireASignedInUser() {
        HttpResponse<String> home = new HttpSession(false).get("index.xhtml");
        assertEquals(302, home.statusCode());
        assertTrue(home.headers().firstValue("Location").orElse("").contains("login.xhtml"));
    }

    @Test
    void responsesCarryTheSecurityHeaders() {
        HttpResponse<String> login = new HttpSession(false).get("login.xhtml");
        assertEquals(200, login.statusCode());
        String csp = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'"), csp);
        assertTrue(csp.contains("frame-ancestors 'self'"), csp);
        assertEquals(
                "nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("SAMEORIGIN", login.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals(
                "strict-origin-when-cross-origin",
                login.headers().firstValue("Referrer-Policy").orElse(""));
        assertFalse(login.headers().firstValue("Server").isPresent(), "no server banner");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        HttpResponse<String> login = new HttpSession(false).get("login.xhtml");
        List<String> cookies = login.headers().allValues("Set-Cookie");
        String session = cookies.stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
        assertTrue(session.contains("HttpOnly"), session);
        assertTrue(session.toLowerCase().contains("samesite=lax"), session);
    }

    @Test
    void aUnitOperatorGetsForbiddenForAnotherUnitsPerson() {
        HttpSession operator = new HttpSession(true);
        operator.login("operator", ItData.DEMO_PASSWORD);
        HttpResponse<String> own = operator.get("staff/person.xhtml?id=" + ItData.staffOfOperatorUnit());
        assertEquals(200, own.statusCode());
        long other = ItData.staffOfAnotherUnit();
        HttpResponse<String> foreign = operator.get("staff/person.xhtml?id=" + other);
        assertEquals(403, foreign.statusCode());
        String name = ItData.nameOfStaff(other);
        assertFalse(foreign.body().contains(name), "no data of the other unit's person in the answer");
    }

    @Test
    void theAdministratorCannotReadTheAuditLogAndTheAuditorCan() {
        HttpSession admin = new HttpSession(true);
        admin.login("admin", ItData.DEMO_PASSWORD);
        assertEquals(403, admin.get("audit/log.xhtml").statusCode());
        HttpSession auditor = new HttpSession(true);
        auditor.login("auditor", ItData.DEMO_PASSWORD);
        HttpResponse<String> log = auditor.get("audit/log.xhtml");
        assertEquals(200, log.statusCode());
        assertTrue(log.body().contains("审计日志"));
        assertEquals(403, auditor.get("staff/staff.xhtml").statusCode(), "the auditor reads nothing else");
    }
}
