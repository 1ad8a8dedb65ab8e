package io.loggerflow.worker.load;

import io.loggerflow.parsers.FormatRegistry;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.worker.db.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Imports one file: fingerprint, duplicate check, parse, then one transaction that registers the source
 * and its sensors, writes the readings with COPY (or merges them when the file overlaps readings already
 * stored) and records the file as loaded. Input errors are recorded as failed and, for inbox files,
 * quarantined; database errors are thrown so the job is retried.
 */
public final class ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final DataSource dataSource;
    private final FormatRegistry formats;
    private final InboxFiles inboxFiles;
    private final boolean directCompressCopy;

    /**
     * @param directCompressCopy whether a non-overlapping file's COPY may write compressed TimescaleDB
     *                           batches directly (see {@link io.loggerflow.worker.db.Schema#directCompressCopy})
     */
    public ImportService(DataSource dataSource, FormatRegistry formats, InboxFiles inboxFiles,
                         boolean directCompressCopy) {
        this.dataSource = dataSource;
        this.formats = formats;
        this.inboxFiles = inboxFiles;
        this.directCompressCopy = directCompressCopy;
    }

    /**
     * @throws SQLException when the database fails (transient: the caller retries); input errors never throw
     */
    public ImportOutcome importFile(ImportRequest request) throws SQLException, IOException {
        Instant startedAt = Instant.now();
        Path path = request.path();
        Fingerprint fingerprint;
        try {
            fingerprint = Fingerprint.of(path);
        } catch (NoSuchFileException e) {
            // Already handled elsewhere (another node moved it) or removed by the user: nothing to record.
            return new ImportOutcome(path, 0, FileStatus.FAILED, 0, "file not found: " + path, null);
        }
        OptionalLong loaded;
        try (Connection connection = dataSource.getConnection()) {
            loaded = FilesTable.findLoaded(connection, fingerprint.sha256());
        }
        if (loaded.isPresent()) {
            return duplicate(request, fingerprint, loaded.getAsLong(), startedAt);
        }
        ParsedFile parsed;
        long parseStart = System.nanoTime();
        try {
            parsed = ParsedFile.scan(path, format(request), new ParseSettings(request.timeZone()));
        } catch (InputFormatException e) {
            return failed(request, fingerprint, null, e.getMessage(), startedAt);
        }
        long parseMs = (System.nanoTime() - parseStart) / 1_000_000;
        try {
            return load(request, fingerprint, parsed, startedAt, parseMs);
        } catch (InputFormatException e) {
            return failed(request, fingerprint, parsed.format().name(), e.getMessage(), startedAt);
        }
    }

    private LoggerFormat format(ImportRequest request) throws IOException {
        if (request.format().isPresent()) {
            return formats.require(request.format().get());
        }
        return formats.detect(InputSource.of(request.path()));
    }

    private ImportOutcome load(ImportRequest request, Fingerprint fingerprint, ParsedFile parsed, Instant startedAt,
                               long parseMs) throws SQLException, IOException {
        ensurePartitions(parsed);
        long loadStart = System.nanoTime();
        long fileId;
        MergeCounts counts;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                lock(connection, "sha256:" + fingerprint.sha256());
                OptionalLong loaded = FilesTable.findLoaded(connection, fingerprint.sha256());
                if (loaded.isPresent()) { // another worker loaded the same content meanwhile
                    connection.rollback();
                    return duplicate(request, fingerprint, loaded.getAsLong(), startedAt);
                }
                try (RowReader reader = parsed.open()) {
                    int sourceId = SourceRegistry.upsertSource(connection, request.site(), reader.identity(),
                            parsed.format().name());
                    // One file of a source at a time: the overlap check and the merge must not race.
                    lock(connection, "source:" + sourceId);
                    int[] sensorIds = SourceRegistry.upsertSensors(connection, sourceId, reader.channels());
                    fileId = FilesTable.insert(connection, request.path(), fingerprint, FileStatus.LOADING, null,
                            parsed.format().name(), sourceId, null, request.jobId(), startedAt);
                    counts = overlaps(connection, sensorIds, parsed)
                            ? merge(connection, reader, sensorIds, fileId, parsed)
                            : copy(connection, reader, sensorIds, fileId);
                }
                long loadMs = (System.nanoTime() - loadStart) / 1_000_000;
                FilesTable.finishLoaded(connection, fileId, parsed, counts, parseMs, loadMs);
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
        LOG.info("Loaded {}: {} rows, {} readings ({} new, {} changed), {} .. {}", request.path().getFileName(),
                parsed.rows(), counts.readings(), counts.inserted(), counts.updated(), parsed.first(), parsed.last());
        Path movedTo = request.fromInbox() ? archive(request, fileId) : null;
        return new ImportOutcome(request.path(), fileId, FileStatus.LOADED, counts.readings(), null, movedTo);
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

    private MergeCounts copy(Connection connection, RowReader reader, int[] sensorIds, long fileId)
            throws SQLException, IOException {
        if (directCompressCopy) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(Sql.load("load/direct_compress_copy.sql"));
            }
        }
        long written = ReadingsCopy.copy(connection, "readings", reader, sensorIds, fileId);
        return new MergeCounts(written, written, 0);
    }

    /** The file touches stored readings: stage it, then update changed values and insert new ones. */
    private static MergeCounts merge(Connection connection, RowReader reader, int[] sensorIds, long fileId,
                                     ParsedFile parsed) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(Sql.load("load/create_staging.sql"));
        }
        long staged = ReadingsCopy.copy(connection, "readings_staging", reader, sensorIds, fileId);
        long updated = executeInRange(connection, "load/merge_update.sql", parsed);
        long inserted = executeInRange(connection, "load/merge_insert.sql", parsed);
        return new MergeCounts(staged, inserted, updated);
    }

    private static long executeInRange(Connection connection, String sql, ParsedFile parsed) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load(sql))) {
            statement.setTimestamp(1, Timestamp.from(parsed.first()));
            statement.setTimestamp(2, Timestamp.from(parsed.last()));
            return statement.executeLargeUpdate();
        }
    }

    private ImportOutcome duplicate(ImportRequest request, Fingerprint fingerprint, long loadedId, Instant startedAt)
            throws SQLException, IOException {
        long fileId;
        try (Connection connection = dataSource.getConnection()) {
            fileId = FilesTable.insert(connection, request.path(), fingerprint, FileStatus.DUPLICATE,
                    "same content as file " + loadedId, null, null, loadedId, request.jobId(), startedAt);
        }
        LOG.info("{} is a duplicate of file {}: nothing to load", request.path().getFileName(), loadedId);
        Path movedTo = request.fromInbox() ? archive(request, fileId) : null;
        return new ImportOutcome(request.path(), fileId, FileStatus.DUPLICATE, 0, "same content as file " + loadedId,
                movedTo);
    }

    private ImportOutcome failed(ImportRequest request, Fingerprint fingerprint, String format, String reason,
                                 Instant startedAt) throws SQLException, IOException {
        long fileId;
        try (Connection connection = dataSource.getConnection()) {
            fileId = FilesTable.insert(connection, request.path(), fingerprint, FileStatus.FAILED, reason, format,
                    null, null, request.jobId(), startedAt);
        }
        LOG.warn("Failed {}: {}", request.path(), reason);
        Path movedTo = request.fromInbox() ? inboxFiles.quarantine(request.path(), reason) : null;
        return new ImportOutcome(request.path(), fileId, FileStatus.FAILED, 0, reason, movedTo);
    }

    private Path archive(ImportRequest request, long fileId) throws IOException, SQLException {
        Path archived = inboxFiles.archive(request.path(), request.site());
        try (Connection connection = dataSource.getConnection()) {
            FilesTable.setArchivedPath(connection, fileId, archived);
        }
        return archived;
    }

    private static Integer[] box(int[] values) {
        Integer[] boxed = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
