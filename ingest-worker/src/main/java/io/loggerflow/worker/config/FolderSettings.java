package io.loggerflow.worker.config;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * How the files of one inbox folder are read.
 *
 * @param site            the site their sources belong to
 * @param format          an explicit format name, or empty to auto-detect
 * @param timeZone        the logger clock's zone
 * @param archivePassword the password of the site's encrypted archives, if any (never printed)
 * @param options         format options (e.g. the generic CSV mapping), see each format's documentation
 * @param badRows         what a bad row means: left out and counted (up to a share), or the file refused
 * @param sniff           whether detection may fall back to generic-sniffed for a file no other format recognises
 * @param conversions     converter commands by file extension (none unless configured)
 */
public record FolderSettings(String site, Optional<String> format, ZoneId timeZone, Optional<String> archivePassword,
                             Map<String, String> options, BadRows badRows, boolean sniff, Conversions conversions) {

    public FolderSettings {
        options = Map.copyOf(options);
    }

    public FolderSettings(String site, Optional<String> format, ZoneId timeZone, Optional<String> archivePassword,
                          Map<String, String> options, BadRows badRows, boolean sniff) {
        this(site, format, timeZone, archivePassword, options, badRows, sniff, Conversions.NONE);
    }

    public FolderSettings(String site, Optional<String> format, ZoneId timeZone, Optional<String> archivePassword,
                          Map<String, String> options, BadRows badRows) {
        this(site, format, timeZone, archivePassword, options, badRows, true);
    }

    public FolderSettings(String site, Optional<String> format, ZoneId timeZone, Optional<String> archivePassword) {
        this(site, format, timeZone, archivePassword, Map.of(), BadRows.DEFAULT);
    }

    /** The same folder settings with command-line overrides applied (null = keep). */
    public FolderSettings override(String site, String format, ZoneId timeZone) {
        return new FolderSettings(site != null ? Identifiers.requireSiteName(site, "--site") : this.site,
                format != null ? Optional.of(format) : this.format, timeZone != null ? timeZone : this.timeZone,
                archivePassword, options, badRows, sniff, conversions);
    }

    @Override
    public String toString() {
        return "FolderSettings[site=" + site + ", format=" + format + ", timeZone=" + timeZone
                + ", archivePassword=" + archivePassword.map(p -> "***").orElse("none") + ", options=" + options + ", badRows=" + badRows + ", sniff=" + sniff + ", conversions=" + conversions.byExtension().keySet() + "]";
    }
}
