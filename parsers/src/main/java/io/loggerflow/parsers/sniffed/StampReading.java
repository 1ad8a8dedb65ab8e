package io.loggerflow.parsers.sniffed;

import io.loggerflow.parsers.StampParser;
import io.loggerflow.parsers.generic.Timestamps;

import java.time.ZoneId;
import java.util.List;

/**
 * How the stamp text of a row becomes epoch milliseconds, as sniffed from the head's stamps or set by option
 * {@code timestamp-pattern}. Dates with the year last take their day/month order from a value above 12 in the
 * head; dotted dates ({@code dd.MM.yyyy}) too, since no rule of the text itself fixes their order.
 */
final class StampReading {
    /** Epoch milliseconds of a stamp text; {@code previous} places the repeated autumn hour. */
    @FunctionalInterface
    interface Parser {
        long parse(String text, long previous);
    }

    private final Parser parser;
    private final String pattern;
    private final String evidence;
    private final boolean offsets;

    private StampReading(Parser parser, String pattern, String evidence, boolean offsets) {
        this.parser = parser;
        this.pattern = pattern;
        this.evidence = evidence;
        this.offsets = offsets;
    }

    /** The configured pattern (java.time, as generic-wide reads it). */
    static StampReading ofPattern(String pattern, ZoneId zone) {
        Timestamps timestamps = Timestamps.pattern(pattern, zone);
        return new StampReading((text, previous) -> timestamps.parse(text), pattern, "option timestamp-pattern",
                pattern.matches(".*[XxZOV].*"));
    }

    /** The order the stamps prove, then a reader in it; {@link Doubt} when they prove none or both. */
    static StampReading sniff(List<String> stamps, ZoneId zone) throws Doubt {
        String first = stamps.get(0);
        boolean offsets = stamps.stream().anyMatch(StampShapes::withOffset);
        boolean seconds = stamps.stream().anyMatch(StampShapes::withSeconds);
        String time = " HH:mm" + (seconds ? ":ss" : "") + (offsets ? "XXX" : "");
        if (!StampShapes.yearLast(first)) {
            StampParser parser = new StampParser(zone, null);
            String separator = first.contains("/") ? "/" : "-";
            return new StampReading(parser::parse, "yyyy" + separator + "MM" + separator + "dd"
                    + (first.contains("T") ? "'T'" + time.substring(1) : time), "year first", offsets);
        }
        String dayFirst = null;
        String monthFirst = null;
        for (String stamp : stamps) {
            StampParser.Order order = StampParser.orderProvedBy(StampShapes.slashed(stamp));
            if (order == StampParser.Order.DAY_FIRST && dayFirst == null) {
                dayFirst = stamp;
            } else if (order == StampParser.Order.MONTH_FIRST && monthFirst == null) {
                monthFirst = stamp;
            }
        }
        char separator = StampShapes.dotted(first) ? '.' : '/';
        String dmy = "dd" + separator + "MM" + separator + "yyyy" + time;
        String mdy = "MM" + separator + "dd" + separator + "yyyy" + time;
        if (dayFirst != null && monthFirst != null) {
            throw new Doubt("the dates contradict each other: '" + dayFirst + "' is day first, '" + monthFirst
                    + "' month first", "timestamp-pattern", dmy);
        }
        if (dayFirst == null && monthFirst == null) {
            throw new Doubt("the day/month order of dates like '" + first + "' is not told by any of the first "
                    + stamps.size() + " rows (no day above 12)", "timestamp-pattern",
                    dmy + " or " + mdy);
        }
        StampParser.Order order = dayFirst != null ? StampParser.Order.DAY_FIRST : StampParser.Order.MONTH_FIRST;
        StampParser parser = new StampParser(zone, order);
        return new StampReading((text, previous) -> parser.parse(StampShapes.slashed(text), previous),
                dayFirst != null ? dmy : mdy, (dayFirst != null ? "day first: '" + dayFirst : "month first: '"
                + monthFirst) + "'", offsets);
    }

    long parse(String text, long previous) {
        return parser.parse(text, previous);
    }

    String pattern() {
        return pattern;
    }

    /** Why this pattern: the stamp that proves the order, or the option. */
    String evidence() {
        return evidence;
    }

    boolean offsets() {
        return offsets;
    }
}
