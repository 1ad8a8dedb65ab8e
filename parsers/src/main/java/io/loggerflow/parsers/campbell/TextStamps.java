package io.loggerflow.parsers.campbell;

import io.loggerflow.parsers.DayMonthOrder;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.StampParser;
import io.loggerflow.parsers.generic.Timestamps;

import java.io.IOException;

/**
 * How a Campbell text file (TOA5, TOACI1) reads its timestamps: the pattern the {@value #PATTERN_OPTION} option
 * sets, else the known shapes with the day/month order the file proves. Settled once before the first row.
 */
public final class TextStamps {
    /** Option: a java.time pattern for stamps the reader does not know, or slash dates whose order the file never tells. */
    public static final String PATTERN_OPTION = "timestamp-pattern";

    private final Timestamps pattern;
    private final StampParser parser;
    private final String expected;

    private TextStamps(Timestamps pattern, StampParser parser, String expected) {
        this.pattern = pattern;
        this.parser = parser;
        this.expected = expected;
    }

    /**
     * @param format          the format's name, for the option error
     * @param shapes          the stamp shapes the format knows, for the error on a stamp that is none of them
     * @param firstStamp      the first data row's stamp, or null
     * @param headerLines     the lines before the first data row
     * @param timestampColumn the index of the stamp column
     * @param timestampName   the stamp column's name, for the error
     */
    public static TextStamps settle(ParseSettings settings, String format, String shapes, InputSource source,
                                    String firstStamp, int headerLines, int timestampColumn, String timestampName)
            throws IOException {
        Timestamps pattern = pattern(settings, format);
        if (pattern != null) {
            return new TextStamps(pattern, null, pattern.description());
        }
        StampParser.Order order = order(source, firstStamp, headerLines, timestampColumn, timestampName);
        return new TextStamps(null, new StampParser(settings.timeZone(), order), shapes);
    }

    /** The stamp's epoch milliseconds; {@code previousMillis} (the row before's) settles an ambiguous hour. */
    public long parse(String text, long previousMillis) {
        return parser != null ? parser.parse(text, previousMillis) : pattern.parse(text);
    }

    /** What a stamp should look like, for the error on one that does not. */
    public String expected() {
        return expected;
    }

    private static Timestamps pattern(ParseSettings settings, String format) {
        String text = settings.option(PATTERN_OPTION).map(String::trim).orElse(null);
        if (text == null) {
            return null;
        }
        try {
            return Timestamps.pattern(text, settings.timeZone());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(format + " option '" + PATTERN_OPTION + "' = '" + text
                    + "': not a java DateTimeFormatter pattern: " + e.getMessage(), e);
        }
    }

    /**
     * The day/month order when the stamps are slash dates with the year last: the first stamp's, else the first
     * that proves it in a stamps-only pass over the file; a file that never tells is refused.
     */
    private static StampParser.Order order(InputSource source, String firstStamp, int headerLines,
                                           int timestampColumn, String timestampName) throws IOException {
        if (firstStamp == null || !StampParser.isYearLastSlashDate(firstStamp)) {
            return null;
        }
        StampParser.Order order = StampParser.orderProvedBy(firstStamp);
        if (order == null) {
            order = DayMonthOrder.ofFile(source, headerLines, timestampColumn, ',');
        }
        if (order == null) {
            throw new InputFormatException(source.name(), headerLines + 1, timestampName,
                    "the day/month order of the timestamps cannot be told ('" + firstStamp.trim()
                            + "' and no later stamp has a field above 12): set the format option "
                            + PATTERN_OPTION + " (e.g. dd/MM/yyyy HH:mm)");
        }
        return order;
    }
}
