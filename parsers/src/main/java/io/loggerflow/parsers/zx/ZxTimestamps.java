package io.loggerflow.parsers.zx;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code Time and Date} column: day first, {@code dd.MM.yyyy HH:mm:ss} by default, also with '/' and
 * without seconds. The {@code timestamp-pattern} option replaces this with one java.time pattern.
 */
final class ZxTimestamps {
    static final String OPTION_PATTERN = "timestamp-pattern";

    private static final Pattern DAY_FIRST = Pattern.compile(
            "(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?");

    private final DateTimeFormatter pattern;

    /** @param pattern the {@code timestamp-pattern} option, or null for the default shapes */
    ZxTimestamps(DateTimeFormatter pattern) {
        this.pattern = pattern;
    }

    String expected() {
        return pattern == null ? "dd.MM.yyyy HH:mm[:ss] or dd/MM/yyyy HH:mm[:ss]" : pattern.toString();
    }

    /** @throws DateTimeException when the text is not a timestamp of the expected shape */
    LocalDateTime parse(String text) {
        if (pattern != null) {
            return LocalDateTime.parse(text, pattern);
        }
        Matcher m = DAY_FIRST.matcher(text);
        if (!m.matches()) {
            throw new DateTimeException("unexpected shape");
        }
        int second = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
        int nanos = m.group(8) == null ? 0 : Integer.parseInt((m.group(8) + "00000000").substring(0, 9));
        return LocalDateTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), second, nanos);
    }
}
