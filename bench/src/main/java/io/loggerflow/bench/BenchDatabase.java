package io.loggerflow.bench;

import io.loggerflow.worker.db.ConnectionInfo;
import io.loggerflow.worker.db.Sql;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * The benchmark's own plain connection to loggerflow's database, for what no user of loggerflow needs: its
 * baseline COPY, its checks and counts, in its own SQL. Loading and exporting go through loggerflow itself.
 */
final class BenchDatabase implements AutoCloseable {
    private final Connection connection;

    private BenchDatabase(Connection connection) {
        this.connection = connection;
    }

    static BenchDatabase connect(ConnectionInfo info) throws SQLException {
        return new BenchDatabase(DriverManager.getConnection(info.url(), info.user(), info.password()));
    }

    Connection connection() {
        return connection;
    }

    interface Work<T> {
        T run() throws Exception;
    }

    /** Runs {@code work} as one transaction on this connection, rolled back if it fails. */
    <T> T inTransaction(Work<T> work) throws Exception {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (Exception e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** What the readings table is and which COPY fast path the loader takes on it. */
    record Kind(String serverVersion, String timescaleVersion, boolean hypertable, boolean directCompressOffered) {
        /** The loader's rule: direct-to-compressed COPY whenever the server offers it for the hypertable. */
        boolean directCompressCopy() {
            return hypertable && directCompressOffered;
        }

        String describe() {
            return "PostgreSQL " + serverVersion + (timescaleVersion == null
                    ? ", readings in native monthly partitions with a primary key"
                    : ", TimescaleDB " + timescaleVersion + ", readings in a compressed hypertable"
                    + (directCompressCopy() ? " (direct-to-compressed COPY)" : ""));
        }
    }

    Kind kind() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(Sql.load("bench/database.sql"))) {
            rs.next();
            return new Kind(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4));
        }
    }

    /** The benchmark only ever runs on a database without sources, files or readings. */
    void requireEmpty() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(Sql.load("bench/is_empty.sql"))) {
            rs.next();
            if (!rs.getBoolean(1)) {
                throw new IllegalStateException("the benchmark needs an empty loggerflow database: this one holds "
                        + "sources, files or readings (point LOGGERFLOW_DB_URL at a scratch database, or leave it "
                        + "unset for an embedded one in the bench folder)");
            }
        }
    }

    /** Readings in the jobs' data files, how many of them the merge inserted / updated, and the data files. */
    long[] loaded(List<UUID> jobs) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("bench/members_loaded.sql"))) {
            statement.setArray(1, uuids(jobs));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)};
            }
        }
    }

    /** Bytes of the readings table with its indexes, per stored reading. */
    double storageBytesPerReading(Kind kind) throws SQLException {
        String sql = kind.hypertable() ? "bench/storage_bytes_hypertable.sql" : "bench/storage_bytes_partitions.sql";
        try (Statement statement = connection.createStatement()) {
            long bytes;
            try (ResultSet rs = statement.executeQuery(Sql.load(sql))) {
                rs.next();
                bytes = rs.getLong(1);
            }
            try (ResultSet rs = statement.executeQuery(Sql.load("bench/count_readings.sql"))) {
                rs.next();
                long readings = rs.getLong(1);
                return readings == 0 ? 0 : (double) bytes / readings;
            }
        }
    }

    /**
     * Rebuilds every chunk of the hypertable as {@code compress_chunk} writes it from plain rows (full batches of
     * each sensor): the compression floor for the stored readings. Chunk by chunk, each in its own transaction,
     * so the decompressed rows of one chunk at most take disk space at a time.
     */
    void compressEveryChunkFully() throws SQLException {
        java.util.List<String> chunks = new java.util.ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(Sql.load("bench/chunks.sql"))) {
            while (rs.next()) {
                chunks.add(rs.getString(1));
            }
        }
        for (String chunk : chunks) {
            for (String sql : new String[] {"bench/decompress_chunk.sql", "bench/compress_chunk.sql"}) {
                try (PreparedStatement statement = connection.prepareStatement(Sql.load(sql))) {
                    statement.setString(1, chunk);
                    statement.executeQuery().close();
                }
            }
        }
    }

    private Array uuids(List<UUID> ids) throws SQLException {
        return connection.createArrayOf("uuid", ids.toArray());
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
