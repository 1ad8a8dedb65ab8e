package io.loggerflow.parsers;

import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Option readers shared by formats whose options use the messages "option KEY ..." (a bad value is a
 * configuration error: {@link IllegalArgumentException}).
 */
public final class OptionValues {
    private OptionValues() {
    }

    /** {@code true} or {@code false} (any case, trimmed); {@code fallback} when unset. */
    public static boolean flag(ParseSettings settings, String key, boolean fallback) {
        var option = settings.option(key);
        if (option.isEmpty()) {
            return fallback;
        }
        String value = option.get().trim();
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException("option " + key + " must be true or false, not '" + value + "'");
    }

    /** A {@link DateTimeFormatter} pattern (as written, root locale); null when unset. */
    public static DateTimeFormatter dateTimePattern(ParseSettings settings, String key) {
        String pattern = settings.option(key).orElse(null);
        try {
            return pattern == null ? null : DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("option " + key + ": invalid pattern '" + pattern + "'", e);
        }
    }

    /** A charset name (trimmed); empty when unset. */
    public static Optional<Charset> charset(ParseSettings settings, String key) {
        var option = settings.option(key);
        if (option.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(option.get().trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("option " + key + ": unknown charset '" + option.get() + "'", e);
        }
    }

    /**
     * Numbers separated by '|', replacing {@code defaults} when set; with {@code decimalComma} a ',' is read as
     * the decimal mark too.
     */
    public static double[] numbers(ParseSettings settings, String key, boolean decimalComma, double... defaults) {
        var option = settings.option(key);
        if (option.isEmpty()) {
            return defaults;
        }
        String[] parts = option.get().split("\\|");
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            try {
                values[i] = Double.parseDouble(decimalComma ? part.replace(',', '.') : part);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("option " + key + ": '" + part
                        + "' is not a number (separate values with '|')", e);
            }
        }
        return values;
    }
}
