package org.kaocheng.platform.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.AccessControlFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * Sends a signed-in user whose password must be changed (new account, reset by an admin) to
 * the change-password page until they have changed it. The answer is kept in the session once
 * the password is fine, so the database is asked once per session.
 */
public class PasswordChangeFilter extends AccessControlFilter {

    public static final String PAGE = "/account/password.xhtml";
    static final String SESSION_OK = PasswordChangeFilter.class.getName() + ".ok";

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        HttpServletRequest http = WebUtils.toHttp(request);
        String path = WebUtils.getPathWithinApplication(http);
        if (PAGE.equals(path)) {
            return true;
        }
        HttpSession session = http.getSession(false);
        if (session != null && Boolean.TRUE.equals(session.getAttribute(SESSION_OK))) {
            return true;
        }
        Subject subject = SecurityUtils.getSubject();
        if (!subject.isAuthenticated()) {
            return true; // authc decides
        }
        boolean mustChange = mustChange(subject.getPrincipal().toString());
        if (!mustChange && session != null) {
            session.setAttribute(SESSION_OK, Boolean.TRUE);
        }
        return !mustChange;
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws Exception {
        WebUtils.issueRedirect(request, response, PAGE);
        return false;
    }

    /** Called after a successful change so the session needs no further look-up. */
    public static void markChanged(HttpSession session) {
        session.setAttribute(SESSION_OK, Boolean.TRUE);
    }

    private static boolean mustChange(String username) {
        try (Connection c = ((DataSource) new InitialContext().lookup("java:jboss/datasources/KaochengDS"))
                        .getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT must_change_password FROM user_account WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException | NamingException e) {
            throw new IllegalStateException("password state not readable", e);
        }
    }
}
