package io.loggerflow.parsers.sniffed;

import java.util.regex.Pattern;

/**
 * The shapes of timestamp cells the sniffer recognises, by their text alone: a date and time in one cell
 * ({@code 2024-03-01 00:10[:00]}, {@code 2024-03-01T00:10:00+01:00}, {@code 01/03/2024 00:10}, {@code 01.03.2024
 * 00:10}), a date alone or a time alone (for a date column next to a time column). Two-digit years are not
 * recognised: the century would be a guess.
 */
final class StampShapes {
    // no back-references: these are combined into larger patterns, which would renumber the groups
    private static final String YEAR_FIRST = "(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4}/\\d{1,2}/\\d{1,2})";
    private static final String YEAR_LAST = "(?:\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})";
    private static final String TIME = "\\d{1,2}:\\d{2}(:\\d{2}([.,]\\d{1,9})?)?";
    private static final String OFFSET = "(Z|[+-]\\d{2}(:?\\d{2})?)";
    private static final Pattern DATE = Pattern.compile("(" + YEAR_FIRST + "|" + YEAR_LAST + ")");
    private static final Pattern TIME_ONLY = Pattern.compile(TIME);
    private static final Pattern DATE_TIME = Pattern.compile("(" + YEAR_FIRST + "|" + YEAR_LAST + ")[ T]" + TIME
            + OFFSET + "?", Pattern.CASE_INSENSITIVE);
    private static final Pattern WITH_OFFSET = Pattern.compile(".*[0-9]" + OFFSET, Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_LAST_START = Pattern.compile(YEAR_LAST + ".*");

    /** What a cell holds. */
    enum Kind { DATE_TIME, DATE, TIME, OTHER }

    private StampShapes() {
    }

    static Kind kind(String cell) {
        if (cell == null) {
            return Kind.OTHER;
        }
        String text = cell.trim();
        if (DATE_TIME.matcher(text).matches()) {
            return Kind.DATE_TIME;
        }
        if (DATE.matcher(text).matches()) {
            return Kind.DATE;
        }
        return TIME_ONLY.matcher(text).matches() ? Kind.TIME : Kind.OTHER;
    }

    /** True when the text starts with a date whose year comes last, so its day/month order must be told. */
    static boolean yearLast(String text) {
        return YEAR_LAST_START.matcher(text.trim()).matches();
    }

    static boolean dotted(String text) {
        String t = text.trim();
        int dot = t.indexOf('.');
        return yearLast(t) && dot > 0 && dot <= 2;
    }

    static boolean withOffset(String text) {
        return WITH_OFFSET.matcher(text.trim()).matches() && kind(text) == Kind.DATE_TIME;
    }

    static boolean withSeconds(String text) {
        return text.trim().matches(".*\\d{1,2}:\\d{2}:\\d{2}.*");
    }

    /**
     * A dotted date ({@code 01.03.2024}) written with slashes, the shape {@link io.loggerflow.parsers.StampParser}
     * reads; any other text unchanged.
     */
    static String slashed(String text) {
        if (!dotted(text)) {
            return text;
        }
        String t = text.trim();
        int first = t.indexOf('.');
        int second = t.indexOf('.', first + 1);
        return t.substring(0, first) + '/' + t.substring(first + 1, second) + '/' + t.substring(second + 1);
    }
}
