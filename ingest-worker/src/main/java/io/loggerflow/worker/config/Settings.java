package io.loggerflow.worker.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * loggerflow's configuration, parsed and checked once when it is built: an unknown key, an unknown
 * {@code LOGGERFLOW_*} variable or a bad value throws {@link ConfigException} then, not when the first file
 * arrives. Every key can be set in an optional properties file and overridden by an environment variable:
 * {@code LOGGERFLOW_} + the key upper-cased with '.' and '-' turned into '_' (so {@code db.url} is
 * {@code LOGGERFLOW_DB_URL}). Per-folder settings and format options exist only in the file. The file is read
 * at start-up only: a change applies when loggerflow is restarted.
 */
public final class Settings {
    public static final String ENV_PREFIX = "LOGGERFLOW_";
    public static final String CONFIG_FILE_ENV = NonSettingVariable.CONFIG.variable;

    private final RawSettings raw;
    private final Path baseDir;
    private final Map<Key, Object> values = new EnumMap<>(Key.class);
    private final FolderSettings inboxRoot;
    private final FolderResolver folderResolver;
    private final Map<String, FolderSettings> folders;

    private Settings(RawSettings raw, Path baseDir) {
        KnownKeys.check(raw);
        this.raw = raw;
        this.baseDir = baseDir;
        for (Key key : Key.values()) {
            if (!key.isFileOnly()) {
                parse(key).ifPresent(value -> values.put(key, value));
            }
        }
        if (uploadEnabled() && !values.containsKey(Key.UPLOAD_TOKEN)) {
            throw new ConfigException(Key.UPLOAD_TOKEN.describe() + " must be set when uploads are enabled");
        }
        FolderResolver.Defaults defaults = new FolderResolver.Defaults(optional(Key.FORMAT, String.class),
                defaultTimeZone(), optional(Key.ARCHIVE_PASSWORD, String.class),
                new BadRows(value(Key.BAD_ROWS, String.class).equals("skip"), value(Key.BAD_ROWS_MAX_SHARE, Double.class)));
        Optional<Path> optionsFile = raw.parsed(Key.OPTIONS_FILE.property, Key.OPTIONS_FILE.type(),
                Key.OPTIONS_FILE.property, baseDir).map(Path.class::cast);
        this.inboxRoot = new FolderSettings(defaultSite(), defaults.format(), defaults.timeZone(),
                defaults.archivePassword(), FolderResolver.options(raw, "", optionsFile), defaults.badRows());
        this.folderResolver = new FolderResolver(raw, baseDir, defaults);
        this.folders = folderResolver.configuredFolders();
    }

    /** The key's configured value, else its default, parsed; empty when neither exists. */
    private Optional<Object> parse(Key key) {
        return raw.parsed(key.property, key.type(), key.describe(), baseDir)
                .or(() -> Optional.of(key.defaultValue).filter(text -> !text.isEmpty())
                        .map(text -> key.type().parse(key.describe(), text, baseDir)));
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
        RawSettings fromEnv = EnvironmentSettings.read(env);
        Optional<Path> file = Optional.ofNullable(env.get(CONFIG_FILE_ENV)).map(baseDir::resolve)
                .or(() -> Optional.of(baseDir.resolve("loggerflow.properties")).filter(Files::isRegularFile));
        RawSettings fromFile = file.map(RawSettings::file).orElse(RawSettings.of(Map.of(), "no file"));
        return new Settings(fromFile.overriddenBy(fromEnv), baseDir);
    }

    /** Settings from explicit key/values (tests, embedding); no environment is read. */
    public static Settings of(Map<String, String> values, Path baseDir) {
        return new Settings(RawSettings.of(values, "the given settings"), baseDir);
    }

    /** A copy with some keys replaced, checked like the original. */
    public Settings with(Map<String, String> overrides) {
        return new Settings(raw.overriddenBy(RawSettings.of(overrides, "the given overrides")), baseDir);
    }

    public Optional<String> dbUrl() {
        return optional(Key.DB_URL, String.class);
    }

    public Optional<String> dbUser() {
        return optional(Key.DB_USER, String.class);
    }

    public Optional<String> dbPassword() {
        return optional(Key.DB_PASSWORD, String.class);
    }

    public Path dataDir() {
        return value(Key.DATA_DIR, Path.class);
    }

    public Path inbox() {
        return optional(Key.INBOX, Path.class).orElse(dataDir().resolve("inbox")).normalize();
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
        return value(Key.EMBEDDED_DB_PORT, Integer.class);
    }

    public int workers() {
        return value(Key.WORKERS, Integer.class);
    }

    public boolean dashboardEnabled() {
        return value(Key.DASHBOARD_ENABLED, Boolean.class);
    }

    public int dashboardPort() {
        return value(Key.DASHBOARD_PORT, Integer.class);
    }

    public String dashboardBind() {
        return value(Key.DASHBOARD_BIND, String.class);
    }

    public int httpPort() {
        return value(Key.HTTP_PORT, Integer.class);
    }

    public String httpBind() {
        return value(Key.HTTP_BIND, String.class);
    }

    public boolean uploadEnabled() {
        return value(Key.UPLOAD_ENABLED, Boolean.class);
    }

    /** The token uploads must carry; required (and checked at start) when uploads are enabled. */
    public String uploadToken() {
        return optional(Key.UPLOAD_TOKEN, String.class).orElseThrow(() -> new ConfigException(
                Key.UPLOAD_TOKEN.describe() + " must be set when uploads are enabled"));
    }

    public io.loggerflow.worker.health.HealthSettings health() {
        return new io.loggerflow.worker.health.HealthSettings(
                value(Key.HEALTH_STALE_AFTER_MINUTES, Duration.class),
                value(Key.HEALTH_DAYS, Integer.class),
                value(Key.HEALTH_MIN_GAP_INTERVALS, Integer.class),
                value(Key.HEALTH_FLAT_WINDOW_MINUTES, Duration.class),
                value(Key.HEALTH_FLAT_MIN_READINGS, Integer.class));
    }

    public Duration healthRefresh() {
        return value(Key.HEALTH_REFRESH_SECONDS, Duration.class);
    }

    public Duration quietPeriod() {
        return value(Key.WATCH_QUIET_MS, Duration.class);
    }

    public Duration scanInterval() {
        return value(Key.WATCH_SCAN_MS, Duration.class);
    }

    public Duration jobPollInterval() {
        return value(Key.JOBS_POLL_SECONDS, Duration.class);
    }

    /** Default output folder of exports: {@code data.dir/exports} unless set. */
    public Path exportDir() {
        return optional(Key.EXPORT_DIR, Path.class).orElse(dataDir().resolve("exports")).normalize();
    }

    /** Exports one node runs at once; each holds one connection of its own pool, never the import pool's. */
    public int exportParallel() {
        return value(Key.EXPORT_PARALLEL, Integer.class);
    }

    /** How long an export waits to run again when this node's export slots are all busy. */
    public Duration exportRetryDelay() {
        return value(Key.EXPORT_RETRY_SECONDS, Duration.class);
    }

    /** When the compaction of settled chunks runs (a cron in UTC). */
    public String compactionCron() {
        return value(Key.COMPACTION_CRON, String.class);
    }

    /** How long no file must have been loaded into a chunk's range before it is compacted. */
    public Duration compactionSettledAfter() {
        return value(Key.COMPACTION_SETTLED_HOURS, Duration.class);
    }

    public int jobRetries() {
        return value(Key.JOBS_RETRIES, Integer.class);
    }

    public String defaultSite() {
        return value(Key.SITE, String.class);
    }

    public ZoneId defaultTimeZone() {
        return value(Key.TIMEZONE, ZoneId.class);
    }

    /**
     * Settings of one inbox sub-folder (its first path element below the inbox). A file directly in the
     * inbox uses folder "" and the defaults. A sub-folder with no config is a site of that name.
     *
     * @throws ConfigException for a folder without config whose name is no valid site name
     */
    public FolderSettings folder(String folder) {
        if (folder.isEmpty()) {
            return inboxRoot;
        }
        FolderSettings configured = folders.get(folder);
        return configured != null ? configured : folderResolver.folder(folder);
    }

    public io.loggerflow.worker.unpack.ArchiveLimits archiveLimits() {
        return new io.loggerflow.worker.unpack.ArchiveLimits(
                (long) value(Key.ARCHIVE_MAX_EXPANDED_MB, Integer.class) * 1024 * 1024,
                value(Key.ARCHIVE_MAX_RATIO, Integer.class),
                value(Key.ARCHIVE_MAX_ENTRIES, Integer.class),
                value(Key.ARCHIVE_MAX_DEPTH, Integer.class));
    }

    private <T> T value(Key key, Class<T> type) {
        return optional(key, type).orElseThrow(() -> new IllegalStateException(key.property + " has no default"));
    }

    private <T> Optional<T> optional(Key key, Class<T> type) {
        return Optional.ofNullable(values.get(key)).map(type::cast);
    }

    /**
     * The top-level keys loggerflow reads: the one place a key is declared, with its type, bounds, default and
     * description. The README's configuration table is checked against this list by a test.
     */
    public enum Key implements KeyDeclaration {
        DB_URL("db.url", ValueType.text(), "", "*(none: embedded)*",
                "JDBC URL of the PostgreSQL/TimescaleDB to use, e.g. `jdbc:postgresql://db:5432/loggerflow`"),
        DB_USER("db.user", ValueType.text(), "", "database user"),
        DB_PASSWORD("db.password", ValueType.text(), "",
                "database password (prefer the environment variable; never commit it)"),
        DATA_DIR("data.dir", ValueType.path(), "./data",
                "holds `db/` (embedded database), `inbox/`, `archive/`, `failed/`, `work/`"),
        INBOX("inbox", ValueType.path(), "", "`<data.dir>/inbox`", "the watched folder"),
        EMBEDDED_DB_PORT("embedded-db.port", ValueType.wholeNumber(0, 65535), "0", "`0` (any free port)",
                "port of the embedded PostgreSQL"),
        WORKERS("workers", ValueType.wholeNumber(1, 256), "2", "JobRunr worker threads (files imported in parallel)"),
        JOBS_POLL_SECONDS("jobs.poll-seconds", ValueType.span(ChronoUnit.SECONDS, 5, 3600), "5",
                "how often JobRunr looks for new jobs (JobRunr's minimum is 5)"),
        JOBS_RETRIES("jobs.retries", ValueType.wholeNumber(0, 100), "10",
                "retries (with JobRunr's exponential backoff) after a database or I/O error; `import` uses 0"),
        DASHBOARD_ENABLED("dashboard.enabled", ValueType.bool(), "true", "serve the JobRunr dashboard in `run`"),
        DASHBOARD_PORT("dashboard.port", ValueType.wholeNumber(0, 65535), "8000", "dashboard port"),
        DASHBOARD_BIND("dashboard.bind", ValueType.text(), "127.0.0.1", "dashboard address; keep it on localhost and"
                + " put a reverse proxy with authentication in front to expose it"),
        HTTP_PORT("http.port", ValueType.wholeNumber(0, 65535), "9400", "loggerflow's HTTP API: `/metrics`"
                + " (Prometheus), and `/upload`, `/files/{id}` when uploads are on"),
        HTTP_BIND("http.bind", ValueType.text(), "127.0.0.1",
                "its address; expose it only behind a reverse proxy with authentication"),
        UPLOAD_ENABLED("upload.enabled", ValueType.bool(), "false",
                "serve `POST /upload` and `GET /files/{id}` on the HTTP API"),
        UPLOAD_TOKEN("upload.token", ValueType.text(), "", "the bearer token uploads and status requests must carry"
                + " (required when uploads are on)"),
        HEALTH_STALE_AFTER_MINUTES("health.stale-after-minutes", ValueType.span(ChronoUnit.MINUTES, 1, Integer.MAX_VALUE),
                "180", "a source whose latest reading is older is stale"),
        HEALTH_DAYS("health.days", ValueType.wholeNumber(1, 3660), "7", "days of readings checked for gaps and flat lines"),
        HEALTH_MIN_GAP_INTERVALS("health.min-gap-intervals", ValueType.wholeNumber(1, Integer.MAX_VALUE), "1",
                "missing intervals that make a gap"),
        HEALTH_FLAT_WINDOW_MINUTES("health.flat-window-minutes", ValueType.span(ChronoUnit.MINUTES, 1, Integer.MAX_VALUE),
                "360", "a window in which a sensor's value never changes is a flat line…"),
        HEALTH_FLAT_MIN_READINGS("health.flat-min-readings", ValueType.wholeNumber(2, Integer.MAX_VALUE), "12",
                "…if it holds at least this many readings"),
        HEALTH_REFRESH_SECONDS("health.refresh-seconds", ValueType.span(ChronoUnit.SECONDS, 5, 86400), "60",
                "how often `run` recomputes the health gauges"),
        WATCH_QUIET_MS("watch.quiet-ms", ValueType.span(ChronoUnit.MILLIS, 0, Integer.MAX_VALUE), "5000",
                "a file is imported once its size and modification time stayed unchanged this long"),
        WATCH_SCAN_MS("watch.scan-ms", ValueType.span(ChronoUnit.MILLIS, 50, Integer.MAX_VALUE), "1000",
                "how often the inbox is scanned"),
        SITE("site", ValueType.siteName(), "default", "site of files placed directly in the inbox (and of `import`)"),
        TIMEZONE("timezone", ValueType.zone(), "UTC",
                "zone of the logger clocks, for formats whose timestamps carry no offset"),
        FORMAT("format", ValueType.text(), "", "auto-detect", "format of every file (rarely useful: set it per folder)"),
        BAD_ROWS("bad-rows", ValueType.oneOf("fail", "skip"), "skip", "`skip` leaves out bad rows (cut short,"
                + " unreadable stamp or cell, stamp years away from the rest), counted and reported; `fail` refuses the"
                + " file at its first bad row"),
        BAD_ROWS_MAX_SHARE("bad-rows-max-share", BadRows.MAX_SHARE_TYPE, "10%", "with `skip`, a file with more bad"
                + " rows than this share of its rows is refused: that is a wrong format or mapping, not damage"),
        OPTION("option." + ANY_KEY, ValueType.text(), Scope.FILE_ONLY,
                "a format option for files directly in the inbox (see [parsers/README.md](parsers/README.md))"),
        OPTIONS_FILE("options-file", ValueType.path(), Scope.FILE_ONLY,
                "a properties file of format options for files directly in the inbox"),
        ARCHIVE_PASSWORD("archive.password", ValueType.text(), "",
                "password of encrypted archives directly in the inbox (and of `import`)"),
        ARCHIVE_MAX_EXPANDED_MB("archive.max-expanded-mb", ValueType.wholeNumber(1, Integer.MAX_VALUE), "4096",
                "an archive expanding to more is refused"),
        ARCHIVE_MAX_RATIO("archive.max-ratio", ValueType.wholeNumber(1, Integer.MAX_VALUE), "200", "an archive"
                + " expanding more than this many times its size (past 1 MiB) is refused as a zip bomb"),
        ARCHIVE_MAX_ENTRIES("archive.max-entries", ValueType.wholeNumber(1, Integer.MAX_VALUE), "10000",
                "files per archive"),
        ARCHIVE_MAX_DEPTH("archive.max-depth", ValueType.wholeNumber(1, 20), "3", "archives inside archives"),
        EXPORT_DIR("export.dir", ValueType.path(), "", "`<data.dir>/exports`",
                "default output folder of `export` and `export-config add`"),
        EXPORT_PARALLEL("export.parallel", ValueType.wholeNumber(1, 64), "1", "exports a process runs at once, each on"
                + " a connection of its own export pool (never the import pool's); at most `workers − 1`, so imports"
                + " always keep a worker"),
        EXPORT_RETRY_SECONDS("export.retry-seconds", ValueType.span(ChronoUnit.SECONDS, 1, 86400), "60", "when all"
                + " export slots are busy, a scheduled export is re-scheduled this much later instead of holding a worker"),
        COMPACTION_CRON("compaction.cron", ValueType.text(), "0 3 * * *", "when `run` compacts settled chunks"
                + " (cron, UTC; TimescaleDB only): chunks of day files rewritten in full batches, as `compact` does"),
        COMPACTION_SETTLED_HOURS("compaction.settled-hours", ValueType.span(ChronoUnit.HOURS, 0, 876000), "72",
                "a chunk is compacted once no file was loaded into its time range for this long");

        /** Where a key can be set. */
        enum Scope { FILE_AND_ENVIRONMENT, FILE_ONLY }

        public final String property;
        public final String defaultValue;
        private final Spec spec;
        private final Scope scope;

        Key(String property, ValueType type, String defaultValue, String description) {
            this(property, type, defaultValue, KeyDeclaration.shown(defaultValue), description, Scope.FILE_AND_ENVIRONMENT);
        }

        Key(String property, ValueType type, String defaultValue, String shownDefault, String description) {
            this(property, type, defaultValue, shownDefault, description, Scope.FILE_AND_ENVIRONMENT);
        }

        Key(String property, ValueType type, Scope scope, String description) {
            this(property, type, "", "", description, scope);
        }

        Key(String property, ValueType type, String defaultValue, String shownDefault, String description, Scope scope) {
            this.property = property;
            this.defaultValue = defaultValue;
            this.spec = new Spec(property, type, shownDefault, description);
            this.scope = scope;
        }

        public String envName() {
            return ENV_PREFIX + property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        }

        @Override
        public Spec spec() {
            return spec;
        }

        @Override
        public Optional<String> environmentVariable() {
            return isFileOnly() ? Optional.empty() : Optional.of(envName());
        }

        boolean isFileOnly() {
            return scope == Scope.FILE_ONLY;
        }

        String describe() {
            return property + " (" + envName() + ")";
        }
    }
}
