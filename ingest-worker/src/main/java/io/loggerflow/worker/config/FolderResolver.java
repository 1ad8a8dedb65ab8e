package io.loggerflow.worker.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Resolves the settings of inbox folders from the configuration: each configured folder once, when the
 * settings are built, options file included, so importing a file never reads configuration from disk.
 */
final class FolderResolver {
    /** What a folder uses for the keys it does not set: the top-level settings. */
    record Defaults(Optional<String> format, ZoneId timeZone, Optional<String> archivePassword, BadRows badRows) {
    }

    private final RawSettings raw;
    private final Path baseDir;
    private final Defaults defaults;

    FolderResolver(RawSettings raw, Path baseDir, Defaults defaults) {
        this.raw = raw;
        this.baseDir = baseDir;
        this.defaults = defaults;
    }

    /** Every folder that has at least one {@code folder.<name>.*} key, by name. */
    Map<String, FolderSettings> configuredFolders() {
        Map<String, FolderSettings> folders = new TreeMap<>();
        raw.all().keySet().stream().map(FolderKey.Parsed::of).flatMap(Optional::stream)
                .map(FolderKey.Parsed::folder).distinct()
                .forEach(folder -> folders.put(folder, folder(folder)));
        return Map.copyOf(folders);
    }

    /** A folder's settings; for a folder without keys that is a site of the folder's name with the defaults. */
    FolderSettings folder(String folder) {
        String site = (String) value(folder, FolderKey.SITE).orElseGet(
                () -> FolderKey.SITE.type().parse(FolderKey.SITE.of(folder), folder, baseDir));
        Optional<String> format = value(folder, FolderKey.FORMAT).map(String.class::cast).or(defaults::format);
        ZoneId zone = value(folder, FolderKey.TIMEZONE).map(ZoneId.class::cast).orElse(defaults.timeZone());
        Optional<String> password = value(folder, FolderKey.ARCHIVE_PASSWORD).map(String.class::cast)
                .or(defaults::archivePassword);
        BadRows badRows = new BadRows(
                value(folder, FolderKey.BAD_ROWS).map("skip"::equals).orElse(defaults.badRows().skip()),
                value(folder, FolderKey.BAD_ROWS_MAX_SHARE).map(Double.class::cast).orElse(defaults.badRows().maxShare()));
        String prefix = FolderKey.PREFIX + folder + ".";
        return new FolderSettings(site, format, zone, password,
                options(raw, prefix, value(folder, FolderKey.OPTIONS_FILE).map(Path.class::cast)), badRows,
                value(folder, FolderKey.SNIFF).map(Boolean.class::cast).orElse(true), conversions(folder, prefix));
    }

    /** The {@code <prefix>convert.<extension>} commands and the folder's {@code convert-timeout}. */
    private Conversions conversions(String folder, String prefix) {
        String convertPrefix = prefix + "convert.";
        Map<String, ConvertCommand> commands = new HashMap<>();
        raw.all().forEach((key, value) -> {
            if (key.startsWith(convertPrefix)) {
                String extension = key.substring(convertPrefix.length()).toLowerCase(Locale.ROOT);
                if (commands.put(extension, ConvertCommand.parse(key, value.text())) != null) {
                    throw new ConfigException(key + ": a second converter for extension '" + extension + "'");
                }
            }
        });
        return new Conversions(commands, value(folder, FolderKey.CONVERT_TIMEOUT).map(Duration.class::cast)
                .orElse(Conversions.DEFAULT_TIMEOUT));
    }

    /**
     * Format options: the properties file {@code optionsFile}, overlaid with the {@code <prefix>option.<key>}
     * entries.
     */
    static Map<String, String> options(RawSettings raw, String prefix, Optional<Path> optionsFile) {
        Map<String, String> options = new HashMap<>();
        optionsFile.ifPresent(file -> {
            try {
                options.putAll(RawSettings.readProperties(file));
            } catch (ConfigException e) {
                throw new ConfigException(prefix + "options-file: " + e.getMessage());
            }
        });
        String optionPrefix = prefix + "option.";
        raw.all().forEach((key, value) -> {
            if (key.startsWith(optionPrefix)) {
                options.put(key.substring(optionPrefix.length()), value.text());
            }
        });
        return options;
    }

    private Optional<Object> value(String folder, FolderKey key) {
        return raw.parsed(key.of(folder), key.type(), key.of(folder), baseDir);
    }
}
