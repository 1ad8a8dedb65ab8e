package io.loggerflow.worker.load;

import io.loggerflow.parsers.FormatRegistry;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.worker.db.Sql;
import io.loggerflow.worker.metrics.ImportMetrics;
import io.loggerflow.worker.unpack.ArchiveFormat;
import io.loggerflow.worker.unpack.ArchiveMember;
import io.loggerflow.worker.unpack.Unpacker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Imports one input file: fingerprint, duplicate check, then either its rows (one transaction that
 * registers the source and sensors, writes readings with COPY — or merges them when the file overlaps
 * stored readings — and records the file as loaded) or, for an archive, each member the same way.
 * Input errors are recorded as failed and, for inbox files, quarantined; database and work-folder
 * errors are thrown so the job is retried.
 */
public final class ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final DataSource dataSource;
    private final FormatRegistry formats;
    private final InboxFiles inboxFiles;
    private final Unpacker unpacker;
    private final Path workDir;
    private final boolean directCompressCopy;
    private final ImportMetrics metrics;

    /**
     * @param workDir            where archives are unpacked (a fresh sub-folder per archive, removed after)
     * @param directCompressCopy whether a non-overlapping file's COPY may write compressed TimescaleDB
     *                           batches directly (see {@link io.loggerflow.worker.db.Schema#directCompressCopy})
     */
    public ImportService(DataSource dataSource, FormatRegistry formats, InboxFiles inboxFiles, Unpacker unpacker,
                         Path workDir, boolean directCompressCopy, ImportMetrics metrics) {
        this.metrics = metrics;
        this.dataSource = dataSource;
        this.formats = formats;
        this.inboxFiles = inboxFiles;
        this.unpacker = unpacker;
        this.workDir = workDir;
        this.directCompressCopy = directCompressCopy;
    }

    /**
     * @throws SQLException when the database fails, IOException when the work folder cannot be written
     *                      (transient: the caller retries); input errors never throw
     */
    public ImportOutcome importFile(ImportRequest request) throws SQLException, IOException {
        Instant startedAt = Instant.now();
        Path path = request.path();
        FileRef file = FileRef.of(path);
        Fingerprint fingerprint;
        Optional<String> archiveKind;
        try {
            fingerprint = Fingerprint.of(path);
            archiveKind = ArchiveFormat.detect(path);
        } catch (NoSuchFileException e) {
            // Already handled elsewhere (another node moved it) or removed by the user: nothing to record.
            return new ImportOutcome(path, 0, FileStatus.FAILED, 0, "file not found: " + path, null);
        }
        OptionalLong loaded = findLoaded(fingerprint);
        ImportOutcome outcome;
        if (loaded.isPresent()) {
            outcome = duplicate(request, file, fingerprint, loaded.getAsLong(), startedAt);
        } else if (archiveKind.isPresent()) {
            outcome = importArchive(request, fingerprint, archiveKind.get(), startedAt);
        } else {
            outcome = importRows(request, file, fingerprint, startedAt);
        }
        return request.fromInbox() ? moveOut(request, outcome) : outcome;
    }

    private OptionalLong findLoaded(Fingerprint fingerprint) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return FilesTable.findLoaded(connection, fingerprint.sha256());
        }
    }

    /** Unpacks, then imports each member as a file of its own (its own transaction, its own files row). */
    private ImportOutcome importArchive(ImportRequest request, Fingerprint fingerprint, String kind, Instant startedAt)
            throws SQLException, IOException {
        FileRef archive = FileRef.of(request.path());
        long archiveId;
        try (Connection connection = dataSource.getConnection()) {
            archiveId = FilesTable.insert(connection, archive, fingerprint, FileStatus.LOADING, null, kind, null, null,
                    request, startedAt);
        }
        Path target = workDir.resolve("unpack-" + UUID.randomUUID());
        try {
            List<ArchiveMember> members;
            try {
                members = unpacker.unpack(request.path(), kind, target,
                        request.archivePassword().map(String::toCharArray));
            } catch (InputFormatException e) {
                finishArchive(archiveId, FileStatus.FAILED, e.getMessage(), 0);
                metrics.file(FileStatus.FAILED.dbValue(), kind, request.site(), null);
                LOG.warn("Refused {}: {}", request.path(), e.getMessage());
                return new ImportOutcome(request.path(), archiveId, FileStatus.FAILED, 0, e.getMessage(), null);
            }
            List<String> failures = new ArrayList<>();
            long readings = 0;
            try {
                for (ArchiveMember member : members) {
                    FileRef ref = FileRef.member(member.file(), request.path(), member.entryPath(), archiveId);
                    ImportOutcome outcome = importMember(request, ref, startedAt);
                    readings += outcome.readings();
                    if (outcome.status() == FileStatus.FAILED) {
                        failures.add(outcome.reason());
                    }
                }
            } catch (SQLException | IOException | RuntimeException e) {
                markInterrupted(archiveId, e); // the job is retried; members already loaded become duplicates
                throw e;
            }
            if (members.isEmpty()) {
                failures.add(archive.displayName() + ": the archive contains no files");
            }
            FileStatus status = failures.isEmpty() ? FileStatus.LOADED : FileStatus.FAILED;
            String reason = failures.isEmpty() ? null
                    : failures.size() + " of " + Math.max(members.size(), 1) + " members failed: " + String.join("; ", failures);
            finishArchive(archiveId, status, reason, members.size());
            LOG.info("{} {}: {} members, {} readings{}", status == FileStatus.LOADED ? "Loaded archive" : "Failed archive",
                    request.path().getFileName(), members.size(), readings, reason == null ? "" : " (" + reason + ")");
            return new ImportOutcome(request.path(), archiveId, status, readings, reason, null);
        } finally {
            deleteWorkFolder(target); // only extracted copies live here; the archive itself is never touched
        }
    }

    private void markInterrupted(long archiveId, Exception cause) {
        try {
            finishArchive(archiveId, FileStatus.FAILED, "interrupted (" + cause.getMessage() + "); the job is retried", 0);
        } catch (SQLException e) {
            LOG.warn("Could not mark archive row {} as interrupted: {}", archiveId, e.getMessage());
        }
    }

    private ImportOutcome importMember(ImportRequest request, FileRef member, Instant startedAt)
            throws SQLException, IOException {
        Fingerprint fingerprint = Fingerprint.of(member.readFrom());
        OptionalLong loaded = findLoaded(fingerprint);
        if (loaded.isPresent()) {
            return duplicate(request, member, fingerprint, loaded.getAsLong(), startedAt);
        }
        return importRows(request, member, fingerprint, startedAt);
    }

    private void finishArchive(long archiveId, FileStatus status, String reason, int members) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            FilesTable.finishArchive(connection, archiveId, status, reason, members);
        }
    }

    private ImportOutcome importRows(ImportRequest request, FileRef file, Fingerprint fingerprint, Instant startedAt)
            throws SQLException, IOException {
        ParsedFile parsed;
        long parseStart = System.nanoTime();
        try {
            parsed = ParsedFile.scan(file.source(), format(request, file), request.parseSettings());
        } catch (InputFormatException e) {
            return failed(request, file, fingerprint, null, e.getMessage(), startedAt);
        } catch (RuntimeException e) {
            // A reader that fails in an unforeseen way, or a bad format option, fails the same way on every
            // retry: record and quarantine it rather than retry it forever.
            return failed(request, file, fingerprint, null, unexpected(file, e), startedAt);
        }
        long parseMs = (System.nanoTime() - parseStart) / 1_000_000;
        try {
            return load(request, file, fingerprint, parsed, startedAt, parseMs);
        } catch (InputFormatException e) {
            return failed(request, file, fingerprint, parsed.format().name(), e.getMessage(), startedAt);
        } catch (SQLException e) {
            if (!isDataError(e)) {
                throw e; // connection lost, database down...: transient, the job is retried
            }
            return failed(request, file, fingerprint, parsed.format().name(), file.displayName()
                    + ": the database refused its content (SQLSTATE " + e.getSQLState() + "): " + e.getMessage(), startedAt);
        } catch (RuntimeException e) {
            return failed(request, file, fingerprint, parsed.format().name(), unexpected(file, e), startedAt);
        }
    }

    /**
     * SQLSTATE classes 22 (data exception: e.g. a NUL byte in a sensor name, a value out of range) and 54
     * (program limit exceeded) come from the file's content: retrying cannot help.
     */
    private static boolean isDataError(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("22") || state.startsWith("54"));
    }

    private static String unexpected(FileRef file, RuntimeException e) {
        return file.displayName() + ": unreadable (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
    }

    /**
     * Records and (for an inbox file) quarantines a file that cannot even be assigned its folder settings,
     * e.g. an inbox sub-folder whose name is not a valid site name.
     */
    public ImportOutcome refuse(Path path, boolean fromInbox, Optional<UUID> jobId, String site, String reason)
            throws SQLException, IOException {
        ImportRequest request = new ImportRequest(path, false, site, Optional.empty(), java.time.ZoneOffset.UTC, jobId);
        Fingerprint fingerprint;
        try {
            fingerprint = Fingerprint.of(path);
        } catch (NoSuchFileException e) {
            return new ImportOutcome(path, 0, FileStatus.FAILED, 0, "file not found: " + path, null);
        }
        ImportOutcome outcome = failed(request, FileRef.of(path), fingerprint, null, path.getFileName() + ": " + reason,
                Instant.now());
        return fromInbox ? moveOut(new ImportRequest(path, true, request.folder(), jobId), outcome) : outcome;
    }

    private LoggerFormat format(ImportRequest request, FileRef file) throws IOException {
        if (request.format().isPresent()) {
            return formats.require(request.format().get());
        }
        return formats.detect(file.source());
    }

    private ImportOutcome load(ImportRequest request, FileRef file, Fingerprint fingerprint, ParsedFile parsed,
                               Instant startedAt, long parseMs) throws SQLException, IOException {
        ensurePartitions(parsed);
        long loadStart = System.nanoTime();
        long fileId;
        MergeCounts counts;
        String source;
        int sourceId;
        long loadMs;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                lock(connection, "sha256:" + fingerprint.sha256());
                OptionalLong loaded = FilesTable.findLoaded(connection, fingerprint.sha256());
                if (loaded.isPresent()) { // another worker loaded the same content meanwhile
                    connection.rollback();
                    return duplicate(request, file, fingerprint, loaded.getAsLong(), startedAt);
                }
                try (RowReader reader = parsed.open()) {
                    sourceId = SourceRegistry.upsertSource(connection, request.site(), reader.identity(),
                            parsed.format().name());
                    source = reader.identity().logger()
                            + (reader.identity().table().isEmpty() ? "" : "/" + reader.identity().table());
                    // Files of a source whose ranges could overlap load one at a time: the overlap check and
                    // the COPY or merge must not race.
                    lockWeeks(connection, sourceId, parsed);
                    int[] sensorIds = SourceRegistry.upsertSensors(connection, sourceId, reader.channels());
                    fileId = FilesTable.insert(connection, file, fingerprint, FileStatus.LOADING, null,
                            parsed.format().name(), sourceId, null, request, startedAt);
                    boolean skipBadRows = request.folder().skipBadRows();
                    counts = overlaps(connection, sensorIds, parsed)
                            ? merge(connection, reader, sensorIds, fileId, parsed, skipBadRows)
                            : copy(connection, reader, sensorIds, fileId, parsed, skipBadRows);
                }
                loadMs = (System.nanoTime() - loadStart) / 1_000_000;
                FilesTable.finishLoaded(connection, fileId, parsed, counts, parseMs, loadMs);
                if (counts.inserted() + counts.updated() > 0) {
                    SourceRegistry.bumpDataVersion(connection, sourceId);
                }
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
        metrics.file(FileStatus.LOADED.dbValue(), parsed.format().name(), request.site(), source);
        metrics.loaded(parsed.format().name(), request.site(), source, counts.inserted() + counts.updated(),
                fingerprint.size(), parseMs, loadMs);
        LOG.info("Loaded {}: {} rows, {} readings ({} new, {} changed), {} .. {}", file.displayName(),
                parsed.rows(), counts.readings(), counts.inserted(), counts.updated(), parsed.first(), parsed.last());
        return new ImportOutcome(request.path(), fileId, FileStatus.LOADED, counts.readings(), null, null);
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

    private static final long WEEK_SECONDS = 7 * 86_400L;

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

    private ImportOutcome duplicate(ImportRequest request, FileRef file, Fingerprint fingerprint, long loadedId,
                                    Instant startedAt) throws SQLException {
        long fileId;
        String reason = "same content as file " + loadedId;
        try (Connection connection = dataSource.getConnection()) {
            fileId = FilesTable.insert(connection, file, fingerprint, FileStatus.DUPLICATE, reason, null, null,
                    loadedId, request, startedAt);
        }
        metrics.file(FileStatus.DUPLICATE.dbValue(), null, request.site(), null);
        LOG.info("{} is a duplicate of file {}: nothing to load", file.displayName(), loadedId);
        return new ImportOutcome(request.path(), fileId, FileStatus.DUPLICATE, 0, reason, null);
    }

    private ImportOutcome failed(ImportRequest request, FileRef file, Fingerprint fingerprint, String format,
                                 String reason, Instant startedAt) throws SQLException {
        long fileId;
        try (Connection connection = dataSource.getConnection()) {
            fileId = FilesTable.insert(connection, file, fingerprint, FileStatus.FAILED, reason, format, null, null,
                    request, startedAt);
        }
        metrics.file(FileStatus.FAILED.dbValue(), format, request.site(), null);
        LOG.warn("Failed {}: {}", file.recordedPath(), reason);
        return new ImportOutcome(request.path(), fileId, FileStatus.FAILED, 0, reason, null);
    }

    /** An inbox file leaves the inbox: loaded and duplicates to archive/, failures to failed/ with the reason. */
    private ImportOutcome moveOut(ImportRequest request, ImportOutcome outcome) throws IOException, SQLException {
        if (outcome.fileId() == 0) {
            return outcome; // nothing recorded (file vanished): nothing to move
        }
        Path moved = outcome.status() == FileStatus.FAILED
                ? inboxFiles.quarantine(request.path(), outcome.reason())
                : inboxFiles.archive(request.path(), request.site());
        try (Connection connection = dataSource.getConnection()) {
            FilesTable.setArchivedPath(connection, outcome.fileId(), moved);
        }
        return new ImportOutcome(outcome.path(), outcome.fileId(), outcome.status(), outcome.readings(),
                outcome.reason(), moved);
    }

    private static void deleteWorkFolder(Path folder) {
        try {
            WorkFolder.delete(folder);
        } catch (IOException e) {
            LOG.warn("Could not clean the work folder {}: {}", folder, e.getMessage());
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
