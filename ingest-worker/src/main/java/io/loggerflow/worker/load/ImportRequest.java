package io.loggerflow.worker.load;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * One file to import.
 *
 * @param path     the file
 * @param fromInbox true for a file the watcher found: it is moved to archive/ or failed/ afterwards;
 *                 false for {@code import FILE}: the file is read where it is and never moved
 * @param site     the site its source belongs to
 * @param format   an explicit format name, or empty to detect it
 * @param timeZone the logger clock's zone
 * @param jobId    the JobRunr job running it, if any (recorded in {@code files})
 * @param archivePassword the site's archive password, if any (never printed)
 */
public record ImportRequest(Path path, boolean fromInbox, String site, Optional<String> format, ZoneId timeZone,
                            Optional<UUID> jobId, Optional<String> archivePassword) {

    /** A request for a site without an archive password. */
    public ImportRequest(Path path, boolean fromInbox, String site, Optional<String> format, ZoneId timeZone,
                         Optional<UUID> jobId) {
        this(path, fromInbox, site, format, timeZone, jobId, Optional.empty());
    }

    @Override
    public String toString() {
        return "ImportRequest[path=" + path + ", fromInbox=" + fromInbox + ", site=" + site + ", format=" + format
                + ", timeZone=" + timeZone + ", jobId=" + jobId + "]";
    }
}
