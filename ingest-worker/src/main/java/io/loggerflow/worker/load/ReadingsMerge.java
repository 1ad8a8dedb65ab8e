package io.loggerflow.worker.load;

import io.loggerflow.parsers.RowReader;
import io.loggerflow.worker.db.Sql;

import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;

/**
 * The merge path of one file, inside the file's transaction: find which of its readings differ from the stored
 * ones, then write only those — changed values updated, new readings inserted. An identical re-send therefore
 * writes, and on TimescaleDB decompresses, nothing. A file of at most {@link SensorOrderedRows#MAX_READINGS}
 * cells whose stamps increase is held in memory and compared on the loader's side with the stored readings
 * streamed in the same (sensor_id, ts) order ({@link StoredComparison}): only what differs is staged — after a
 * per-sensor count and digest computed on both sides ({@link StoredDigests}) has not already shown the file to be
 * identical to what is stored, in which case nothing is streamed back. Other files
 * (bigger, or with a stamp repeated: the later row wins) are staged whole and compared in SQL.
 * <p>
 * On TimescaleDB changed readings are not updated in place: an UPDATE decompresses every compressed batch it
 * touches into the chunk's row part. The changed sensors' readings of the changed range are replaced instead —
 * the stored ones that stay kept aside, the range deleted (TimescaleDB drops the batches inside it whole, without
 * decompressing them), kept and changed readings inserted again — which writes the same content and decompresses
 * at most the batches that stick out of the range.
 * <p>
 * Whatever it decompresses counts against TimescaleDB's limit: a transaction may decompress
 * at most {@code timescaledb.max_tuples_decompressed_per_dml_transaction} tuples (100 000 by default): a
 * month's correction of an 80-sensor logger needs about 350 000. Since a file must stay one all-or-nothing
 * unit, the limit is raised for this transaction alone to what the update can decompress at most (the
 * changed sensors' stored readings in the changed range plus one batch each side). The decompressed tuples
 * are not held in memory: TimescaleDB decompresses batch by batch into the chunk's uncompressed part (on disk,
 * about 100 bytes per reading with its index entry, until {@link ChunkRecompression} compresses them again).
 */
final class ReadingsMerge {
    private static final String DECOMPRESSION_LIMIT = "timescaledb.max_tuples_decompressed_per_dml_transaction";

    private final Connection connection;
    private final boolean hypertable;
    private final boolean directCompressInsert;

    /** @param directCompressInsert write the INSERTs as compressed batches ({@code direct_compress_insert.sql}) */
    ReadingsMerge(Connection connection, boolean hypertable, boolean directCompressInsert) {
        this.connection = connection;
        this.hypertable = hypertable;
        this.directCompressInsert = directCompressInsert;
    }

    MergeCounts merge(RowReader reader, int[] sensorIds, long fileId, ParsedFile parsed, RowAccount account)
            throws SQLException, IOException {
        if (hypertable) {
            String settings = Sql.load("load/custom_plans.sql");
            if (directCompressInsert) {
                settings += ";\n" + Sql.load("load/direct_compress_insert.sql"); // one round trip
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(settings);
            }
        }
        return !parsed.needsDedupe() && SensorOrderedRows.fits(parsed.rows(), sensorIds.length)
                ? mergeHeld(reader, sensorIds, fileId, parsed, account)
                : mergeStaged(reader, sensorIds, fileId, parsed, account);
    }

    private MergeCounts mergeHeld(RowReader reader, int[] sensorIds, long fileId, ParsedFile parsed,
                                  RowAccount account) throws SQLException, IOException {
        SensorOrderedRows held = new SensorOrderedRows(sensorIds, parsed.rows());
        ReadingsCopy.read(reader, sensorIds.length, parsed, account, (stamp, line, values) -> held.add(stamp, values));
        java.util.OptionalLong identical = StoredDigests.identical(connection, held, sensorIds, parsed.first(),
                parsed.last());
        if (identical.isPresent()) {
            return new MergeCounts(identical.getAsLong(), 0, 0);
        }
        StoredComparison comparison = StoredComparison.compare(connection, held, sensorIds, parsed.first(),
                parsed.last());
        if (comparison.newReadings() + comparison.changed() == 0) {
            return new MergeCounts(comparison.readings(), 0, 0);
        }
        execute("load/create_pending.sql");
        comparison.stage(connection, fileId);
        Pending pending = comparison.changed() == 0
                ? new Pending(comparison.newReadings(), 0, null, null, null)
                : new Pending(comparison.newReadings(), comparison.changed(),
                        connection.createArrayOf("integer", comparison.changedSensors()),
                        Timestamp.from(comparison.changedFrom()), Timestamp.from(comparison.changedTo()));
        return write(comparison.readings(), pending);
    }

    private MergeCounts mergeStaged(RowReader reader, int[] sensorIds, long fileId, ParsedFile parsed,
                                    RowAccount account) throws SQLException, IOException {
        execute("load/create_staging.sql");
        long staged = ReadingsCopy.copy(connection, ReadingsCopy.Target.STAGING, reader, sensorIds, fileId, parsed,
                account);
        if (parsed.needsDedupe()) {
            StagedRepeats.account(connection, account);
            try (Statement statement = connection.createStatement()) {
                staged -= statement.executeLargeUpdate(Sql.load("load/staging_dedupe.sql"));
            }
        }
        execute("load/create_pending.sql");
        Array sensors = connection.createArrayOf("integer", box(sensorIds));
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/fill_pending.sql"))) {
            statement.setArray(1, sensors);
            statement.setTimestamp(2, Timestamp.from(parsed.first()));
            statement.setTimestamp(3, Timestamp.from(parsed.last()));
            statement.executeLargeUpdate();
        }
        return write(staged, pending());
    }

    private MergeCounts write(long readings, Pending pending) throws SQLException {
        long updated = pending.changed() == 0 ? 0 : update(pending);
        long inserted = pending.newReadings() == 0 ? 0 : executeLarge("load/merge_insert.sql");
        return new MergeCounts(readings, inserted, updated);
    }

    /** What differs from the stored readings, and where the changed ones lie. */
    private record Pending(long newReadings, long changed, Array changedSensors, Timestamp changedFrom,
                           Timestamp changedTo) {
    }

    private Pending pending() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/pending_counts.sql"));
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return new Pending(rs.getLong("new_readings"), rs.getLong("changed"), rs.getArray("changed_sensors"),
                    rs.getTimestamp("changed_from"), rs.getTimestamp("changed_to"));
        }
    }

    private long update(Pending pending) throws SQLException {
        if (!hypertable) {
            return bounded("load/merge_update.sql", pending);
        }
        raiseDecompressionLimit(pending);
        execute("load/create_kept.sql");
        bounded("load/merge_replace_keep.sql", pending);
        bounded("load/merge_replace_delete.sql", pending);
        executeLarge("load/merge_replace_insert.sql");
        return pending.changed();
    }

    /** Runs a statement whose parameters are the changed sensors and the changed range. */
    private long bounded(String sql, Pending pending) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load(sql))) {
            statement.setArray(1, pending.changedSensors());
            statement.setTimestamp(2, pending.changedFrom());
            statement.setTimestamp(3, pending.changedTo());
            return statement.executeLargeUpdate();
        }
    }

    private void raiseDecompressionLimit(Pending pending) throws SQLException {
        long bound;
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/decompression_bound.sql"))) {
            statement.setArray(1, pending.changedSensors());
            statement.setArray(2, pending.changedSensors());
            statement.setTimestamp(3, pending.changedFrom());
            statement.setTimestamp(4, pending.changedTo());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                bound = rs.getLong(1);
            }
        }
        // the setting is an int; a file that could decompress more than that lifts the limit altogether
        long limit = bound >= Integer.MAX_VALUE ? 0 : bound;
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/raise_decompression_limit.sql"))) {
            statement.setLong(1, limit);
            statement.setLong(2, limit == 0 ? Long.MAX_VALUE : limit);
            statement.executeQuery().close();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(Sql.load(sql));
        }
    }

    private long executeLarge(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeLargeUpdate(Sql.load(sql));
        }
    }

    static Integer[] box(int[] values) {
        Integer[] boxed = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
