package io.loggerflow.worker.load;

import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.worker.config.FolderSettings;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * One file to import.
 *
 * @param path      the file
 * @param fromInbox true for a file the watcher found: it is moved to archive/ or failed/ afterwards;
 *                  false for {@code import FILE}: the file is read where it is and never moved
 * @param folder    how to read it: site, format, time zone, archive password, format options
 * @param jobId     the JobRunr job running it, if any (recorded in {@code files})
 */
public record ImportRequest(Path path, boolean fromInbox, FolderSettings folder, Optional<UUID> jobId) {

    public ImportRequest(Path path, boolean fromInbox, String site, Optional<String> format, ZoneId timeZone,
                         Optional<UUID> jobId, Optional<String> archivePassword) {
        this(path, fromInbox, new FolderSettings(site, format, timeZone, archivePassword), jobId);
    }

    public ImportRequest(Path path, boolean fromInbox, String site, Optional<String> format, ZoneId timeZone,
                         Optional<UUID> jobId) {
        this(path, fromInbox, site, format, timeZone, jobId, Optional.empty());
    }

    public String site() {
        return folder.site();
    }

    public Optional<String> format() {
        return folder.format();
    }

    public Optional<String> archivePassword() {
        return folder.archivePassword();
    }

    public ParseSettings parseSettings() {
        return new ParseSettings(folder.timeZone(), folder.options());
    }
}
