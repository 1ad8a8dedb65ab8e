package io.loggerflow.worker.db;

import io.loggerflow.worker.config.Settings;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database as a one-shot command ({@code flag list}, {@code status}, ...) needs it: the configured
 * database, or the embedded one started or attached; its schema migrated only when a migration is pending
 * (so a command works on a fresh data folder); and one plain connection. No pool and no JobRunr: a
 * command that reads a table should not pay for a worker's start-up.
 */
public final class CommandDatabase implements AutoCloseable {
    private final DatabaseServer server;
    private final Connection connection;

    private CommandDatabase(DatabaseServer server, Connection connection) {
        this.server = server;
        this.connection = connection;
    }

    public static CommandDatabase open(Settings settings) throws SQLException {
        DatabaseServer server = DatabaseServer.fromSettings(settings);
        try {
            PGSimpleDataSource dataSource = dataSource(server.connectionInfo());
            Connection connection = dataSource.getConnection();
            try {
                if (Schema.migrationPending(dataSource)) {
                    migrate(connection, dataSource);
                }
                return new CommandDatabase(server, connection);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Under the start-up lock, as a starting worker migrates: two processes never migrate at once. */
    private static void migrate(Connection lock, PGSimpleDataSource dataSource) throws SQLException {
        try (Statement statement = lock.createStatement()) {
            statement.execute(Sql.load("db/startup_lock.sql"));
            try {
                Schema.migrate(dataSource);
            } finally {
                statement.execute(Sql.load("db/startup_unlock.sql"));
            }
        }
    }

    private static PGSimpleDataSource dataSource(ConnectionInfo info) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(info.url());
        if (info.user() != null) {
            dataSource.setUser(info.user());
        }
        if (info.password() != null) {
            dataSource.setPassword(info.password());
        }
        dataSource.setApplicationName("loggerflow");
        return dataSource;
    }

    public Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.close();
        } finally {
            server.close();
        }
    }
}
