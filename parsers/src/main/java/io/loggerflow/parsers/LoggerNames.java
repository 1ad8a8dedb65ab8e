package io.loggerflow.parsers;

import java.util.regex.Pattern;

/**
 * The logger name when a header leaves it empty, the same rule in every format: the format option
 * {@code logger} when set, else the file name without folders, archive path, extension and date part (so
 * the daily files of one logger are one source).
 */
public final class LoggerNames {
    /** The format option that names the logger of files whose header does not. */
    public static final String OPTION = "logger";

    // From the first date (yyyy-MM-dd, yyyy_MM_dd, yyyyMMdd...) to the end: dates name the file, not the logger.
    private static final Pattern DATE_AND_AFTER =
            Pattern.compile("[_\\-. ]*(19|20)\\d{2}[-_.]?[01]\\d[-_.]?[0-3]\\d.*$");

    private LoggerNames() {
    }

    /** {@code stated} when not blank (trimmed), else {@link #fallback}. */
    public static String orFallback(String stated, String fileName, ParseSettings settings) {
        return stated == null || stated.isBlank() ? fallback(fileName, settings) : stated.trim();
    }

    /** The option {@code logger}, else {@link #fromFileName}. */
    public static String fallback(String fileName, ParseSettings settings) {
        return settings.option(OPTION).map(String::trim).orElseGet(() -> fromFileName(fileName));
    }

    /** The file name without folders/archive path, extension and date part; the stem when only a date is left. */
    public static String fromFileName(String fileName) {
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        String stem = stem(base);
        String logger = DATE_AND_AFTER.matcher(stem).replaceFirst("");
        return logger.isBlank() ? stem : logger;
    }

    /** The name without its last extension; "unknown" when nothing is left. */
    public static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        return stem.isBlank() ? "unknown" : stem;
    }
}
