package org.kaocheng.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

/**
 * The provisioned WildFly (target/server, with the WAR the build deployed into it) started once
 * for all integration tests, on PostgreSQL through the production datasource path: the
 * KAOCHENG_DB_* environment variables. PostgreSQL is the server at 127.0.0.1:5432 where one
 * answers (CI), otherwise one started from a Maven artifact on that port. The database
 * {@code kaocheng_it} (or {@code -Dkaocheng.it.database}) is created afresh; the demo district is loaded into it.
 */
public final class ItServer {

    /** Port offset of the test server; {@code -Dkaocheng.it.portOffset} lets two checkouts test side by side. */
    public static final int PORT_OFFSET = Integer.getInteger("kaocheng.it.portOffset", 10000);

    public static final String BASE_URL = "http://localhost:" + (8080 + PORT_OFFSET) + "/";
    /** The database created afresh for the run; {@code -Dkaocheng.it.database} overrides it. */
    static final String DATABASE = System.getProperty("kaocheng.it.database", "kaocheng_it");
    /** How long start-up may take; {@code -Dkaocheng.it.startSeconds} for a machine shared by several builds. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("kaocheng.it.startSeconds", 480));

    /**
     * {@code -Dkaocheng.it.attach=true}: use a server already running at the offset (and its
     * database) instead of starting one; for repeating one test while developing it. The
     * database is then not fresh: tests written for the fresh one may trip over their own rows.
     */
    static final boolean ATTACH = Boolean.getBoolean("kaocheng.it.attach");

    private static Process server;
    private static boolean attached;
    private static EmbeddedPostgres embedded;

    private ItServer() {}

    /** Starts the server on first use; later calls return at once. */
    public static synchronized String baseUrl() {
        if (ATTACH && !attached) {
            waitUntilReady(Duration.ofMinutes(1));
            attached = true;
        } else if (!ATTACH && server == null) {
            start();
        }
        return BASE_URL;
    }

    public static String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;
    }

    private static void start() {
        try {
            preparePostgres();
            Path home = Path.of("target", "server").toAbsolutePath();
            if (!Files.exists(home.resolve("standalone/deployments/kaocheng.war"))) {
                throw new IllegalStateException(
                        "No provisioned server with the WAR in " + home + ": run `mvn verify`.");
            }
            File log = Path.of("target", "it-server.log").toFile();
            // WildFly rolls the deployment back when booting takes longer than its blocking timeout (300 s)
            ProcessBuilder pb = new ProcessBuilder(
                            home.resolve("bin/standalone.sh").toString(),
                            "-Djboss.socket.binding.port-offset=" + PORT_OFFSET,
                            "-Djboss.as.management.blocking.timeout=" + Math.max(300, START_TIMEOUT.toSeconds()))
                    .redirectErrorStream(true)
                    .redirectOutput(log);
            Map<String, String> env = pb.environment();
            env.put("KAOCHENG_DB_DRIVER", "postgresql");
            env.put("KAOCHENG_DB_URL", jdbcUrl());
            env.put("KAOCHENG_DB_USER", "postgres");
            env.put("KAOCHENG_DB_PASSWORD", "unused-with-trust-auth");
            env.put("KAOCHENG_DEMO", "true");
            env.put("JAVA_OPTS", "-Xms256m -Xmx768m -Djava.awt.headless=true");
            env.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
            server = pb.start();
            Runtime.getRuntime().addShutdownHook(new Thread(ItServer::stop));
            waitUntilReady(START_TIMEOUT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void preparePostgres() throws IOException {
        if (!answers()) {
            embedded = EmbeddedPostgres.builder().setPort(5432).start();
        }
        String url = "jdbc:postgresql://127.0.0.1:5432/postgres";
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare database " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    private static boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void waitUntilReady(Duration timeout) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (server != null && !server.isAlive()) {
                throw new IllegalStateException("WildFly exited; see target/it-server.log");
            }
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(BASE_URL + "api/health/ready"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("WildFly not ready after " + timeout + "; see target/it-server.log");
    }

    static void stop() {
        if (server != null && server.isAlive()) {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            try {
                server.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                // the JVM is ending anyway
            }
        }
    }
}
