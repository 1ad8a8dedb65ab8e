package io.loggerflow.worker.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * The zero-setup database: a PostgreSQL server whose data folder persists under loggerflow's data folder.
 * The first loggerflow process to need it starts it; a second process (an {@code import} while {@code run}
 * is up) finds it through the server's own {@code postmaster.pid} and connects to it instead of starting
 * a second server on the same files.
 */
final class EmbeddedDatabase implements DatabaseServer {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String DATABASE = "loggerflow";
    private static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres owned;
    private final ConnectionInfo info;

    private EmbeddedDatabase(EmbeddedPostgres owned, int port) {
        this.owned = owned;
        this.info = new ConnectionInfo("jdbc:postgresql://localhost:" + port + "/" + DATABASE, SUPERUSER, null);
    }

    static EmbeddedDatabase startOrAttach(Path dir, int port) {
        Path pgData = dir.resolve("pgdata");
        try {
            Files.createDirectories(pgData);
            // The lock makes "is it running? else start it" atomic between loggerflow processes.
            try (FileChannel channel = FileChannel.open(dir.resolve("start.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                Optional<Integer> running = runningPort(pgData);
                if (running.isPresent()) {
                    LOG.info("Using the embedded PostgreSQL already running on port {} (data in {})", running.get(), pgData);
                    return new EmbeddedDatabase(null, running.get());
                }
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(pgData)
                        .setCleanDataDirectory(false)
                        .setPort(port == 0 ? freePort() : port)
                        .setServerConfig("listen_addresses", "localhost")
                        // the library's defaults favour test speed; this database holds the user's data
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on")
                        // stopped by close(), in order, after JobRunr and the pool: not by a hook of its own
                        .setRegisterShutdownHook(false)
                        .start();
                createDatabase(postgres.getPort());
                LOG.info("Started embedded PostgreSQL on port {} (data in {})", postgres.getPort(), pgData);
                return new EmbeddedDatabase(postgres, postgres.getPort());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + pgData + ": " + e.getMessage(), e);
        }
    }

    /** The port of a live server on this data folder, read from postmaster.pid and checked by connecting. */
    private static Optional<Integer> runningPort(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            int port = Integer.parseInt(lines.get(3).trim()); // line 4 of postmaster.pid is the port
            try (Connection ignored = connect(port, "postgres")) {
                return Optional.of(port);
            }
        } catch (IOException | NumberFormatException | SQLException e) {
            return Optional.empty(); // stale pid file: PostgreSQL itself cleans it up on start
        }
    }

    private static void createDatabase(int port) throws IOException {
        try (Connection connection = connect(port, "postgres"); Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IOException("cannot create database " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(int port, String database) throws SQLException {
        DriverManager.setLoginTimeout(5);
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, SUPERUSER, null);
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public ConnectionInfo connectionInfo() {
        return info;
    }

    @Override
    public String describe() {
        return "embedded PostgreSQL at " + info.url() + (owned != null ? " (started by this process)" : " (shared)");
    }

    @Override
    public void close() {
        if (owned != null) {
            try {
                owned.close();
            } catch (IOException e) {
                LOG.warn("Stopping the embedded PostgreSQL failed: {}", e.getMessage());
            }
        }
    }
}
