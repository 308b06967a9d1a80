package org.kaocheng.platform.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.LockedAccountException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.PasswordMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

/**
 * Accounts and roles from the database (plain JDBC on the application's datasource: Shiro
 * creates the realm, not CDI). Counts failed logins and locks the account for a while after
 * too many (both numbers are settings); every login, failure and lock is written to the audit
 * trail.
 */
public class KaochengRealm extends AuthorizingRealm {

    private String dataSourceName = "java:jboss/datasources/KaochengDS";
    private volatile DataSource dataSource;

    public KaochengRealm() {
        setName("kaocheng");
        PasswordMatcher matcher = new PasswordMatcher();
        matcher.setPasswordService(Passwords.service());
        setCredentialsMatcher(matcher);
        // Roles are read per request so that an admin's change applies at once.
        setAuthorizationCachingEnabled(false);
    }

    public void setDataSourceName(String dataSourceName) {
        this.dataSourceName = dataSourceName;
    }

    /** For tests outside the container. */
    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        String username = ((UsernamePasswordToken) token).getUsername();
        if (username == null || username.isBlank()) {
            throw new UnknownAccountException();
        }
        try (Connection c = dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT password_hash, active, locked_until FROM user_account WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    audit(c, username, "LOGIN_FAIL", "{\"reason\":\"unknown account\"}");
                    throw new UnknownAccountException();
                }
                if (!rs.getBoolean("active")) {
                    throw new DisabledAccountException();
                }
                Timestamp lockedUntil = rs.getTimestamp("locked_until");
                if (lockedUntil != null && lockedUntil.toLocalDateTime().isAfter(LocalDateTime.now())) {
                    throw new LockedAccountException();
                }
                return new SimpleAuthenticationInfo(username, rs.getString("password_hash"), getName());
            }
        } catch (SQLException e) {
            throw new AuthenticationException("account lookup failed", e);
        }
    }

    @Override
    protected void assertCredentialsMatch(AuthenticationToken token, AuthenticationInfo info) {
        String username = ((UsernamePasswordToken) token).getUsername();
        try {
            super.assertCredentialsMatch(token, info);
        } catch (IncorrectCredentialsException wrongPassword) {
            if (recordFailure(username)) {
                throw new LockedAccountException();
            }
            throw wrongPassword;
        }
        recordSuccess(username);
    }

    /** Counts a failed login; returns true when the account is now locked. */
    private boolean recordFailure(String username) {
        try (Connection c = dataSource().getConnection()) {
            int maxFailures = intSetting(c, "security.lockout.maxFailures", 5);
            int minutes = intSetting(c, "security.lockout.minutes", 15);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE user_account SET failed_logins = failed_logins + 1 WHERE username = ?")) {
                ps.setString(1, username);
                ps.executeUpdate();
            }
            int failures;
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT failed_logins FROM user_account WHERE username = ?")) {
                ps.setString(1, username);
                try (ResultSet rs = ps.executeQuery()) {
                    failures = rs.next() ? rs.getInt(1) : 0;
                }
            }
            audit(c, username, "LOGIN_FAIL", "{\"failedLogins\":" + failures + "}");
            if (failures >= maxFailures) {
                LocalDateTime until = LocalDateTime.now().plusMinutes(minutes);
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE user_account SET failed_logins = 0, locked_until = ? WHERE username = ?")) {
                    ps.setTimestamp(1, Timestamp.valueOf(until));
                    ps.setString(2, username);
                    ps.executeUpdate();
                }
                audit(c, username, "LOCK", "{\"lockedUntil\":\"" + until.withNano(0) + "\"}");
                return true;
            }
            return false;
        } catch (SQLException e) {
            throw new AuthenticationException("failed login not recorded", e);
        }
    }

    private void recordSuccess(String username) {
        try (Connection c = dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE user_account SET failed_logins = 0,"
                        + " locked_until = NULL, last_login_at = ? WHERE username = ?")) {
            ps.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now()));
            ps.setString(2, username);
            ps.executeUpdate();
            audit(c, username, "LOGIN", null);
        } catch (SQLException e) {
            throw new AuthenticationException("login not recorded", e);
        }
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        String username = (String) getAvailablePrincipal(principals);
        Set<String> roles = new HashSet<>();
        try (Connection c = dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT r.role FROM user_role r JOIN user_account u"
                        + " ON u.id = r.user_id WHERE u.username = ? AND u.active = TRUE")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    roles.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new AuthenticationException("roles not read", e);
        }
        return new SimpleAuthorizationInfo(roles);
    }

    private static int intSetting(Connection c, String key, int fallback) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT setting_value FROM app_setting WHERE setting_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Integer.parseInt(rs.getString(1).trim()) : fallback;
            }
        }
    }

    private static void audit(Connection c, String username, String action, String values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_entry (at, username, action, entity_type,"
                + " entity_id, old_values, new_values) VALUES (?, ?, ?, 'UserAccount', ?, NULL, ?)")) {
            ps.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now()));
            ps.setString(2, username.length() > 50 ? username.substring(0, 50) : username);
            ps.setString(3, action);
            ps.setString(4, username.length() > 40 ? username.substring(0, 40) : username);
            ps.setString(5, values);
            ps.executeUpdate();
        }
    }

    private DataSource dataSource() {
        DataSource ds = dataSource;
        if (ds == null) {
            try {
                ds = (DataSource) new InitialContext().lookup(dataSourceName);
            } catch (NamingException e) {
                throw new AuthenticationException("datasource " + dataSourceName + " not found", e);
            }
            dataSource = ds;
        }
        return ds;
    }
}
