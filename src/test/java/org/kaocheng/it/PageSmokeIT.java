package org.kaocheng.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every list and dashboard page of every capability opens for the roles that use it, with the
 * demo district loaded: HTTP 200, the page's own title, and no error page. Catches Faces/EL
 * mistakes that only show at run time. Detail pages that take an id are opened with the id of
 * a demo record. Also: the auditor is refused every page but the audit log (403).
 */
class PageSmokeIT {

    private static final Map<String, List<String>> PAGES = Map.of(
            "admin",
                    List.of(
                            "index.xhtml",
                            "unit/units.xhtml",
                            "staff/staff.xhtml",
                            "staff/turnover.xhtml",
                            "staff/import.xhtml",
                            "admin/users.xhtml",
                            "calendar/schedule.xhtml",
                            "disclosure/tokens.xhtml",
                            "disclosure/settings.xhtml",
                            "training/settings.xhtml"),
            "operator",
                    List.of(
                            "index.xhtml",
                            "staff/staff.xhtml",
                            "staff/turnover.xhtml",
                            "staff/import.xhtml",
                            "disclosure/dashboard.xhtml",
                            "disclosure/items.xhtml",
                            "disclosure/applications.xhtml",
                            "disclosure/new-media.xhtml",
                            "disclosure/import.xhtml",
                            "selfcheck/mine.xhtml",
                            "training/sessions.xhtml",
                            "account/password.xhtml",
                            "report/annual.xhtml",
                            "disclosure/press-events.xhtml",
                            "disclosure/concern-responses.xhtml",
                            "disclosure/publicity-events.xhtml",
                            "disclosure/reading-points.xhtml",
                            "report/summary.xhtml"),
            "coordinator",
                    List.of(
                            "index.xhtml",
                            "training/courses.xhtml",
                            "training/sessions.xhtml",
                            "training/inductions.xhtml",
                            "training/coverage.xhtml",
                            "training/settings.xhtml"),
            "assessor",
                    List.of(
                            "index.xhtml",
                            "disclosure/dashboard.xhtml",
                            "disclosure/review.xhtml",
                            "selfcheck/templates.xhtml",
                            "selfcheck/campaigns.xhtml",
                            "training/coverage.xhtml",
                            "appraisal/runs.xhtml",
                            "appraisal/schemes.xhtml",
                            "report/annual.xhtml",
                            "report/summary.xhtml",
                            "disclosure/press-events.xhtml?year=2025",
                            "disclosure/concern-responses.xhtml",
                            "disclosure/publicity-events.xhtml",
                            "disclosure/reading-points.xhtml"),
            "leader",
                    List.of(
                            "index.xhtml",
                            "staff/turnover.xhtml",
                            "disclosure/dashboard.xhtml",
                            "appraisal/runs.xhtml",
                            "report/annual.xhtml",
                            "report/summary.xhtml",
                            "disclosure/publicity-events.xhtml"),
            "auditor", List.of("audit/log.xhtml"));

    @Test
    void everyPageOpensForItsRolesWithoutAnError() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> role : PAGES.entrySet()) {
            HttpSession session = signedIn(role.getKey());
            for (String page : role.getValue()) {
                check(session, role.getKey(), page, problems);
            }
        }
        HttpSession assessor = signedIn("assessor");
        check(assessor, "assessor", "staff/person.xhtml?id=" + ItData.staffOfAnotherUnit(), problems);
        check(assessor, "assessor", "training/transcript.xhtml?staff=" + ItData.staffOfAnotherUnit(), problems);
        // pages of one record, with a demo record's id (a coordinator's session page once failed
        // to render whenever the session had days)
        HttpSession coordinator = signedIn("coordinator");
        long session = ItData.longValue("SELECT MIN(id) FROM training_session");
        check(coordinator, "coordinator", "training/session.xhtml?id=" + session, problems);
        check(coordinator, "coordinator", "training/transcript.xhtml?staff=" + ItData.staffOfOperatorUnit(), problems);
        check(assessor, "assessor", "training/session.xhtml?id=" + session, problems);
        check(
                assessor,
                "assessor",
                "selfcheck/template.xhtml?id=" + ItData.longValue("SELECT MIN(id) FROM checklist_template"),
                problems);
        check(
                assessor,
                "assessor",
                "selfcheck/campaign.xhtml?id="
                        + ItData.longValue("SELECT MIN(id) FROM sc_campaign WHERE status = 'OPEN'"),
                problems);
        check(
                assessor,
                "assessor",
                "selfcheck/selfcheck.xhtml?id=" + ItData.longValue("SELECT MIN(id) FROM self_check"),
                problems);
        HttpSession operator = signedIn("operator");
        check(
                operator,
                "operator",
                "selfcheck/selfcheck.xhtml?id="
                        + ItData.longValue("SELECT MIN(s.id) FROM self_check s"
                                + " JOIN unit u ON u.id = s.unit_id WHERE u.code = 'D01'"),
                problems);
        HttpSession anonymous = new HttpSession(true);
        check(anonymous, "anonymous", "public/deadline.xhtml", problems);
        check(anonymous, "anonymous", "public/certificate.xhtml", problems);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * A page of one record opened with an id that names none (a deleted run, a hand-edited link),
     * with no id or with one that is not a number answers with its page and a message, never with
     * the error page (four of them once failed to render without their record).
     */
    @Test
    void aPageOfOneRecordWithoutItsRecordSaysSoInsteadOfFailing() {
        HttpSession assessor = signedIn("assessor");
        List<String> problems = new ArrayList<>();
        for (String page : List.of(
                "appraisal/run.xhtml",
                "appraisal/sheet.xhtml?run=",
                "appraisal/scheme.xhtml",
                "appraisal/whatif.xhtml?run=",
                "appraisal/objections.xhtml?run=",
                "training/session.xhtml",
                "selfcheck/campaign.xhtml",
                "selfcheck/template.xhtml",
                "staff/person.xhtml",
                "disclosure/item.xhtml",
                "disclosure/application.xhtml")) {
            String parameter = page.contains("?") ? "" : "?id=";
            for (String id : List.of("999999999", "", "abc")) {
                String url = page + parameter + id;
                check(assessor, "assessor", url, problems);
                String body = assessor.get(url).body();
                if (id.equals("999999999") && !body.contains("不存在")) {
                    problems.add(url + ": no message that the record does not exist");
                }
                for (String form : List.of("itemForm", "applicationForm", "runForm", "sheetForm", "personForm")) {
                    if (id.equals("999999999") && body.contains("id=\"" + form + "\"")) {
                        problems.add(url + ": shows the form of a record that does not exist");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theAuditorIsRefusedEverythingButTheAuditLog() {
        HttpSession auditor = signedIn("auditor");
        for (String page : List.of(
                "staff/staff.xhtml",
                "unit/units.xhtml",
                "disclosure/items.xhtml",
                "training/courses.xhtml",
                "selfcheck/campaigns.xhtml",
                "admin/users.xhtml")) {
            int status = auditor.get(page).statusCode();
            assertTrue(status == 403, page + " answered " + status);
        }
    }

    /**
     * A session signed in as the user: the login form's answer is a page other than the login page
     * (Shiro sends a refused sign-in back to the login page, with HTTP 200).
     */
    private static HttpSession signedIn(String user) {
        HttpSession session = new HttpSession(true);
        HttpResponse<String> answer = session.login(user, ItData.DEMO_PASSWORD);
        assertEquals(200, answer.statusCode(), user + " signing in");
        assertFalse(
                answer.uri().getPath().endsWith("/login.xhtml") || answer.body().contains("id=\"loginForm\""),
                user + " is not signed in: the answer is the login page " + answer.uri());
        return session;
    }

    private static void check(HttpSession session, String user, String page, List<String> problems) {
        HttpResponse<String> response = session.get(page);
        String body = response.body();
        String path = page.contains("?") ? page.substring(0, page.indexOf('?')) : page;
        if (response.statusCode() != 200) {
            problems.add(user + " " + page + ": HTTP " + response.statusCode());
        } else if (!response.uri().getPath().endsWith("/" + path) || body.contains("id=\"loginForm\"")) {
            problems.add(user + " " + page + ": answered with another page, " + response.uri());
        } else if (body.contains("系统错误") || body.contains("System error") || body.contains("无权访问")) {
            problems.add(user + " " + page + ": error page or refusal in the answer");
        } else if (!body.contains("<title>")) {
            problems.add(user + " " + page + ": no page title");
        }
    }
}
