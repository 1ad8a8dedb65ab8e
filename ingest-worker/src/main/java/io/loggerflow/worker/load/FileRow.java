package io.loggerflow.worker.load;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A new row of {@code files}: what is known of a file when it is first recorded. Made by the factories,
 * one per way a file is recorded, so no caller lines up positional nulls.
 *
 * @param format      the format's name, an archive's kind, or null when not known
 * @param sourceId    the source its readings belong to, once known
 * @param duplicateOf the loaded file with the same content, for a duplicate
 */
record FileRow(FileRef file, Fingerprint fingerprint, FileStatus status, String reason, String format,
               Integer sourceId, Long duplicateOf, Optional<UUID> jobId, String site, Instant startedAt) {

    /** An archive being unpacked, or a file of several tables being read; its members or tables get rows of their own. */
    static FileRow archive(ImportRequest request, FileRef archive, Fingerprint fingerprint, String kind,
                           Instant startedAt) {
        return new FileRow(archive, fingerprint, FileStatus.LOADING, null, kind, null, null, request.jobId(),
                request.site(), startedAt);
    }

    /** A file whose readings are being written, in the transaction that writes them. */
    static FileRow loading(ImportRequest request, FileRef file, Fingerprint fingerprint, String format, int sourceId,
                           Instant startedAt) {
        return new FileRow(file, fingerprint, FileStatus.LOADING, null, format, sourceId, null, request.jobId(),
                request.site(), startedAt);
    }

    static FileRow duplicate(ImportRequest request, FileRef file, Fingerprint fingerprint, long loadedId,
                             Instant startedAt) {
        return new FileRow(file, fingerprint, FileStatus.DUPLICATE, "same content as file " + loadedId, null, null,
                loadedId, request.jobId(), request.site(), startedAt);
    }

    /** @param format the format, when the file was recognised before it failed; else null */
    static FileRow failed(ImportRequest request, FileRef file, Fingerprint fingerprint, String format, String reason,
                          Instant startedAt) {
        return new FileRow(file, fingerprint, FileStatus.FAILED, reason, format, null, null, request.jobId(),
                request.site(), startedAt);
    }
}
