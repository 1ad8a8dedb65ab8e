package io.loggerflow.worker.retract;

import io.loggerflow.worker.db.Sql;
import io.loggerflow.worker.load.ChunkRecompression;

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
 * Takes loaded files back: removes exactly the readings they contributed (those whose {@code file_id} is still
 * theirs), records a retraction per file part (audited, bumping the source's data version) and marks the
 * files {@code retracted}, all in one transaction. Readings a later file overwrote stay and are reported.
 */
public final class FileRetraction {
    private static final long WEEK_SECONDS = 7 * 86_400L;

    private FileRetraction() {
    }

    /**
     * @param topIds top-level file ids (what arrived: a plain file, an archive, a file of several tables)
     * @param dryRun count only; nothing is changed
     * @throws IllegalArgumentException when an id is unknown, an archive member, or has no loaded readings
     */
    public static List<RetractedPart> retract(Connection connection, List<Long> topIds, String by, String reason,
                                              boolean dryRun) throws SQLException {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required to retract a file");
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            boolean hypertable = isHypertable(connection);
            List<RetractedPart> parts = dryRun ? count(connection, topIds)
                    : remove(connection, topIds, by, reason, hypertable);
            if (dryRun) {
                connection.rollback();
                return parts;
            }
            connection.commit();
            if (hypertable && parts.stream().anyMatch(part -> part.removed() > 0)) {
                // the delete decompressed the batches it touched: compress them again now, as after a merge
                ChunkRecompression.recompress(connection,
                        parts.stream().map(RetractedPart::first).min(Instant::compareTo).orElseThrow(),
                        parts.stream().map(RetractedPart::last).max(Instant::compareTo).orElseThrow());
            }
            return parts;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Top-level files with a loaded part of the source whose readings touch [from, to); null bounds are open. */
    public static List<Long> filesOf(Connection connection, int sourceId, Instant from, Instant to)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("retract/files_in_range.sql"))) {
            Timestamp start = from == null ? null : Timestamp.from(from);
            Timestamp end = to == null ? null : Timestamp.from(to);
            statement.setInt(1, sourceId);
            statement.setTimestamp(2, start);
            statement.setTimestamp(3, start);
            statement.setTimestamp(4, end);
            statement.setTimestamp(5, end);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    private static List<RetractedPart> remove(Connection connection, List<Long> topIds, String by, String reason,
                                              boolean hypertable) throws SQLException {
        if (hypertable) { // first, as every load takes it: a recompression waits for this transaction
            execute(connection, "load/lock_loading_shared.sql");
        }
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("retract/set_actor.sql"))) {
            statement.setString(1, by);
            statement.setString(2, reason);
            statement.execute();
        }
        List<RetractedPart> planned = count(connection, topIds);
        lockWeeks(connection, planned);
        // counted again under the locks: no overlapping file can load between the count and the delete
        List<RetractedPart> parts = count(connection, topIds);
        if (hypertable) {
            raiseDecompressionLimit(connection, parts);
        }
        for (RetractedPart part : parts) {
            long removed = inFileRange(connection, "retract/delete_readings.sql", part);
            try (PreparedStatement statement = connection.prepareStatement(Sql.load("retract/insert_retraction.sql"))) {
                statement.setLong(1, part.fileId());
                statement.setInt(2, part.sourceId());
                statement.setLong(3, removed);
                statement.setLong(4, part.overwritten());
                statement.setString(5, reason);
                statement.executeUpdate();
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("retract/mark_retracted.sql"))) {
            statement.setArray(1, ids(connection, topIds));
            statement.setArray(2, ids(connection, topIds));
            statement.executeUpdate();
        }
        return parts;
    }

    /**
     * Deleting from compressed chunks decompresses every batch of the source's sensors in the parts' ranges:
     * TimescaleDB's per-transaction limit (100 000 by default) would refuse a month file's retraction, so it is
     * raised for this transaction alone to that bound, as the loader does for a merge (the cost is disk in the
     * chunks' row parts until the recompression after commit, not memory).
     */
    private static void raiseDecompressionLimit(Connection connection, List<RetractedPart> parts)
            throws SQLException {
        long bound = 0;
        for (RetractedPart part : parts) {
            try (PreparedStatement statement = connection.prepareStatement(Sql.load("retract/decompression_bound.sql"))) {
                statement.setInt(1, part.sourceId());
                statement.setInt(2, part.sourceId());
                statement.setTimestamp(3, Timestamp.from(part.first()));
                statement.setTimestamp(4, Timestamp.from(part.last()));
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    bound += rs.getLong(1);
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/raise_decompression_limit.sql"))) {
            statement.setLong(1, bound);
            statement.setLong(2, bound);
            statement.execute();
        }
    }

    private static boolean isHypertable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(Sql.load("retract/is_hypertable.sql"))) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(Sql.load(sql));
        }
    }

    /** The loader's own week locks (load/lock_weeks.sql), so a retraction and an overlapping load never interleave. */
    private static void lockWeeks(Connection connection, List<RetractedPart> parts) throws SQLException {
        // parts come ordered by source and first stamp: each source's weeks ascending, as the loader takes them
        for (RetractedPart part : parts) {
            try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/lock_weeks.sql"))) {
                statement.setInt(1, part.sourceId());
                statement.setLong(2, Math.floorDiv(part.first().getEpochSecond(), WEEK_SECONDS));
                statement.setLong(3, Math.floorDiv(part.last().getEpochSecond(), WEEK_SECONDS));
                statement.execute();
            }
        }
    }

    /** A loaded part as {@code files} records it; {@code written} = readings it inserted or changed. */
    private record LoadedPart(long fileId, long topId, String path, int sourceId, String source, Instant first,
                              Instant last, long written) {
    }

    private static List<RetractedPart> count(Connection connection, List<Long> topIds) throws SQLException {
        checkTopLevel(connection, topIds);
        List<RetractedPart> counted = new ArrayList<>();
        for (LoadedPart part : loadedParts(connection, topIds)) {
            long own = inFileRange(connection, "retract/own_readings.sql", part);
            counted.add(new RetractedPart(part.fileId(), part.topId(), part.path(), part.sourceId(), part.source(),
                    part.first(), part.last(), own, Math.max(0, part.written() - own), laterFiles(connection, part)));
        }
        List<Long> withParts = counted.stream().map(RetractedPart::topId).distinct().toList();
        for (long id : topIds) {
            if (!withParts.contains(id)) {
                throw new IllegalArgumentException("file " + id + " has no loaded readings to retract");
            }
        }
        return counted;
    }

    private static List<LoadedPart> loadedParts(Connection connection, List<Long> topIds) throws SQLException {
        List<LoadedPart> parts = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("retract/parts.sql"))) {
            statement.setArray(1, ids(connection, topIds));
            statement.setArray(2, ids(connection, topIds));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString("table_name");
                    parts.add(new LoadedPart(rs.getLong("id"), rs.getLong("top_id"), rs.getString("path"),
                            rs.getInt("source_id"), rs.getString("site") + "/" + rs.getString("logger")
                            + (table.isEmpty() ? "" : "/" + table), rs.getTimestamp("first_ts").toInstant(),
                            rs.getTimestamp("last_ts").toInstant(), rs.getLong("written")));
                }
            }
        }
        return parts;
    }

    private static void checkTopLevel(Connection connection, List<Long> topIds) throws SQLException {
        List<Long> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("retract/top_files.sql"))) {
            statement.setArray(1, ids(connection, topIds));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    long parent = rs.getLong("parent_id");
                    if (!rs.wasNull()) {
                        throw new IllegalArgumentException("file " + id + " (" + rs.getString("path")
                                + ") is part of file " + parent + ": retract file " + parent + ", which arrived as a whole");
                    }
                    found.add(id);
                }
            }
        }
        for (long id : topIds) {
            if (!found.contains(id)) {
                throw new IllegalArgumentException("no file " + id);
            }
        }
    }

    private static long inFileRange(Connection connection, String sql, LoadedPart part) throws SQLException {
        return inFileRange(connection, sql, part.sourceId(), part.first(), part.last(), part.fileId());
    }

    private static long inFileRange(Connection connection, String sql, RetractedPart part) throws SQLException {
        return inFileRange(connection, sql, part.sourceId(), part.first(), part.last(), part.fileId());
    }

    private static long inFileRange(Connection connection, String sql, int sourceId, Instant first, Instant last,
                                    long fileId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load(sql))) {
            statement.setInt(1, sourceId);
            statement.setTimestamp(2, Timestamp.from(first));
            statement.setTimestamp(3, Timestamp.from(last));
            statement.setLong(4, fileId);
            if (statement.execute()) {
                try (ResultSet rs = statement.getResultSet()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
            return statement.getLargeUpdateCount();
        }
    }

    private static List<Long> laterFiles(Connection connection, LoadedPart part) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("retract/later_files.sql"))) {
            statement.setInt(1, part.sourceId());
            statement.setLong(2, part.fileId());
            statement.setTimestamp(3, Timestamp.from(part.last()));
            statement.setTimestamp(4, Timestamp.from(part.first()));
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    private static java.sql.Array ids(Connection connection, List<Long> ids) throws SQLException {
        return connection.createArrayOf("bigint", ids.toArray());
    }
}
