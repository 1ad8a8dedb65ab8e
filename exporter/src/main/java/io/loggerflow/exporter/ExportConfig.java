package io.loggerflow.exporter;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A stored export: which sources, which range, where the zips go (one per source) and when it runs
 * (a cron expression, UTC).
 */
public record ExportConfig(String name, SourceSelection sources, RangeRule range, Path outputDir, String cron,
                           boolean enabled) {
    public static final String NIGHTLY = "0 2 * * *";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public ExportConfig {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an export name is 1-64 letters, digits, '.', '_' or '-' "
                    + "(starting with a letter or digit), not '" + name + "'");
        }
        if (outputDir == null) {
            throw new IllegalArgumentException("export " + name + " needs an output folder");
        }
        cron = cron == null || cron.isBlank() ? NIGHTLY : cron.trim();
    }
}
