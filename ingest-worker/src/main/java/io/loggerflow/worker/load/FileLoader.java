package io.loggerflow.worker.load;

import io.loggerflow.parsers.RowReader;
import io.loggerflow.worker.db.Schema;
import io.loggerflow.worker.db.Sql;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Loads one parsed file in one transaction: registers its source and sensors, writes its readings with
 * COPY — or merges them when the file overlaps stored readings or may hold a stamp twice — and records the
 * file as loaded with the account of its rows. Nothing of the file is stored unless all its good rows are.
 */
final class FileLoader {
    private static final long DAY_SECONDS = 86_400L;
    private static final long WEEK_SECONDS = 7 * DAY_SECONDS;
    /** Files spanning at most this many UTC days lock by day (see {@link #lockWeeks}). */
    private static final long DAY_LOCKED_DAYS = 3;

    private final DataSource dataSource;
    private final boolean directCompressCopy;
    private final boolean hypertable;
    private final ChunkRecompression recompression;

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
        this.recompression = new ChunkRecompression(dataSource);
    }

    /**
     * @param parseMs how long scanning the file took, recorded with it
     * @throws SQLException when the database refuses the content or fails; the transaction is rolled back
     */
    Result load(ImportRequest request, FileRef file, Fingerprint fingerprint, ParsedFile parsed, long parseMs,
                Instant startedAt)
            throws SQLException, IOException {
        ensurePartitions(parsed);
        long loadStart = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (hypertable) {
                    execute(connection, "load/lock_loading_shared.sql");
                }
                lock(connection, "sha256:" + fingerprint.sha256());
                OptionalLong loaded = FilesTable.findLoaded(connection, fingerprint.sha256());
                if (loaded.isPresent()) {
                    connection.rollback();
                    return new AlreadyLoaded(loaded.getAsLong());
                }
                long fileId;
                int sourceId;
                String source;
                MergeCounts counts;
                Optional<String> layout;
                boolean merged;
                RowAccount account = parsed.account().copy();
                try (RowReader reader = parsed.open()) {
                    layout = reader.sniffedLayout();
                    sourceId = SourceRegistry.upsertSource(connection, request.site(), reader.identity(),
                            parsed.format().name());
                    source = reader.identity().logger()
                            + (reader.identity().table().isEmpty() ? "" : "/" + reader.identity().table());
                    // Files of a source whose ranges could overlap load one at a time: the overlap check and
                    // the COPY or merge must not race.
                    lockWeeks(connection, sourceId, parsed);
                    int[] sensorIds = SourceRegistry.upsertSensors(connection, sourceId, reader.channels());
                    SourceRegistry.upsertSkippedColumns(connection, sourceId, reader.skippedColumns());
                    fileId = FilesTable.insert(connection, FileRow.loading(request, file, fingerprint,
                            parsed.format().name(), sourceId, startedAt));
                    // A stamp that is not after its predecessor may repeat an earlier row's: COPY would store
                    // that (sensor, ts) twice (TimescaleDB's readings have no unique key), the merge keeps one.
                    merged = parsed.needsDedupe() || overlaps(connection, sensorIds, parsed);
                    counts = merged
                            ? new ReadingsMerge(connection, hypertable).merge(reader, sensorIds, fileId, parsed, account)
                            : copy(connection, reader, sensorIds, fileId, parsed, account);
                }
                account.requireWithinShare(parsed.badRows(), parsed.source().name());
                long loadMs = (System.nanoTime() - loadStart) / 1_000_000;
                FilesTable.finishLoaded(connection, fileId, parsed, counts, account, parseMs, loadMs);
                if (layout.isPresent()) {
                    FilesTable.setLayout(connection, fileId, layout.get());
                }
                if (counts.inserted() + counts.updated() > 0) {
                    SourceRegistry.bumpDataVersion(connection, sourceId);
                }
                connection.commit();
                if (merged && hypertable && counts.inserted() + counts.updated() > 0) {
                    recompression.recompress(parsed.first(), parsed.last());
                }
                return new Loaded(fileId, source, counts, account, loadMs);
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private void ensurePartitions(ParsedFile parsed) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(Sql.load("load/ensure_partitions.sql"))) {
            statement.setTimestamp(1, Timestamp.from(parsed.first()));
            statement.setTimestamp(2, Timestamp.from(parsed.last()));
            statement.execute();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(Sql.load(sql));
        }
    }

    private static void lock(Connection connection, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/lock.sql"))) {
            statement.setString(1, key);
            statement.execute();
        }
    }

    /**
     * Week locks taken exclusively serialise two day files of one source in the same week, i.e. a fleet's day
     * files when the workers take consecutive days of one logger: a file of at most {@link #DAY_LOCKED_DAYS}
     * days therefore shares the week locks and takes its days' locks exclusively.
     */
    private static void lockWeeks(Connection connection, int sourceId, ParsedFile parsed) throws SQLException {
        long firstDay = Math.floorDiv(parsed.first().getEpochSecond(), DAY_SECONDS);
        long lastDay = Math.floorDiv(parsed.last().getEpochSecond(), DAY_SECONDS);
        boolean byDay = lastDay - firstDay < DAY_LOCKED_DAYS;
        lockRange(connection, byDay ? "load/lock_days.sql" : "load/lock_weeks.sql", sourceId,
                Math.floorDiv(parsed.first().getEpochSecond(), WEEK_SECONDS),
                Math.floorDiv(parsed.last().getEpochSecond(), WEEK_SECONDS));
        if (byDay) {
            lockRange(connection, "load/lock_day_list.sql", sourceId, firstDay, lastDay);
        }
    }

    private static void lockRange(Connection connection, String sql, int sourceId, long from, long to)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load(sql))) {
            statement.setInt(1, sourceId);
            statement.setLong(2, from);
            statement.setLong(3, to);
            statement.execute();
        }
    }

    private static boolean overlaps(Connection connection, int[] sensorIds, ParsedFile parsed) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/overlaps.sql"))) {
            statement.setArray(1, connection.createArrayOf("integer", ReadingsMerge.box(sensorIds)));
            statement.setTimestamp(2, Timestamp.from(parsed.first()));
            statement.setTimestamp(3, Timestamp.from(parsed.last()));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private MergeCounts copy(Connection connection, RowReader reader, int[] sensorIds, long fileId, ParsedFile parsed,
                             RowAccount account) throws SQLException, IOException {
        SensorOrderedRows bySensor = null;
        if (directCompressCopy) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(Sql.load("load/direct_compress_copy.sql"));
                // A file small enough to hold back is sent in the batches' order: compressed as it arrives.
                if (SensorOrderedRows.fits(parsed.rows(), sensorIds.length)) {
                    statement.execute(Sql.load("load/direct_compress_copy_client_sorted.sql"));
                    bySensor = new SensorOrderedRows(sensorIds, parsed.rows());
                }
            }
        }
        long written = ReadingsCopy.copy(connection, ReadingsCopy.Target.READINGS, reader, sensorIds, fileId, parsed,
                account, bySensor);
        return new MergeCounts(written, written, 0);
    }
}
