package io.loggerflow.parsers.generic;

import io.loggerflow.parsers.Cells;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;

/**
 * Parses timestamp cells to epoch millis: an offset or zone written in the cell wins, else the configured
 * zone applies. Resolution is strict (no 31 April).
 */
public final class Timestamps {
    /** ISO-8601 date and time, {@code T} or a space between, seconds and fraction optional, offset optional. */
    public static final String ISO = "ISO-8601 (yyyy-MM-dd HH:mm[:ss] or yyyy-MM-ddTHH:mm[:ss], optional offset)";

    private final DateTimeFormatter formatter;
    private final String description;
    private final ZoneId zone;

    private Timestamps(DateTimeFormatter formatter, String description, ZoneId zone) {
        this.formatter = formatter;
        this.description = description;
        this.zone = zone;
    }

    public static Timestamps iso(ZoneId zone) {
        DateTimeFormatter f = new DateTimeFormatterBuilder().parseCaseInsensitive()
                .append(DateTimeFormatter.ISO_LOCAL_DATE)
                .optionalStart().appendLiteral('T').optionalEnd()
                .optionalStart().appendLiteral(' ').optionalEnd()
                .append(DateTimeFormatter.ISO_LOCAL_TIME)
                .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
                .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
        return new Timestamps(f, ISO, zone);
    }

    /**
     * A {@link DateTimeFormatter} pattern. {@code y} is read as proleptic year ({@code u}) so strict
     * resolution works; when the pattern has no offset/zone letters an optional {@code +HH:MM}/{@code Z}
     * suffix is still accepted.
     *
     * @throws IllegalArgumentException when the pattern is invalid
     */
    public static Timestamps pattern(String pattern, ZoneId zone) {
        String fixed = yearToProleptic(pattern);
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(fixed);
        if (!hasZoneLetters(fixed)) {
            builder.optionalStart().appendOffset("+HH:MM", "Z").optionalEnd();
        }
        return new Timestamps(builder.toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT),
                pattern, zone);
    }

    /**
     * The timestamp in a cell of data line {@code line}.
     *
     * @param hint appended to the expected form in the error message ("" for none)
     * @throws io.loggerflow.parsers.InputFormatException "empty timestamp" or "not a timestamp (expected ...)"
     */
    public long parseCell(String text, LineSource lines, long line, String column, String hint) {
        if (text == null || text.isBlank()) {
            throw lines.error(line, column, "empty timestamp");
        }
        try {
            return parse(text);
        } catch (DateTimeException e) {
            throw lines.error(line, column, "not a timestamp (expected " + description + hint + "): '"
                    + Cells.abbreviate(text.trim()) + "'");
        }
    }

    /** What the parser expects, for error messages. */
    public String description() {
        return description;
    }

    /**
     * @throws DateTimeException when the text does not match
     */
    public long parse(String text) {
        TemporalAccessor parsed = formatter.parse(text.trim());
        ZoneId written = parsed.query(TemporalQueries.zone());
        return LocalDateTime.from(parsed).atZone(written != null ? written : zone).toInstant().toEpochMilli();
    }

    private static String yearToProleptic(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            out.append(!quoted && c == 'y' ? 'u' : c);
        }
        return out.toString();
    }

    private static boolean hasZoneLetters(String pattern) {
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && "XxZOVz".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }
}
