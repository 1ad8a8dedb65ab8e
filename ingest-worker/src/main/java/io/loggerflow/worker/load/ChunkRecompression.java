package io.loggerflow.worker.load;

import io.loggerflow.worker.db.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * After a merge into a TimescaleDB hypertable has committed: compresses again the chunks of its range that it
 * left partly uncompressed (batches a DELETE decompressed, rows of an INSERT that wrote no batches) —
 * TimescaleDB recompresses only the affected sensors' segments, tens of milliseconds for a day file — then
 * vacuums and reindexes them; and vacuums the range's compressed chunks (the deleted and replaced batches'
 * space is reused by the next writes), so storage returns to the compressed size at once rather than when the
 * policy and autovacuum next run. A merge that wrote compressed batches only ({@code direct_compress_insert.sql})
 * leaves no chunk partly uncompressed: then nothing waits for the recompression lock.
 * Best effort: a failure (a lock timeout, the server going away) only delays that to the policy, and never
 * fails the committed file.
 */
public final class ChunkRecompression {
    private static final Logger LOG = LoggerFactory.getLogger(ChunkRecompression.class);

    private final DataSource dataSource;

    ChunkRecompression(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void recompress(Instant first, Instant last) {
        try (Connection connection = dataSource.getConnection()) {
            recompress(connection, first, last);
        } catch (SQLException e) {
            LOG.warn("No connection to recompress the chunks of {} .. {} (the compression policy will): {}", first,
                    last, e.getMessage());
        }
    }

    /**
     * The same on a connection of the caller's with no transaction open (a retraction's, after its commit); it is
     * left in auto-commit. Best effort as above: a failure is logged, never thrown.
     */
    public static void recompress(Connection connection, Instant first, Instant last) {
        try {
            connection.setAutoCommit(true);
            List<String> partial = chunks(connection, "load/partial_chunks.sql", first, last);
            if (!partial.isEmpty()) { // a merge that wrote compressed batches only left none: no lock, no wait
                try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/recompress_chunks.sql"))) {
                    underLock(connection, () -> recompress(connection, statement, partial, first, last));
                }
            }
            // the batches the merge deleted or the recompression replaced are dead: their space serves the next
            // writes. VACUUM blocks no load, so it needs no lock of ours.
            try (Statement maintenance = connection.createStatement()) {
                for (String compressed : chunks(connection, "load/compressed_chunks.sql", first, last)) {
                    maintenance.execute(Sql.load("load/vacuum_chunk.sql").formatted(compressed));
                }
            }
        } catch (SQLException e) {
            LOG.warn("Could not recompress the chunks of {} .. {} (the compression policy will): {}", first, last,
                    e.getMessage());
        }
    }

    /** Maintenance of chunks, run under the recompression lock. */
    @FunctionalInterface
    public interface Maintenance {
        void run() throws SQLException;
    }

    /**
     * Runs {@code maintenance} in auto-commit (the connection is left so) under the recompression lock, waiting
     * at most the lock timeout for that lock and for any chunk's: past it, the {@link SQLException} has SQL state
     * 55P03 ({@code lock_not_available}).
     */
    public static void underLock(Connection connection, Maintenance maintenance) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement session = connection.createStatement()) {
            session.execute(Sql.load("load/recompress_lock_timeout.sql"));
            try {
                session.execute(Sql.load("load/recompress_lock.sql"));
                try {
                    maintenance.run();
                } finally {
                    session.execute(Sql.load("load/recompress_unlock.sql"));
                }
            } finally {
                session.execute(Sql.load("load/recompress_lock_timeout_reset.sql"));
            }
        }
    }

    /** Under the recompression lock: no load holds a chunk's locks meanwhile (see lock_loading_shared.sql). */
    private static void recompress(Connection connection, PreparedStatement statement, List<String> partial,
                                   Instant first, Instant last) throws SQLException {
        statement.setTimestamp(1, Timestamp.from(last));
        statement.setTimestamp(2, Timestamp.from(first));
        statement.executeQuery().close(); // compress_chunk of each compressed chunk: a no-op for the unchanged
        try (Statement maintenance = connection.createStatement()) {
            for (String chunk : partial) { // VACUUM cannot take a parameter; the name comes from the server
                maintenance.execute(Sql.load("load/vacuum_chunk.sql").formatted(chunk));
                maintenance.execute(Sql.load("load/reindex_chunk.sql").formatted(chunk));
            }
        }
    }

    /** Chunk names a query over the range returns ({@code range_start <= last AND range_end > first}). */
    private static List<String> chunks(Connection connection, String sql, Instant first, Instant last)
            throws SQLException {
        List<String> chunks = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(Sql.load(sql))) {
            statement.setTimestamp(1, Timestamp.from(last));
            statement.setTimestamp(2, Timestamp.from(first));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    chunks.add(rs.getString(1));
                }
            }
        }
        return chunks;
    }
}
