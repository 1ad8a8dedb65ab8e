package io.loggerflow.worker.testing;

import io.loggerflow.worker.db.ConnectionInfo;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server the tests use: {@code LOGGERFLOW_TEST_DB_URL} when set (e.g. a TimescaleDB from
 * ../shared/timescaledb/start-local.sh), else one embedded PostgreSQL per test JVM. Every test class gets
 * a fresh database on it, so tests never see each other's rows.
 */
public final class TestPostgres {
    public static final String URL_ENV = "LOGGERFLOW_TEST_DB_URL";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final java.util.List<String> CREATED = new java.util.ArrayList<>();
    private static Server server;

    private record Server(String adminUrl, String user, String password, String description) {
    }

    private TestPostgres() {
    }

    /** Creates a new, empty database and returns how to reach it. */
    public static synchronized ConnectionInfo freshDatabase() {
        Server s = server();
        String name = "lf_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(s.adminUrl(), s.user(), s.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name); // name is built from numbers above, not from input
            CREATED.add(name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + s.description() + ": " + e.getMessage(), e);
        }
        return new ConnectionInfo(withDatabase(s.adminUrl(), name), s.user(), s.password());
    }

    /**
     * A fresh database on a server with TimescaleDB: the main test server if it has the extension, else a
     * TimescaleDB container when a Docker engine is available (Testcontainers), else empty.
     */
    public static synchronized Optional<ConnectionInfo> timescaleDatabase() {
        ConnectionInfo main = freshDatabase();
        if (hasTimescale(main)) {
            return Optional.of(main);
        }
        return TimescaleContainer.database();
    }

    static boolean hasTimescale(ConnectionInfo info) {
        try (Connection connection = DriverManager.getConnection(info.url(), info.user(), info.password());
             Statement statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = "
                     + "'timescaledb') AND current_setting('shared_preload_libraries') LIKE '%timescaledb%'")) {
            rs.next();
            return rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized String describe() {
        return server().description();
    }

    private static Server server() {
        if (server == null) {
            server = Optional.ofNullable(System.getenv(URL_ENV)).filter(u -> !u.isBlank())
                    .map(url -> new Server(url, null, null, "PostgreSQL from " + URL_ENV + " (" + url + ")"))
                    .orElseGet(TestPostgres::embedded);
            System.err.println("[loggerflow tests] database server: " + server.description());
            Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::dropCreated));
        }
        return server;
    }

    /** Leaves a shared server (LOGGERFLOW_TEST_DB_URL) as it was found. */
    private static synchronized void dropCreated() {
        try (Connection connection = DriverManager.getConnection(server.adminUrl(), server.user(), server.password());
             Statement statement = connection.createStatement()) {
            for (String name : CREATED) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.err.println("[loggerflow tests] could not drop test databases: " + e.getMessage());
        }
    }

    private static Server embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
            return new Server(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null,
                    "embedded PostgreSQL on port " + postgres.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL for the tests", e);
        }
    }

    /** Replaces the database name in a JDBC URL, keeping its parameters. */
    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + database + params;
    }
}
