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
 * left partly uncompressed (decompressed batches of an update, rows of an insert) — TimescaleDB recompresses
 * only the affected sensors' segments, tens of milliseconds for a day file — then vacuums and reindexes them,
 * so storage returns to the compressed size at once rather than when the policy and autovacuum next run.
 * <p>
 * After a merge or a direct-compressed COPY, it also rewrites a chunk whose batches are short: each day file
 * adds one batch per sensor (144 readings of 10-minute data, where a batch holds 1000), so a chunk of day files
 * takes about 1.14 times the bytes of the same readings in full batches. A chunk holding more than
 * {@value #SHORT_BATCHES_FACTOR} times the fewest batches its readings need is compressed again from all its
 * readings. As the chunk fills, that happens after ever more files (the fewest grows with it), so each reading
 * is rewritten about once in all, and a chunk stays within a small margin of its full-batch size.
 * <p>
 * Best effort: a failure (a lock timeout, the server going away) only delays that to the policy, and never
 * fails the committed file.
 */
public final class ChunkRecompression {
    private static final Logger LOG = LoggerFactory.getLogger(ChunkRecompression.class);

    /** A chunk with more than this many times the fewest batches its readings need is compressed again. */
    static final int SHORT_BATCHES_FACTOR = 3;

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

    /** After a direct-compressed COPY has committed: rewrites the chunks of its range whose batches are short. */
    void compact(Instant first, Instant last) {
        try (Connection connection = dataSource.getConnection()) {
            if (shortBatched(connection, first, last).isEmpty()) {
                return; // the common case, checked without the lock
            }
            underLock(connection, first, last, () -> rewrite(connection, shortBatched(connection, first, last)));
        } catch (SQLException e) {
            LOG.warn("Could not rewrite the short batches of {} .. {} (they stay until a merge there): {}", first,
                    last, e.getMessage());
        }
    }

    /**
     * The same on a connection of the caller's with no transaction open (a retraction's, after its commit); it is
     * left in auto-commit. Best effort as above: a failure is logged, never thrown.
     */
    public static void recompress(Connection connection, Instant first, Instant last) {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/recompress_chunks.sql"))) {
            underLock(connection, first, last, () -> {
                recompress(connection, statement, first, last);
                rewrite(connection, shortBatched(connection, first, last));
            });
        } catch (SQLException e) {
            LOG.warn("Could not recompress the chunks of {} .. {} (the compression policy will): {}", first, last,
                    e.getMessage());
        }
    }

    @FunctionalInterface
    private interface Maintenance {
        void run() throws SQLException;
    }

    /** Runs {@code maintenance} in auto-commit under the recompression lock, waiting at most the lock timeout. */
    private static void underLock(Connection connection, Instant first, Instant last, Maintenance maintenance)
            throws SQLException {
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

    /** The fully compressed chunks of the range holding more than {@link #SHORT_BATCHES_FACTOR} x the fewest batches. */
    static List<String> shortBatched(Connection connection, Instant first, Instant last) throws SQLException {
        List<String> shortBatched = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (String[] chunk : compressedChunks(connection, first, last)) { // names from the catalog
                try (ResultSet rs = statement.executeQuery(Sql.load("load/batch_counts.sql").formatted(chunk[1]))) {
                    rs.next();
                    if (rs.getLong("batches") > SHORT_BATCHES_FACTOR * rs.getLong("fewest")) {
                        shortBatched.add(chunk[0]);
                    }
                }
            }
        }
        return shortBatched;
    }

    /** The compressed chunks of the range: each chunk's name and its compressed chunk's. */
    private static List<String[]> compressedChunks(Connection connection, Instant first, Instant last)
            throws SQLException {
        List<String[]> chunks = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/compressed_chunks.sql"))) {
            statement.setTimestamp(1, Timestamp.from(last));
            statement.setTimestamp(2, Timestamp.from(first));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    chunks.add(new String[] {rs.getString("chunk"), rs.getString("compressed")});
                }
            }
        }
        return chunks;
    }

    private static void rewrite(Connection connection, List<String> chunks) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/rewrite_chunk.sql"))) {
            for (String chunk : chunks) {
                statement.setString(1, chunk);
                statement.executeQuery().close();
            }
        }
    }

    /** Under the recompression lock: no load holds a chunk's locks meanwhile (see lock_loading_shared.sql). */
    private static void recompress(Connection connection, PreparedStatement statement, Instant first, Instant last)
            throws SQLException {
        statement.setTimestamp(1, Timestamp.from(last));
        statement.setTimestamp(2, Timestamp.from(first));
        List<String> chunks = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                chunks.add(rs.getString(1));
            }
        }
        try (Statement maintenance = connection.createStatement()) {
            for (String chunk : chunks) { // VACUUM cannot take a parameter; the name comes from the server
                maintenance.execute(Sql.load("load/vacuum_chunk.sql").formatted(chunk));
                maintenance.execute(Sql.load("load/reindex_chunk.sql").formatted(chunk));
            }
            // the batches the recompression replaced are dead: their space serves the next recompressions
            for (String[] chunk : compressedChunks(connection, first, last)) {
                maintenance.execute(Sql.load("load/vacuum_chunk.sql").formatted(chunk[1]));
            }
        }
    }
}
