package io.loggerflow.worker.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * loggerflow's configuration. Every key can be set in an optional properties file and overridden by an
 * environment variable: {@code LOGGERFLOW_} + the key upper-cased with '.' and '-' turned into '_'
 * (so {@code db.url} is {@code LOGGERFLOW_DB_URL}). Per-folder settings exist only in the file.
 */
public final class Settings {
    public static final String ENV_PREFIX = "LOGGERFLOW_";
    public static final String CONFIG_FILE_ENV = "LOGGERFLOW_CONFIG";

    private final Map<String, String> values;
    private final Path baseDir;

    private Settings(Map<String, String> values, Path baseDir) {
        this.values = Map.copyOf(values);
        this.baseDir = baseDir;
    }

    /** From the process environment and the config file it names (or ./loggerflow.properties if present). */
    public static Settings fromEnvironment() {
        return load(System.getenv(), Path.of("").toAbsolutePath());
    }

    /**
     * @param env     environment variables (only {@code LOGGERFLOW_*} are read)
     * @param baseDir the folder relative paths are resolved against
     */
    public static Settings load(Map<String, String> env, Path baseDir) {
        Map<String, String> merged = new HashMap<>();
        Optional<Path> file = Optional.ofNullable(env.get(CONFIG_FILE_ENV)).map(baseDir::resolve)
                .or(() -> Optional.of(baseDir.resolve("loggerflow.properties")).filter(Files::isRegularFile));
        if (file.isPresent()) {
            merged.putAll(readFile(file.get()));
        }
        merged.putAll(fromEnv(env));
        return new Settings(merged, baseDir);
    }

    /** Settings from explicit key/values (tests, embedding); no environment is read. */
    public static Settings of(Map<String, String> values, Path baseDir) {
        return new Settings(values, baseDir);
    }

    /** A copy with some keys replaced. */
    public Settings with(Map<String, String> overrides) {
        Map<String, String> merged = new HashMap<>(values);
        merged.putAll(overrides);
        return new Settings(merged, baseDir);
    }

    private static Map<String, String> readFile(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
        }
        Map<String, String> map = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> map.put(key.trim(), properties.getProperty(key).trim()));
        return map;
    }

    private static Map<String, String> fromEnv(Map<String, String> env) {
        Map<String, String> map = new HashMap<>();
        for (Key key : Key.values()) {
            String value = env.get(key.envName());
            if (value != null && !value.isBlank()) {
                map.put(key.property, value.trim());
            }
        }
        return map;
    }

    public Optional<String> dbUrl() {
        return optional(Key.DB_URL);
    }

    public Optional<String> dbUser() {
        return optional(Key.DB_USER);
    }

    public Optional<String> dbPassword() {
        return optional(Key.DB_PASSWORD);
    }

    public Path dataDir() {
        return path(Key.DATA_DIR);
    }

    public Path inbox() {
        return optional(Key.INBOX).map(baseDir::resolve).orElse(dataDir().resolve("inbox")).normalize();
    }

    public Path archiveDir() {
        return dataDir().resolve("archive");
    }

    public Path failedDir() {
        return dataDir().resolve("failed");
    }

    public Path workDir() {
        return dataDir().resolve("work");
    }

    public Path embeddedDbDir() {
        return dataDir().resolve("db");
    }

    public int embeddedDbPort() {
        return integer(Key.EMBEDDED_DB_PORT, 0, 65535);
    }

    public int workers() {
        return integer(Key.WORKERS, 1, 256);
    }

    public boolean dashboardEnabled() {
        return bool(Key.DASHBOARD_ENABLED);
    }

    public int dashboardPort() {
        return integer(Key.DASHBOARD_PORT, 0, 65535);
    }

    public String dashboardBind() {
        return string(Key.DASHBOARD_BIND);
    }

    public int httpPort() {
        return integer(Key.HTTP_PORT, 0, 65535);
    }

    public String httpBind() {
        return string(Key.HTTP_BIND);
    }

    public boolean uploadEnabled() {
        return bool(Key.UPLOAD_ENABLED);
    }

    /** The token uploads must carry; required when uploads are enabled. */
    public String uploadToken() {
        return optional(Key.UPLOAD_TOKEN).orElseThrow(() -> new ConfigException(
                Key.UPLOAD_TOKEN.describe() + " must be set when uploads are enabled"));
    }

    public io.loggerflow.worker.health.HealthSettings health() {
        return new io.loggerflow.worker.health.HealthSettings(
                Duration.ofMinutes(integer(Key.HEALTH_STALE_AFTER_MINUTES, 1, Integer.MAX_VALUE)),
                integer(Key.HEALTH_DAYS, 1, 3660),
                integer(Key.HEALTH_MIN_GAP_INTERVALS, 1, Integer.MAX_VALUE),
                Duration.ofMinutes(integer(Key.HEALTH_FLAT_WINDOW_MINUTES, 1, Integer.MAX_VALUE)),
                integer(Key.HEALTH_FLAT_MIN_READINGS, 2, Integer.MAX_VALUE));
    }

    public Duration healthRefresh() {
        return Duration.ofSeconds(integer(Key.HEALTH_REFRESH_SECONDS, 5, 86400));
    }

    public Duration quietPeriod() {
        return Duration.ofMillis(integer(Key.WATCH_QUIET_MS, 0, Integer.MAX_VALUE));
    }

    public Duration scanInterval() {
        return Duration.ofMillis(integer(Key.WATCH_SCAN_MS, 50, Integer.MAX_VALUE));
    }

    public Duration jobPollInterval() {
        return Duration.ofSeconds(integer(Key.JOBS_POLL_SECONDS, 5, 3600));
    }

    /** Default output folder of exports: {@code data.dir/exports} unless set. */
    public Path exportDir() {
        return optional(Key.EXPORT_DIR).map(baseDir::resolve).orElse(dataDir().resolve("exports")).normalize();
    }

    /** Exports one node runs at once; each holds one connection of its own pool, never the import pool's. */
    public int exportParallel() {
        return integer(Key.EXPORT_PARALLEL, 1, 64);
    }

    /** How long an export waits to run again when this node's export slots are all busy. */
    public Duration exportRetryDelay() {
        return Duration.ofSeconds(integer(Key.EXPORT_RETRY_SECONDS, 1, 86400));
    }

    public int jobRetries() {
        return integer(Key.JOBS_RETRIES, 0, 100);
    }

    public String defaultSite() {
        return Identifiers.requireSiteName(string(Key.SITE), "site");
    }

    public ZoneId defaultTimeZone() {
        return zone(string(Key.TIMEZONE), Key.TIMEZONE.property);
    }

    /**
     * Settings of one inbox sub-folder (its first path element below the inbox). A file directly in the
     * inbox uses folder "" and the defaults. A sub-folder with no config is a site of that name.
     */
    public FolderSettings folder(String folder) {
        if (folder.isEmpty()) {
            return new FolderSettings(defaultSite(), optional(Key.FORMAT), defaultTimeZone(),
                    optional(Key.ARCHIVE_PASSWORD), formatOptions(""), badRows(string(Key.BAD_ROWS), Key.BAD_ROWS.property));
        }
        String prefix = "folder." + folder + ".";
        String site = Optional.ofNullable(values.get(prefix + "site")).orElse(folder);
        Optional<String> format = Optional.ofNullable(values.get(prefix + "format")).filter(s -> !s.isBlank())
                .or(() -> optional(Key.FORMAT));
        ZoneId zone = Optional.ofNullable(values.get(prefix + "timezone"))
                .map(z -> zone(z, prefix + "timezone")).orElse(defaultTimeZone());
        Optional<String> password = Optional.ofNullable(values.get(prefix + "archive-password"))
                .filter(p -> !p.isEmpty()).or(() -> optional(Key.ARCHIVE_PASSWORD));
        boolean skip = badRows(Optional.ofNullable(values.get(prefix + "bad-rows")).orElse(string(Key.BAD_ROWS)),
                prefix + "bad-rows");
        return new FolderSettings(Identifiers.requireSiteName(site, prefix + "site"), format, zone, password,
                formatOptions(prefix), skip);
    }

    /**
     * Format options of a folder: the properties file named by {@code <prefix>options-file}, overlaid with
     * {@code <prefix>option.<key>} entries.
     */
    private Map<String, String> formatOptions(String prefix) {
        Map<String, String> options = new HashMap<>();
        String file = values.get(prefix + "options-file");
        if (file != null && !file.isBlank()) {
            options.putAll(readFile(baseDir.resolve(file)));
        }
        String optionPrefix = prefix + "option.";
        values.forEach((key, value) -> {
            if (key.startsWith(optionPrefix)) {
                options.put(key.substring(optionPrefix.length()), value);
            }
        });
        return options;
    }

    public io.loggerflow.worker.unpack.ArchiveLimits archiveLimits() {
        return new io.loggerflow.worker.unpack.ArchiveLimits(
                (long) integer(Key.ARCHIVE_MAX_EXPANDED_MB, 1, Integer.MAX_VALUE) * 1024 * 1024,
                integer(Key.ARCHIVE_MAX_RATIO, 1, Integer.MAX_VALUE),
                integer(Key.ARCHIVE_MAX_ENTRIES, 1, Integer.MAX_VALUE),
                integer(Key.ARCHIVE_MAX_DEPTH, 1, 20));
    }

    private Optional<String> optional(Key key) {
        return Optional.ofNullable(values.get(key.property)).filter(s -> !s.isBlank());
    }

    private String string(Key key) {
        return optional(key).orElse(key.defaultValue);
    }

    private Path path(Key key) {
        return baseDir.resolve(string(key)).normalize();
    }

    private boolean bool(Key key) {
        String value = string(key).toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new ConfigException(key.describe() + " must be true or false, not '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    private int integer(Key key, int min, int max) {
        String value = string(key);
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                throw new ConfigException(key.describe() + " must be between " + min + " and " + max + ", not " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new ConfigException(key.describe() + " must be a whole number, not '" + value + "'");
        }
    }

    private static boolean badRows(String value, String key) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "fail" -> false;
            case "skip" -> true;
            default -> throw new ConfigException(key + " must be fail or skip, not '" + value + "'");
        };
    }

    private static ZoneId zone(String value, String key) {
        try {
            return ZoneId.of(value);
        } catch (RuntimeException e) {
            throw new ConfigException(key + " is not a time zone: '" + value + "' (use e.g. UTC, UTC+02:00, Europe/Madrid)");
        }
    }

    /** The keys loggerflow reads, with their defaults; the README's table lists the same. */
    public enum Key {
        DB_URL("db.url", ""),
        DB_USER("db.user", ""),
        DB_PASSWORD("db.password", ""),
        DATA_DIR("data.dir", "data"),
        INBOX("inbox", ""),
        EMBEDDED_DB_PORT("embedded-db.port", "0"),
        WORKERS("workers", "2"),
        DASHBOARD_ENABLED("dashboard.enabled", "true"),
        DASHBOARD_PORT("dashboard.port", "8000"),
        DASHBOARD_BIND("dashboard.bind", "127.0.0.1"),
        HTTP_PORT("http.port", "9400"),
        HTTP_BIND("http.bind", "127.0.0.1"),
        UPLOAD_ENABLED("upload.enabled", "false"),
        UPLOAD_TOKEN("upload.token", ""),
        HEALTH_STALE_AFTER_MINUTES("health.stale-after-minutes", "180"),
        HEALTH_DAYS("health.days", "7"),
        HEALTH_MIN_GAP_INTERVALS("health.min-gap-intervals", "1"),
        HEALTH_FLAT_WINDOW_MINUTES("health.flat-window-minutes", "360"),
        HEALTH_FLAT_MIN_READINGS("health.flat-min-readings", "12"),
        HEALTH_REFRESH_SECONDS("health.refresh-seconds", "60"),
        WATCH_QUIET_MS("watch.quiet-ms", "5000"),
        WATCH_SCAN_MS("watch.scan-ms", "1000"),
        JOBS_POLL_SECONDS("jobs.poll-seconds", "5"),
        JOBS_RETRIES("jobs.retries", "10"),
        ARCHIVE_PASSWORD("archive.password", ""),
        ARCHIVE_MAX_EXPANDED_MB("archive.max-expanded-mb", "4096"),
        ARCHIVE_MAX_RATIO("archive.max-ratio", "200"),
        ARCHIVE_MAX_ENTRIES("archive.max-entries", "10000"),
        ARCHIVE_MAX_DEPTH("archive.max-depth", "3"),
        SITE("site", "default"),
        FORMAT("format", ""),
        BAD_ROWS("bad-rows", "fail"),
        TIMEZONE("timezone", "UTC"),
        EXPORT_DIR("export.dir", ""),
        EXPORT_PARALLEL("export.parallel", "1"),
        EXPORT_RETRY_SECONDS("export.retry-seconds", "60");

        public final String property;
        public final String defaultValue;

        Key(String property, String defaultValue) {
            this.property = property;
            this.defaultValue = defaultValue;
        }

        public String envName() {
            return ENV_PREFIX + property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        }

        String describe() {
            return property + " (" + envName() + ")";
        }
    }
}
