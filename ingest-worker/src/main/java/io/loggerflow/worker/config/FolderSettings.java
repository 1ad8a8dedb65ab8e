package io.loggerflow.worker.config;

import java.time.ZoneId;
import java.util.Optional;

/**
 * How the files of one inbox folder are read.
 *
 * @param site            the site their sources belong to
 * @param format          an explicit format name, or empty to auto-detect
 * @param timeZone        the logger clock's zone
 * @param archivePassword the password of the site's encrypted archives, if any (never printed)
 */
public record FolderSettings(String site, Optional<String> format, ZoneId timeZone, Optional<String> archivePassword) {

    @Override
    public String toString() {
        return "FolderSettings[site=" + site + ", format=" + format + ", timeZone=" + timeZone
                + ", archivePassword=" + archivePassword.map(p -> "***").orElse("none") + "]";
    }
}
