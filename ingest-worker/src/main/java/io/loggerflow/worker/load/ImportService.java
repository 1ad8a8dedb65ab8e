package io.loggerflow.worker.load;

import io.loggerflow.parsers.FormatRegistry;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.worker.config.ConvertCommand;
import io.loggerflow.worker.convert.Converter;
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
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Imports one input file: fingerprint, duplicate check, then either its rows (parsed, then loaded in one
 * transaction by {@link FileLoader}) or, for an archive, each member the same way, or, for a raw file of an
 * extension the folder converts, each file the converter wrote. Input errors are
 * recorded as failed ({@link FileRecords}) and, for inbox files, quarantined; database and work-folder
 * errors are thrown so the job is retried.
 */
public final class ImportService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
    /** The {@code files.format} of a raw file whose converter output was imported in its place. */
    static final String CONVERTED = "converted";

    private final FileRecords records;
    private final FileLoader loader;
    private final SourceSteps sourceSteps;
    private final FormatRegistry formats;
    /** Detection for a folder with {@code sniff = false}: every format but those that sniff a layout. */
    private final FormatRegistry withoutSniffing;
    private final InboxFiles inboxFiles;
    private final Unpacker unpacker;
    private final Converter converter = new Converter();
    private final Path workDir;
    private final ImportMetrics metrics;

    /**
     * @param workDir            where archives are unpacked (a fresh sub-folder per archive, removed after)
     * @param directCompressCopy whether a non-overlapping file's COPY may write compressed TimescaleDB
     *                           batches directly (see {@link io.loggerflow.worker.db.Schema#directCompressCopy})
     */
    public ImportService(DataSource dataSource, FormatRegistry formats, InboxFiles inboxFiles, Unpacker unpacker,
                         Path workDir, boolean directCompressCopy, ImportMetrics metrics) {
        this.metrics = metrics;
        this.records = new FileRecords(dataSource);
        this.loader = new FileLoader(dataSource, directCompressCopy);
        this.sourceSteps = new SourceSteps(dataSource);
        this.formats = formats;
        this.withoutSniffing = new FormatRegistry(formats.formats().stream()
                .filter(f -> f.detectionRank() != LoggerFormat.DetectionRank.SNIFFED).toList());
        this.inboxFiles = inboxFiles;
        this.unpacker = unpacker;
        this.workDir = workDir;
    }

    /**
     * Waits until the chunks that merges left partly uncompressed are compressed again (TimescaleDB; at once
     * elsewhere): a merge's job ends at its commit, the recompression follows on a thread of its own.
     *
     * @return false when the timeout passed first
     */
    public boolean awaitRecompressions(java.time.Duration timeout) throws InterruptedException {
        return loader.awaitRecompressions(timeout);
    }

    /** Runs the recompressions still pending (stop the import workers first). */
    @Override
    public void close() {
        loader.close();
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
        ImportOutcome outcome;
        if (archiveKind.isPresent()) {
            outcome = importArchive(request, fingerprint, archiveKind.get(), startedAt);
        } else if (request.folder().conversions().commandFor(path).isPresent()) {
            outcome = importConverted(request, fingerprint, request.folder().conversions().commandFor(path).get(),
                    startedAt);
        } else {
            OptionalLong loaded = records.findLoaded(fingerprint);
            outcome = loaded.isPresent()
                    ? duplicate(request, file, fingerprint, loaded.getAsLong(), startedAt)
                    : importRows(request, file, fingerprint, startedAt);
        }
        return request.fromInbox() ? moveOut(request, outcome) : outcome;
    }

    /**
     * A duplicate unless its content is new; then unpacked, and each member imported as a file of its own (its
     * own transaction, its own files row).
     */
    private ImportOutcome importArchive(ImportRequest request, Fingerprint fingerprint, String kind, Instant startedAt)
            throws SQLException, IOException {
        FileRef archive = FileRef.of(request.path());
        FilesTable.Opened opened = records.insertUnlessLoaded(FileRow.archive(request, archive, fingerprint, kind,
                startedAt));
        if (opened.loadedId().isPresent()) {
            return duplicate(request, archive, fingerprint, opened.loadedId().getAsLong(), startedAt);
        }
        long archiveId = opened.insertedId();
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
            List<FileRef> refs = members.stream().map(member ->
                    FileRef.member(member.file(), request.path(), member.entryPath(), archiveId)).toList();
            return importParts(request, archiveId, refs, "archive", "members", startedAt);
        } finally {
            deleteWorkFolder(target); // only extracted copies live here; the archive itself is never touched
        }
    }

    /**
     * Imports the parts of a container row (an archive's members, a raw file's converted output), each as a file of
     * its own, and finishes the container's row with their outcome.
     */
    private ImportOutcome importParts(ImportRequest request, long containerId, List<FileRef> parts, String container,
                                      String partsName, Instant startedAt) throws SQLException, IOException {
        PartOutcomes outcomes = new PartOutcomes();
        try {
            for (FileRef part : parts) {
                outcomes.add(importMember(request, part, startedAt));
            }
        } catch (SQLException | IOException | RuntimeException e) {
            markInterrupted(containerId, e); // the job is retried; parts already loaded become duplicates
            throw e;
        }
        if (parts.isEmpty()) {
            outcomes.fail(FileRef.of(request.path()).displayName() + ": the " + container + " contains no files");
        }
        FileStatus status = outcomes.status();
        String reason = outcomes.reason(Math.max(parts.size(), 1), partsName);
        finishArchive(containerId, status, reason, parts.size());
        LOG.info("{} {} {}: {} {}, {} readings, {} rows left out{}", status == FileStatus.LOADED ? "Loaded" : "Failed",
                container, request.path().getFileName(), parts.size(), partsName, outcomes.readings(),
                outcomes.skippedRows(), reason == null ? "" : " (" + reason + ")");
        return outcomes.outcome(request.path(), containerId, reason);
    }

    /**
     * Runs the folder's converter on a raw file, then imports each file it wrote as a part of the raw file's row;
     * a failed run fails the raw file with the converter's exit code and the end of its standard error.
     */
    private ImportOutcome importConverted(ImportRequest request, Fingerprint fingerprint, ConvertCommand command,
                                          Instant startedAt) throws SQLException, IOException {
        long rawId = records.insert(FileRow.archive(request, FileRef.of(request.path()), fingerprint, CONVERTED,
                startedAt));
        Path target = workDir.resolve("convert-" + UUID.randomUUID());
        try {
            List<Path> produced;
            try {
                produced = converter.convert(request.path(), command, target, request.folder().conversions().timeout());
            } catch (InputFormatException e) {
                finishArchive(rawId, FileStatus.FAILED, e.getMessage(), 0);
                metrics.file(FileStatus.FAILED.dbValue(), CONVERTED, request.site(), null);
                LOG.warn("Refused {}: {}", request.path(), e.getMessage());
                return new ImportOutcome(request.path(), rawId, FileStatus.FAILED, 0, e.getMessage(), null);
            }
            Path outDir = target.resolve("out");
            List<FileRef> parts = produced.stream().map(file -> FileRef.member(file, request.path(),
                    outDir.relativize(file).toString().replace('\\', '/'), rawId)).toList();
            return importParts(request, rawId, parts, "converted file", "converted files", startedAt);
        } finally {
            deleteWorkFolder(target); // only the copy and the converter's output live here; the raw file is kept
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
        OptionalLong loaded = records.findLoaded(fingerprint);
        if (loaded.isPresent()) {
            return duplicate(request, member, fingerprint, loaded.getAsLong(), startedAt);
        }
        return importRows(request, member, fingerprint, startedAt);
    }

    private void finishArchive(long archiveId, FileStatus status, String reason, int members) throws SQLException {
        records.finishArchive(archiveId, status, reason, members);
    }

    /** A file of one table is loaded as is; a file of several (see {@link LoggerFormat#tables}) table by table. */
    private ImportOutcome importRows(ImportRequest request, FileRef file, Fingerprint fingerprint, Instant startedAt)
            throws SQLException, IOException {
        LoggerFormat format;
        List<String> tables;
        try {
            format = format(request, file);
            tables = format.tables(file.source(), request.parseSettings());
        } catch (InputFormatException e) {
            return failed(request, file, fingerprint, null, e.getMessage(), startedAt);
        } catch (RuntimeException e) {
            return failed(request, file, fingerprint, null, unexpected(file, e), startedAt);
        }
        if (tables.isEmpty()) {
            return importTable(request, file, fingerprint, format, request.parseSettings(), startedAt);
        }
        return importTables(request, file, fingerprint, format, tables, startedAt);
    }

    /**
     * Each table the way an archive's members are imported: a row of its own under the file's row, keyed by the
     * file's hash and the table ({@link Fingerprint#ofTable}), in a transaction of its own; so a re-sent file is a
     * duplicate and a table already loaded (e.g. through a folder that read only it) is a duplicate on its own.
     */
    private ImportOutcome importTables(ImportRequest request, FileRef file, Fingerprint fingerprint,
                                       LoggerFormat format, List<String> tables, Instant startedAt)
            throws SQLException, IOException {
        Fingerprint whole = fingerprint.ofTables(tables);
        FilesTable.Opened opened = records.insertUnlessLoaded(FileRow.archive(request, file, whole, format.name(),
                startedAt));
        if (opened.loadedId().isPresent()) {
            return duplicate(request, file, whole, opened.loadedId().getAsLong(), startedAt);
        }
        long fileId = opened.insertedId();
        PartOutcomes parts = new PartOutcomes();
        try {
            for (String table : tables) {
                FileRef ref = file.table(table, fileId);
                Fingerprint key = fingerprint.ofTable(table);
                OptionalLong tableLoaded = records.findLoaded(key);
                parts.add(tableLoaded.isPresent()
                        ? duplicate(request, ref, key, tableLoaded.getAsLong(), startedAt)
                        : importTable(request, ref, key, format,
                                request.parseSettings().withOption(LoggerFormat.TABLE_OPTION, table), startedAt));
            }
        } catch (SQLException | IOException | RuntimeException e) {
            markInterrupted(fileId, e); // the job is retried; tables already loaded become duplicates
            throw e;
        }
        FileStatus status = parts.status();
        String reason = parts.reason(tables.size(), "tables");
        finishArchive(fileId, status, reason, tables.size());
        LOG.info("{} {}: {} tables, {} readings, {} rows left out{}",
                status == FileStatus.LOADED ? "Loaded" : "Failed", file.displayName(), tables.size(), parts.readings(),
                parts.skippedRows(), reason == null ? "" : " (" + reason + ")");
        return parts.outcome(request.path(), fileId, reason);
    }

    private ImportOutcome importTable(ImportRequest request, FileRef file, Fingerprint fingerprint,
                                      LoggerFormat format, ParseSettings settings, Instant startedAt)
            throws SQLException, IOException {
        ParsedFile parsed;
        long parseStart = System.nanoTime();
        try {
            parsed = ParsedFile.scan(file.source(), format, settings, request.folder().badRows());
            if (parsed.intervalUnknown()) { // too short to tell: the source's established step, else the table name
                parsed = parsed.withStoredStep(sourceSteps.usualStep(request.site(), parsed.identity()));
            }
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
        return (request.folder().sniff() ? formats : withoutSniffing).detect(file.source());
    }

    private ImportOutcome load(ImportRequest request, FileRef file, Fingerprint fingerprint, ParsedFile parsed,
                               Instant startedAt, long parseMs) throws SQLException, IOException {
        FileLoader.Result result = loader.load(request, file, fingerprint, parsed, parseMs, startedAt);
        if (result instanceof FileLoader.AlreadyLoaded already) { // another worker loaded the same content meanwhile
            return duplicate(request, file, fingerprint, already.loadedId(), startedAt);
        }
        FileLoader.Loaded loaded = (FileLoader.Loaded) result;
        MergeCounts counts = loaded.counts();
        RowAccount account = loaded.account();
        metrics.file(FileStatus.LOADED.dbValue(), parsed.format().name(), request.site(), loaded.source());
        metrics.loaded(parsed.format().name(), request.site(), loaded.source(), counts.inserted() + counts.updated(),
                fingerprint.size(), parseMs, loaded.loadMs());
        account.skippedByKind().forEach((kind, rows) ->
                metrics.skipped(kind.tag(), parsed.format().name(), request.site(), rows));
        String summary = account.summary();
        LOG.info("Loaded {}: {} rows, {} left out, {} readings ({} new, {} changed), {} .. {}{}", file.displayName(),
                parsed.rows(), account.skippedRows(), counts.readings(), counts.inserted(), counts.updated(),
                parsed.first(), parsed.last(), summary == null ? "" : " (" + summary + ")");
        return new ImportOutcome(request.path(), loaded.fileId(), FileStatus.LOADED, counts.readings(), null, null,
                account.skippedRows(), RejectedRows.text(file.displayName(), account));
    }

    private ImportOutcome duplicate(ImportRequest request, FileRef file, Fingerprint fingerprint, long loadedId,
                                    Instant startedAt) throws SQLException {
        FileRow row = FileRow.duplicate(request, file, fingerprint, loadedId, startedAt);
        long fileId = records.insert(row);
        metrics.file(FileStatus.DUPLICATE.dbValue(), null, request.site(), null);
        LOG.info("{} is a duplicate of file {}: nothing to load", file.displayName(), loadedId);
        return new ImportOutcome(request.path(), fileId, FileStatus.DUPLICATE, 0, row.reason(), null);
    }

    private ImportOutcome failed(ImportRequest request, FileRef file, Fingerprint fingerprint, String format,
                                 String reason, Instant startedAt) throws SQLException {
        long fileId = records.insert(FileRow.failed(request, file, fingerprint, format, reason, startedAt));
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
        if (outcome.status() != FileStatus.FAILED && outcome.rejected() != null) {
            inboxFiles.writeRejected(moved, outcome.rejected());
        }
        records.setArchivedPath(outcome.fileId(), moved);
        return outcome.movedTo(moved);
    }

    private static void deleteWorkFolder(Path folder) {
        try {
            WorkFolder.delete(folder);
        } catch (IOException e) {
            LOG.warn("Could not clean the work folder {}: {}", folder, e.getMessage());
        }
    }
}
