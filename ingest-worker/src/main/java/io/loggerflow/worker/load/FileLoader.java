package io.loggerflow.worker.load;

import io.loggerflow.parsers.RowReader;
import io.loggerflow.worker.db.Schema;
import io.loggerflow.worker.db.Sql;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;

/**
 * Loads one parsed file in one transaction: registers its source and sensors ({@link FileLoadStart}), writes its readings with
 * COPY — or merges them when the file overlaps stored readings or may hold a stamp twice — and records the
 * file as loaded with the account of its rows. Nothing of the file is stored unless all its good rows are.
 */
final class FileLoader implements AutoCloseable {
    private final DataSource dataSource;
    private final boolean directCompressCopy;
    private final boolean hypertable;
    /** Whether a merge's INSERTs write compressed batches ({@link Schema#directCompressInsert}). */
    private final boolean directCompressInsert;
    /** Merged ranges compressed again after their commit, off the import workers' threads. */
    private final RecompressionQueue recompressions;
    private final EnsuredPartitions partitions;

    /** What became of the file. */
    sealed interface Result permits Loaded, AlreadyLoaded {
    }

    /** @param source the source's label for logs and metrics, {@code logger[/table]} */
    record Loaded(long fileId, String source, MergeCounts counts, RowAccount account, long loadMs) implements Result {
    }

    /** Another worker loaded the same content meanwhile: nothing was written. */
    record AlreadyLoaded(long loadedId) implements Result {
    }

    /**
     * @param directCompressCopy whether a non-overlapping file's COPY may write compressed TimescaleDB
     *                           batches directly (see {@link io.loggerflow.worker.db.Schema#directCompressCopy})
     */
    FileLoader(DataSource dataSource, boolean directCompressCopy) {
        this.dataSource = dataSource;
        this.directCompressCopy = directCompressCopy;
        this.hypertable = Schema.storage(dataSource) == Schema.Storage.TIMESCALEDB_HYPERTABLE;
        this.directCompressInsert = directCompressCopy && Schema.directCompressInsert(dataSource);
        this.recompressions = new RecompressionQueue(new ChunkRecompression(dataSource)::recompress);
        this.partitions = new EnsuredPartitions(dataSource);
    }

    /**
     * @param parseMs how long scanning the file took, recorded with it
     * @throws SQLException when the database refuses the content or fails; the transaction is rolled back
     */
    Result load(ImportRequest request, FileRef file, Fingerprint fingerprint, ParsedFile parsed, long parseMs,
                Instant startedAt)
            throws SQLException, IOException {
        partitions.ensure(parsed.first(), parsed.last());
        long loadStart = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long fileId;
                String source;
                MergeCounts counts;
                Optional<String> layout;
                boolean merged;
                RowAccount account = parsed.account().copy();
                try (RowReader reader = parsed.open()) {
                    layout = reader.sniffedLayout();
                    // A stamp that is not after its predecessor may repeat an earlier row's: COPY would store
                    // that (sensor, ts) twice (TimescaleDB's readings have no unique key), the merge keeps one.
                    FileLoadStart.Started started = FileLoadStart.begin(connection, hypertable, request, file,
                            fingerprint, parsed, reader, startedAt, !parsed.needsDedupe());
                    if (started.alreadyLoaded().isPresent()) {
                        connection.rollback();
                        return new AlreadyLoaded(started.alreadyLoaded().getAsLong());
                    }
                    fileId = started.fileId();
                    int[] sensorIds = started.sensorIds();
                    source = reader.identity().logger()
                            + (reader.identity().table().isEmpty() ? "" : "/" + reader.identity().table());
                    merged = parsed.needsDedupe() || started.overlaps();
                    counts = merged
                            ? new ReadingsMerge(connection, hypertable, directCompressInsert)
                                    .merge(reader, sensorIds, fileId, parsed, account)
                            : copy(connection, reader, sensorIds, fileId, parsed, account);
                }
                account.requireWithinShare(parsed.badRows(), parsed.source().name());
                long loadMs = (System.nanoTime() - loadStart) / 1_000_000;
                FilesTable.finishLoaded(connection, fileId, parsed, counts, account, parseMs, loadMs, layout,
                        counts.inserted() + counts.updated() > 0);
                connection.commit();
                if (merged && hypertable && counts.inserted() + counts.updated() > 0) {
                    recompressions.request(parsed.first(), parsed.last());
                }
                return new Loaded(fileId, source, counts, account, loadMs);
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                partitions.forget(); // e.g. a partition dropped by hand: the retry ensures them again
                throw e;
            }
        }
    }

    /** Waits until the merges' recompressions are done; false when the timeout passed first. */
    boolean awaitRecompressions(java.time.Duration timeout) throws InterruptedException {
        return recompressions.awaitIdle(timeout);
    }

    /** Runs the recompressions still pending, then stops their thread. */
    @Override
    public void close() {
        recompressions.close();
    }

    private MergeCounts copy(Connection connection, RowReader reader, int[] sensorIds, long fileId, ParsedFile parsed,
                             RowAccount account) throws SQLException, IOException {
        SensorOrderedRows bySensor = null;
        if (directCompressCopy) {
            String settings = Sql.load("load/direct_compress_copy.sql");
            // A file small enough to hold back is sent in the batches' order: compressed as it arrives.
            if (SensorOrderedRows.fits(parsed.rows(), sensorIds.length)) {
                settings += ";\n" + Sql.load("load/direct_compress_copy_client_sorted.sql"); // one round trip
                bySensor = new SensorOrderedRows(sensorIds, parsed.rows());
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(settings);
            }
        }
        long written = ReadingsCopy.copy(connection, ReadingsCopy.Target.READINGS, reader, sensorIds, fileId, parsed,
                account, bySensor);
        return new MergeCounts(written, written, 0);
    }
}
