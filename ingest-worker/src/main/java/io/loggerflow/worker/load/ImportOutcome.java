package io.loggerflow.worker.load;

import java.nio.file.Path;

/**
 * What became of one file.
 *
 * @param fileId   its row in {@code files}
 * @param readings values loaded (0 for a duplicate or a failure)
 * @param reason   why it failed, or null
 * @param movedTo  where an inbox file now is (archive/ or failed/), or null
 */
public record ImportOutcome(Path path, long fileId, FileStatus status, long readings, String reason, Path movedTo) {
}
