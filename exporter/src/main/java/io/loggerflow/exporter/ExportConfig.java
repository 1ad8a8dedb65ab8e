package io.loggerflow.exporter;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A stored export: which sources, which range, in which layout, where the files go (one per source) and when
 * it runs (a cron expression, UTC).
 */
public record ExportConfig(String name, SourceSelection sources, RangeRule range, Path outputDir, String cron,
                           boolean enabled, ExportFormat format) {
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
        format = format == null ? ExportFormat.PER_TYPE : format;
    }

    /** A per-type export. */
    public ExportConfig(String name, SourceSelection sources, RangeRule range, Path outputDir, String cron,
                        boolean enabled) {
        this(name, sources, range, outputDir, cron, enabled, ExportFormat.PER_TYPE);
    }
}
