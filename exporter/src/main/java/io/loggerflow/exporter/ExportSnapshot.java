package io.loggerflow.exporter;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A read-only REPEATABLE READ transaction: every query of one source's export (its data version, its
 * sensors, each type's readings) sees the same committed state, whatever is being imported meanwhile.
 */
final class ExportSnapshot implements AutoCloseable {
    private final Connection connection;
    private final int isolation;
    private final boolean readOnly;

    ExportSnapshot(Connection connection) throws SQLException {
        this.connection = connection;
        this.isolation = connection.getTransactionIsolation();
        this.readOnly = connection.isReadOnly();
        if (!connection.getAutoCommit()) {
            throw new IllegalStateException("an export needs a connection without an open transaction");
        }
        connection.setReadOnly(true);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        // Server-side cursors (fetch size) need a transaction.
        connection.setAutoCommit(false);
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute(SqlText.load("session"));
            statement.execute(SqlText.load("lock_readings"));
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.setAutoCommit(true);
            connection.setTransactionIsolation(isolation);
            connection.setReadOnly(readOnly);
        }
    }
}
