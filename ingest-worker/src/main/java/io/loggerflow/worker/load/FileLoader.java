package io.loggerflow.worker.load;

import io.loggerflow.parsers.RowReader;
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
import java.util.OptionalLong;

/**
 * Loads one parsed file in one transaction: registers its source and sensors, writes its readings with
 * COPY — or merges them when the file overlaps stored readings — and records the file as loaded. Nothing
 * of the file is stored unless all of it is.
 */
final class FileLoader {
    private static final long WEEK_SECONDS = 7 * 86_400L;

    private final DataSource dataSource;
    private final boolean directCompressCopy;

    /** What became of the file. */
    sealed interface Result permits Loaded, AlreadyLoaded {
    }

    /** @param source the source's label for logs and metrics, {@code logger[/table]} */
    record Loaded(long fileId, String source, MergeCounts counts, long loadMs) implements Result {
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
                try (RowReader reader = parsed.open()) {
                    sourceId = SourceRegistry.upsertSource(connection, request.site(), reader.identity(),
                            parsed.format().name());
                    source = reader.identity().logger()
                            + (reader.identity().table().isEmpty() ? "" : "/" + reader.identity().table());
                    // Files of a source whose ranges could overlap load one at a time: the overlap check and
                    // the COPY or merge must not race.
                    lockWeeks(connection, sourceId, parsed);
                    int[] sensorIds = SourceRegistry.upsertSensors(connection, sourceId, reader.channels());
                    fileId = FilesTable.insert(connection, FileRow.loading(request, file, fingerprint,
                            parsed.format().name(), sourceId, startedAt));
                    boolean skipBadRows = request.folder().skipBadRows();
                    counts = overlaps(connection, sensorIds, parsed)
                            ? merge(connection, reader, sensorIds, fileId, parsed, skipBadRows)
                            : copy(connection, reader, sensorIds, fileId, parsed, skipBadRows);
                }
                long loadMs = (System.nanoTime() - loadStart) / 1_000_000;
                FilesTable.finishLoaded(connection, fileId, parsed, counts, parseMs, loadMs);
                if (counts.inserted() + counts.updated() > 0) {
                    SourceRegistry.bumpDataVersion(connection, sourceId);
                }
                connection.commit();
                return new Loaded(fileId, source, counts, loadMs);
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

    private static void lock(Connection connection, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/lock.sql"))) {
            statement.setString(1, key);
            statement.execute();
        }
    }

    private static void lockWeeks(Connection connection, int sourceId, ParsedFile parsed) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/lock_weeks.sql"))) {
            statement.setInt(1, sourceId);
            statement.setLong(2, Math.floorDiv(parsed.first().getEpochSecond(), WEEK_SECONDS));
            statement.setLong(3, Math.floorDiv(parsed.last().getEpochSecond(), WEEK_SECONDS));
            statement.execute();
        }
    }

    private static boolean overlaps(Connection connection, int[] sensorIds, ParsedFile parsed) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/overlaps.sql"))) {
            statement.setArray(1, connection.createArrayOf("integer", box(sensorIds)));
            statement.setTimestamp(2, Timestamp.from(parsed.first()));
            statement.setTimestamp(3, Timestamp.from(parsed.last()));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private MergeCounts copy(Connection connection, RowReader reader, int[] sensorIds, long fileId, ParsedFile parsed,
                             boolean skipBadRows) throws SQLException, IOException {
        if (directCompressCopy) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(Sql.load("load/direct_compress_copy.sql"));
            }
        }
        ReadingsCopy.Result written = ReadingsCopy.copy(connection, "readings", reader, sensorIds, fileId, parsed,
                skipBadRows);
        return new MergeCounts(written.readings(), written.readings(), 0, written.skippedRows(), written.firstSkipped());
    }

    /** The file touches stored readings: stage it, then update changed values and insert new ones. */
    private static MergeCounts merge(Connection connection, RowReader reader, int[] sensorIds, long fileId,
                                     ParsedFile parsed, boolean skipBadRows) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(Sql.load("load/create_staging.sql"));
        }
        ReadingsCopy.Result staged = ReadingsCopy.copy(connection, "readings_staging", reader, sensorIds, fileId,
                parsed, skipBadRows);
        long updated = executeInRange(connection, "load/merge_update.sql", parsed);
        long inserted = executeInRange(connection, "load/merge_insert.sql", parsed);
        return new MergeCounts(staged.readings(), inserted, updated, staged.skippedRows(), staged.firstSkipped());
    }

    private static long executeInRange(Connection connection, String sql, ParsedFile parsed) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load(sql))) {
            statement.setTimestamp(1, Timestamp.from(parsed.first()));
            statement.setTimestamp(2, Timestamp.from(parsed.last()));
            return statement.executeLargeUpdate();
        }
    }

    private static Integer[] box(int[] values) {
        Integer[] boxed = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
