package io.loggerflow.parsers.windcube;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads .sta timestamps. By default two shapes are accepted: year first ({@code yyyy/MM/dd HH:mm}, as in
 * HeaderSize files, also with '-' and with seconds / a fraction) and day first ({@code dd/MM/yyyy HH:mm:ss}, as
 * in HeaderLength files). The {@code timestamp-pattern} option replaces both with one java.time pattern.
 */
final class StaTimestamps {
    static final String OPTION_PATTERN = "timestamp-pattern";

    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4}) (\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?");

    private final DateTimeFormatter pattern;

    /** @param pattern the {@code timestamp-pattern} option, or null for the default shapes */
    StaTimestamps(DateTimeFormatter pattern) {
        this.pattern = pattern;
    }

    String expected() {
        return pattern == null ? "yyyy/MM/dd HH:mm[:ss] or dd/MM/yyyy HH:mm[:ss]" : pattern.toString();
    }

    /** @throws DateTimeException when the text is not a timestamp of the expected shape */
    LocalDateTime parse(String text) {
        if (pattern != null) {
            return LocalDateTime.parse(text, pattern);
        }
        Matcher m = YEAR_FIRST.matcher(text);
        if (m.matches()) {
            return of(m, 1, 2, 3);
        }
        m = DAY_FIRST.matcher(text);
        if (m.matches()) {
            return of(m, 3, 2, 1);
        }
        throw new DateTimeException("unexpected shape");
    }

    private static LocalDateTime of(Matcher m, int year, int month, int day) {
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        int nanos = 0;
        if (m.group(7) != null) {
            String fraction = (m.group(7) + "00000000").substring(0, 9);
            nanos = Integer.parseInt(fraction);
        }
        return LocalDateTime.of(Integer.parseInt(m.group(year)), Integer.parseInt(m.group(month)),
                Integer.parseInt(m.group(day)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), second, nanos);
    }
}
