package org.kaocheng.platform.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kaocheng.testsupport.TestDatabase;

/** The start-up warns while PostgreSQL's JIT is on for the application's database, and only then. */
class JitWarningTest {

    @Test
    void postgresqlWithItsJitOnIsWarnedAboutUntilTheDatabaseSetsItOff() throws SQLException {
        DataSource ds = TestDatabase.POSTGRESQL.create();
        String database;
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT current_database()")) {
            r.next();
            database = r.getString(1);
            s.execute("ALTER DATABASE " + database + " SET jit = on"); // the server's default, whatever it is here
        }
        String warning = ApplicationStartup.jitWarning(ds).orElseThrow();
        assertTrue(warning.contains("ALTER DATABASE \"" + database + "\" SET jit = off"), warning);

        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + database + " SET jit = off");
        }
        assertEquals(Optional.empty(), ApplicationStartup.jitWarning(ds), "new connections have it off");
    }

    @Test
    void theEmbeddedDatabaseHasNoJit() {
        assertEquals(Optional.empty(), ApplicationStartup.jitWarning(TestDatabase.H2.create()));
    }
}
