package org.kaocheng.platform.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.kaocheng.platform.security.FirstAdministrator;

/** Runs once when the application is deployed, before the first request. */
@ApplicationScoped
public class ApplicationStartup {

    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Resource(lookup = "java:jboss/datasources/KaochengDS")
    DataSource dataSource;

    @Inject
    FirstAdministrator firstAdministrator;

    @Inject
    Instance<DemoDataLoader> demoLoaders;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        long started = System.nanoTime();
        String database = databaseProduct();
        productionRefusal(KaochengConfig.production(), KaochengConfig.demo(), database)
                .ifPresent(reason -> {
                    throw new IllegalStateException(reason);
                });
        migrate(dataSource);
        jitWarning(dataSource).ifPresent(LOG::warning);
        firstAdministrator.ensure();
        if (KaochengConfig.demo()) {
            List<DemoDataLoader> loaders = demoLoaders.stream()
                    .sorted(Comparator.comparingInt(DemoDataLoader::order))
                    .toList();
            for (DemoDataLoader loader : loaders) {
                loader.load();
            }
        }
        LOG.info(() -> String.format(
                "Kaocheng started on %s in %d ms%s",
                database, (System.nanoTime() - started) / 1_000_000, KaochengConfig.demo() ? DemoBanner.text() : ""));
    }

    /**
     * Why a production start must be refused, if it must: the embedded H2 database, or demo data.
     * (A missing first administrator is refused by {@link FirstAdministrator}.)
     */
    static java.util.Optional<String> productionRefusal(boolean production, boolean demo, String databaseProduct) {
        if (!production) {
            return java.util.Optional.empty();
        }
        if (databaseProduct.toLowerCase(java.util.Locale.ROOT).contains("h2")) {
            return java.util.Optional.of("KAOCHENG_PRODUCTION is set but the datasource is the embedded H2 database:"
                    + " set KAOCHENG_DB_DRIVER=postgresql, KAOCHENG_DB_URL, KAOCHENG_DB_USER and KAOCHENG_DB_PASSWORD"
                    + " (see README, Production).");
        }
        if (demo) {
            return java.util.Optional.of("Demo data cannot be loaded in production (unset KAOCHENG_DEMO).");
        }
        return java.util.Optional.empty();
    }

    /**
     * A warning when the database is PostgreSQL with its JIT on (the default): PostgreSQL then
     * compiled the timeliness statements for seconds before running them for a fraction of one (the
     * planner overestimates the rows of the working-day joins, so their cost passes the JIT
     * threshold). The database owner sets it off once for the application's database.
     */
    static java.util.Optional<String> jitWarning(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            if (!product.contains("postgresql")) {
                return java.util.Optional.empty();
            }
            try (java.sql.Statement s = c.createStatement();
                    java.sql.ResultSet r = s.executeQuery("SELECT current_setting('jit'), current_database()")) {
                r.next();
                if (!"on".equals(r.getString(1))) {
                    return java.util.Optional.empty();
                }
                return java.util.Optional.of("PostgreSQL's JIT is on for database " + r.getString(2)
                        + ": timeliness and appraisal statements can spend seconds compiling. As the database"
                        + " owner run ALTER DATABASE \"" + r.getString(2) + "\" SET jit = off (README, Production).");
            }
        } catch (SQLException e) {
            return java.util.Optional.of("Could not read PostgreSQL's JIT setting: " + e.getMessage());
        }
    }

    /** Applies pending Flyway migrations from classpath:db/migration. */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    private String databaseProduct() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("Database not reachable: " + e.getMessage(), e);
        }
    }
}
