package io.loggerflow.worker.config;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The keys of one inbox folder, written {@code folder.<name>.<key>} in the config file (never in the environment). */
enum FolderKey implements KeyDeclaration {
    SITE("site", ValueType.siteName(), "`<name>`", "site of the files under `inbox/<name>/`"),
    FORMAT("format", ValueType.text(), "auto-detect",
            "force a format for `inbox/<name>/` (e.g. `generic-wide`, which is never auto-detected)"),
    TIMEZONE("timezone", ValueType.zone(), "`timezone`", "logger clock zone for `inbox/<name>/`, e.g. `UTC-05:00`"),
    ARCHIVE_PASSWORD("archive-password", ValueType.text(), "`archive.password`",
            "password of the site's encrypted archives; keep the config file out of version control"),
    OPTION("option." + ANY_KEY, ValueType.text(), "", "a format option for `inbox/<name>/`"),
    OPTIONS_FILE("options-file", ValueType.path(), "",
            "a properties file of format options (e.g. a generic CSV column mapping) for `inbox/<name>/`"),
    BAD_ROWS("bad-rows", ValueType.oneOf("fail", "skip"), "`bad-rows`", "`fail` or `skip` for `inbox/<name>/`"),
    BAD_ROWS_MAX_SHARE("bad-rows-max-share", BadRows.MAX_SHARE_TYPE, "`bad-rows-max-share`",
            "the share of bad rows above which a file of `inbox/<name>/` is refused"),
    SNIFF("sniff", ValueType.bool(), "`true`",
            "`false`: a file of `inbox/<name>/` that no format recognises is refused instead of read by `generic-sniffed`"),
    CONVERT("convert." + ANY_KEY, ValueType.text(), "",
            "a converter command for the files of `inbox/<name>/` whose extension is `<key>` (e.g. `convert.rld`): run"
                    + " without a shell, `{in}` the file, `{outdir}` the folder for its text output, which is imported"
                    + " in its place; optional, see [Converting raw files](#converting-raw-files)"),
    CONVERT_TIMEOUT("convert-timeout", ValueType.span(ChronoUnit.SECONDS, 1, 3600), "`300`",
            "seconds one converter run of `inbox/<name>/` may take before it is stopped and the file quarantined");

    static final String PREFIX = "folder.";

    private final Spec spec;

    FolderKey(String property, ValueType type, String shownDefault, String description) {
        this.spec = new Spec(property, type, shownDefault, description);
    }

    @Override
    public Spec spec() {
        return spec;
    }

    @Override
    public Optional<String> environmentVariable() {
        return Optional.empty();
    }

    /** The full key of this setting for one folder. */
    String of(String folder) {
        return PREFIX + folder + "." + property();
    }

    /**
     * A {@code folder.<name>.<key>} key taken apart. Folder names may hold dots, so the name ends at the first
     * dot after which a declared folder key follows ({@code folder.mast.7.site} is folder {@code mast.7}).
     *
     * @param folder the folder name
     * @param key    the declared key
     * @param name   what follows the folder name (for {@link #OPTION}: {@code option.<option key>})
     */
    record Parsed(String folder, FolderKey key, String name) {
        static Optional<Parsed> of(String fullKey) {
            if (!fullKey.startsWith(PREFIX)) {
                return Optional.empty();
            }
            String rest = fullKey.substring(PREFIX.length());
            for (int dot = rest.indexOf('.'); dot > 0; dot = rest.indexOf('.', dot + 1)) {
                String name = rest.substring(dot + 1);
                for (FolderKey key : values()) {
                    if (key.covers(name)) {
                        return Optional.of(new Parsed(rest.substring(0, dot), key, name));
                    }
                }
            }
            return Optional.empty();
        }
    }
}
