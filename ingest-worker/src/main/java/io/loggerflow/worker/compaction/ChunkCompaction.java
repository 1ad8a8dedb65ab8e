package io.loggerflow.worker.compaction;

import io.loggerflow.worker.db.Sql;
import io.loggerflow.worker.load.ChunkRecompression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compaction of settled chunks on TimescaleDB: a COPY compressed directly writes one batch per sensor and file,
 * so a chunk of day files holds batches of 144 readings where a batch takes 1000, about 1.13 times the bytes of
 * full batches, and the compression policy never revisits such a chunk. Once no file was loaded into a chunk's
 * range for the settled span ({@code compaction.settled-hours}), and it holds more than
 * {@value #SHORT_BATCHES_FACTOR} times the fewest batches its readings need, it is compressed again from all its
 * readings. Waiting for the chunk to settle keeps corrections of recent days on day-sized batches: a merge
 * decompresses only the batches it touches, and a week-long batch would make it rewrite a week.
 * <p>
 * Each chunk is rewritten under the recompression lock that every load shares, waiting at most its lock timeout
 * (2 s): a chunk busy with a load or an export's snapshot is skipped and logged, and taken on the next run. On
 * plain PostgreSQL there are no batches, and this does nothing.
 */
public final class ChunkCompaction {
    private static final Logger LOG = LoggerFactory.getLogger(ChunkCompaction.class);

    /**
     * A chunk holding more batches than this many times the fewest is compacted; one compacted holds about the
     * fewest, so it is not rewritten again until corrections have split its batches.
     */
    static final int SHORT_BATCHES_FACTOR = 2;

    private final Duration settledAfter;

    public ChunkCompaction(Duration settledAfter) {
        this.settledAfter = settledAfter;
    }

    /** One chunk's batches and size before compaction, and after it (empty in a dry run or when skipped). */
    public record Chunk(String name, Instant rangeStart, Instant rangeEnd, Footprint before,
                        Optional<Footprint> after, Optional<String> skipped) {
    }

    /** A chunk's batches, the fewest its readings need, its readings and its bytes on disk. */
    public record Footprint(long batches, long fewest, long readings, long bytes) {
    }

    /** What a run found: nothing to do on plain PostgreSQL; otherwise the settled chunks with short batches. */
    public record Outcome(boolean timescale, List<Chunk> chunks) {
    }

    /**
     * Compacts the settled chunks with short batches ({@code dryRun}: only lists them), on a connection of the
     * caller's with no transaction open; it is left in auto-commit.
     */
    public Outcome run(Connection connection, boolean dryRun) throws SQLException {
        if (!timescale(connection)) {
            return new Outcome(false, List.of());
        }
        connection.setAutoCommit(true);
        List<Chunk> chunks = new ArrayList<>();
        for (SettledChunk settled : settledChunks(connection)) {
            Optional<Footprint> before = footprint(connection, settled.name());
            if (before.isEmpty() || before.get().batches() <= SHORT_BATCHES_FACTOR * before.get().fewest()) {
                continue;
            }
            Chunk listed = new Chunk(settled.name(), settled.rangeStart(), settled.rangeEnd(), before.get(),
                    Optional.empty(), Optional.empty());
            chunks.add(dryRun ? listed : compact(connection, listed));
        }
        return new Outcome(true, chunks);
    }

    private Chunk compact(Connection connection, Chunk chunk) throws SQLException {
        try {
            ChunkRecompression.underLock(connection, () -> rewrite(connection, chunk.name()));
        } catch (SQLException e) {
            if (!"55P03".equals(e.getSQLState())) { // lock_not_available: busy now, the next run takes it
                throw e;
            }
            LOG.info("Chunk {} is busy (a load or an export holds it): left for the next compaction", chunk.name());
            return new Chunk(chunk.name(), chunk.rangeStart(), chunk.rangeEnd(), chunk.before(), Optional.empty(),
                    Optional.of("busy"));
        }
        Optional<Footprint> after = footprint(connection, chunk.name());
        LOG.info("Chunk {} compacted: {} -> {} batches, {} -> {} bytes", chunk.name(), chunk.before().batches(),
                after.map(Footprint::batches).orElse(0L), chunk.before().bytes(), after.map(Footprint::bytes).orElse(0L));
        return new Chunk(chunk.name(), chunk.rangeStart(), chunk.rangeEnd(), chunk.before(), after, Optional.empty());
    }

    /** Under the recompression lock: compresses the chunk again, then vacuums what a merge left in its row part. */
    private static void rewrite(Connection connection, String chunk) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("compaction/compact_chunk.sql"))) {
            statement.setString(1, chunk);
            statement.executeQuery().close();
        }
        try (Statement maintenance = connection.createStatement()) { // VACUUM takes no parameter; names are the server's
            maintenance.execute(Sql.load("load/vacuum_chunk.sql").formatted(chunk));
            Optional<String> compressed = compressedPart(connection, chunk);
            if (compressed.isPresent()) {
                maintenance.execute(Sql.load("load/vacuum_chunk.sql").formatted(compressed.get()));
            }
        }
    }

    private record SettledChunk(String name, Instant rangeStart, Instant rangeEnd) {
    }

    private List<SettledChunk> settledChunks(Connection connection) throws SQLException {
        List<SettledChunk> chunks = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("compaction/settled_chunks.sql"))) {
            statement.setLong(1, settledAfter.toSeconds());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    chunks.add(new SettledChunk(rs.getString("chunk"), rs.getTimestamp("range_start").toInstant(),
                            rs.getTimestamp("range_end").toInstant()));
                }
            }
        }
        return chunks;
    }

    /** The chunk's batches and bytes; empty when it has no compressed part (decompressed meanwhile). */
    private static Optional<Footprint> footprint(Connection connection, String chunk) throws SQLException {
        Optional<String> compressed = compressedPart(connection, chunk);
        if (compressed.isEmpty()) {
            return Optional.empty();
        }
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(Sql.load("compaction/chunk_batches.sql")
                     .formatted(chunk, compressed.get()))) {
            rs.next();
            return Optional.of(new Footprint(rs.getLong("batches"), rs.getLong("fewest"), rs.getLong("readings"),
                    rs.getLong("bytes")));
        }
    }

    private static Optional<String> compressedPart(Connection connection, String chunk) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("compaction/compressed_part.sql"))) {
            statement.setString(1, chunk);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static boolean timescale(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(Sql.load("db/readings_storage.sql"))) {
            return rs.next() && rs.getBoolean(1);
        }
    }
}
