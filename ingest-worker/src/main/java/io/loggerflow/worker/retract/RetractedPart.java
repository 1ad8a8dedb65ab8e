package io.loggerflow.worker.retract;

import java.time.Instant;
import java.util.List;

/**
 * What retracting one loaded file, archive member or table does (or, in a dry run, would do).
 *
 * @param fileId      its row in {@code files}
 * @param topId       the top-level file it came with (itself for a plain file)
 * @param source      {@code site/logger[/table]}
 * @param removed     readings still this file's: removed
 * @param overwritten readings it wrote that a later file has changed since: kept, they are the later file's
 * @param laterFiles  loaded files of the same source after it whose range overlaps its range
 */
public record RetractedPart(long fileId, long topId, String path, int sourceId, String source, Instant first,
                            Instant last, long removed, long overwritten, List<Long> laterFiles) {
}
