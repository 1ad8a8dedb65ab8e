package io.loggerflow.worker.load;

import java.nio.file.Path;

/**
 * What became of one file.
 *
 * @param fileId      its row in {@code files}
 * @param readings    values loaded (0 for a duplicate or a failure)
 * @param reason      why it failed, or null
 * @param movedTo     where an inbox file now is (archive/ or failed/), or null
 * @param skippedRows rows left out of a loaded file (of its members, for an archive)
 * @param rejected    the account of the rows left out, as written to {@code <name>.rejected.txt}; null when none
 */
public record ImportOutcome(Path path, long fileId, FileStatus status, long readings, String reason, Path movedTo,
                            long skippedRows, String rejected) {

    public ImportOutcome(Path path, long fileId, FileStatus status, long readings, String reason, Path movedTo) {
        this(path, fileId, status, readings, reason, movedTo, 0, null);
    }

    ImportOutcome movedTo(Path moved) {
        return new ImportOutcome(path, fileId, status, readings, reason, moved, skippedRows, rejected);
    }
}
