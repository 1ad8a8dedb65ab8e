package io.loggerflow.parsers.generic;

import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.LoggerIdentity;
import io.loggerflow.parsers.LoggerNames;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.StampPosition;
import io.loggerflow.parsers.StampPositions;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the option values shared by the delimited-text formats. A bad option value is a configuration
 * error ({@link IllegalArgumentException} naming the format and key), not an input error.
 */
public final class Options {
    private final String format;
    private final ParseSettings settings;

    public Options(String format, ParseSettings settings) {
        this.format = format;
        this.settings = settings;
    }

    public ParseSettings settings() {
        return settings;
    }

    public Optional<String> get(String key) {
        return settings.option(key).map(String::trim);
    }

    public String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    /** {@code ,}, {@code ;}, {@code tab} (or a literal TAB / {@code \t}); empty when not set. */
    public Optional<Character> delimiter(String key) {
        Optional<String> raw = settings.option(key);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        String value = raw.get();
        if (value.equals("\t") || value.trim().equalsIgnoreCase("tab") || value.trim().equals("\\t")) {
            return Optional.of('\t');
        }
        String trimmed = value.trim();
        if (trimmed.equals(",") || trimmed.equals(";") || trimmed.equals("|")) {
            return Optional.of(trimmed.charAt(0));
        }
        throw bad(key, value, "expected ',', ';', '|' or 'tab'");
    }

    /** The decimal mark: {@code .} (default) or {@code ,}. */
    public char decimal(String key) {
        String value = get(key, ".");
        if (value.equals(".") || value.equals(",")) {
            return value.charAt(0);
        }
        throw bad(key, value, "expected '.' or ','");
    }

    /** A charset name; {@code fallback} when not set. */
    public Charset charset(String key, Charset fallback) {
        Optional<String> value = get(key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Charset.forName(value.get());
        } catch (RuntimeException e) {
            throw bad(key, value.get(), "unknown character encoding");
        }
    }

    /** Like {@link #charset} but {@code auto} (the default) sniffs UTF-8 vs windows-1252 from the file head. */
    public Charset charsetOrSniff(String key, InputSource source) throws java.io.IOException {
        Optional<String> value = get(key);
        if (value.isEmpty() || value.get().equalsIgnoreCase("auto")) {
            return Encodings.sniff(source);
        }
        return charset(key, StandardCharsets.UTF_8);
    }

    public Optional<StampPosition> stampPosition(String key) {
        Optional<String> value = get(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        StampPosition position = StampPositions.parse(value.get());
        if (position == null) {
            throw bad(key, value.get(), "expected start, end or unknown");
        }
        return Optional.of(position);
    }

    /**
     * Timestamps in the java pattern of option {@code key}, else of {@code fallbackPattern}, else (null) ISO-8601,
     * in the settings' time zone.
     */
    public Timestamps timestamps(String key, String fallbackPattern) {
        Optional<String> pattern = get(key).or(() -> Optional.ofNullable(fallbackPattern));
        if (pattern.isEmpty()) {
            return Timestamps.iso(settings.timeZone());
        }
        try {
            return Timestamps.pattern(pattern.get(), settings.timeZone());
        } catch (IllegalArgumentException e) {
            throw bad(key, pattern.get(), "not a java DateTimeFormatter pattern: " + e.getMessage());
        }
    }

    /**
     * Logger = {@link LoggerNames#fallback} (option {@code logger}, else the file name without extension, archive
     * path and date part); table = option {@code table}, else "".
     */
    public LoggerIdentity identity(String fileName) {
        return new LoggerIdentity(LoggerNames.fallback(fileName, settings), get("table", ""), null, null);
    }

    /** A positive whole number; {@code fallback} when not set. */
    public int positiveInt(String key, int fallback) {
        Optional<String> value = get(key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.get());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(key, value.get(), "expected a whole number of at least 1");
    }

    /** An ISO-8601 duration ({@code PT10M}) or a whole number of minutes. */
    public Optional<Duration> interval(String key) {
        Optional<String> value = get(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            Duration d = value.get().matches("\\d+") ? Duration.ofMinutes(Long.parseLong(value.get()))
                    : Duration.parse(value.get());
            if (!d.isNegative() && !d.isZero()) {
                return Optional.of(d);
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // reported below
        }
        throw bad(key, value.get(), "expected minutes (10) or an ISO-8601 duration (PT10M)");
    }

    /** A comma-separated list, items trimmed, empty items dropped. */
    public List<String> list(String key) {
        List<String> items = new ArrayList<>();
        get(key).ifPresent(v -> {
            for (String item : v.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
        });
        return items;
    }

    public IllegalArgumentException bad(String key, String value, String expected) {
        return new IllegalArgumentException(format + " option '" + key + "' = '" + value + "': " + expected);
    }
}
