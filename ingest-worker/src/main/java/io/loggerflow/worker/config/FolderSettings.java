package io.loggerflow.worker.config;

import java.time.ZoneId;
import java.util.Optional;

/**
 * How the files of one inbox folder are read.
 *
 * @param site     the site their sources belong to
 * @param format   an explicit format name, or empty to auto-detect
 * @param timeZone the logger clock's zone for formats whose stamps carry no offset
 */
public record FolderSettings(String site, Optional<String> format, ZoneId timeZone) {
}
