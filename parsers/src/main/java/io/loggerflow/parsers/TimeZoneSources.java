package io.loggerflow.parsers;

import java.util.Locale;

/**
 * The {@code time-zone-source} option of formats whose header states the logger's zone:
 * {@code header} (default: the file's statement is the more specific fact) or {@code settings}
 * (use the configured zone of the folder).
 */
public final class TimeZoneSources {
    public static final String OPTION = "time-zone-source";

    private TimeZoneSources() {
    }

    /** @throws IllegalArgumentException for a value other than header or settings (a configuration error) */
    public static boolean useHeader(ParseSettings settings, String format) {
        String value = settings.option(OPTION).orElse("header").trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "header" -> true;
            case "settings" -> false;
            default -> throw new IllegalArgumentException(format + " option " + OPTION
                    + " must be header or settings, not '" + value + "'");
        };
    }
}
