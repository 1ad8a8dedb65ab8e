package io.loggerflow.worker.testing;

import io.loggerflow.worker.db.ConnectionInfo;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** TimescaleDB in a container (official image), for developers who have a Docker engine. */
final class TimescaleContainer {
    private static final DockerImageName IMAGE = DockerImageName.parse("timescale/timescaledb:latest-pg16")
            .asCompatibleSubstituteFor("postgres");
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgreSQLContainer<?> container;
    private static Boolean available;

    private TimescaleContainer() {
    }

    static synchronized Optional<ConnectionInfo> database() {
        if (available == null) {
            available = dockerAvailable();
        }
        if (!available) {
            return Optional.empty();
        }
        if (container == null) {
            container = new PostgreSQLContainer<>(IMAGE);
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        }
        String name = "lf_ts_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(container.getJdbcUrl(), container.getUsername(),
                container.getPassword()); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return Optional.of(new ConnectionInfo(TestPostgres.withDatabase(container.getJdbcUrl(), name),
                container.getUsername(), container.getPassword()));
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
