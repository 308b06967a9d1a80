package org.kaocheng.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads ids of demo records straight from the integration database, to build hostile URLs. */
public final class ItData {

    public static final String DEMO_PASSWORD = "Kaocheng@2026";

    private ItData() {}

    public static long longValue(String sql, Object... params) {
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
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row, as text. */
    public static String text(String sql, Object... params) {
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

    public static String nameOfStaff(long id) {
        ItServer.baseUrl();
        try (Connection c = DriverManager.getConnection(ItServer.jdbcUrl(), "postgres", "");
                PreparedStatement ps = c.prepareStatement("SELECT name FROM staff WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A staff member of a unit other than the demo operator's (区教育局, code D01). */
    public static long staffOfAnotherUnit() {
        return longValue(
                "SELECT s.id FROM staff s JOIN unit u ON u.id = s.unit_id WHERE u.code <> 'D01' ORDER BY s.id LIMIT 1");
    }

    public static long staffOfOperatorUnit() {
        return longValue(
                "SELECT s.id FROM staff s JOIN unit u ON u.id = s.unit_id WHERE u.code = 'D01'"
                        + " AND EXISTS (SELECT 1 FROM posting p WHERE p.staff_id = s.id AND p.end_date IS NULL) ORDER BY s.id LIMIT 1");
    }
}
