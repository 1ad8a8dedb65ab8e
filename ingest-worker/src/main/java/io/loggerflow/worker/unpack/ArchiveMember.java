package io.loggerflow.worker.unpack;

import java.nio.file.Path;

/**
 * One file extracted from an archive.
 *
 * @param file      where it was extracted (inside the work folder)
 * @param entryPath its path inside the archive, nested archives joined with {@code !/}
 */
public record ArchiveMember(Path file, String entryPath) {
}
