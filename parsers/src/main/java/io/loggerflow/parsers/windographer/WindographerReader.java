package io.loggerflow.parsers.windographer;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.DelimitedRowReader;
import io.loggerflow.parsers.LoggerIdentity;
import io.loggerflow.parsers.StampPosition;
import io.loggerflow.parsers.generic.LineSource;
import io.loggerflow.parsers.generic.NumberCells;
import io.loggerflow.parsers.generic.Options;
import io.loggerflow.parsers.generic.Timestamps;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Streams a Windographer text export row by row; see {@link WindographerFormat}. */
final class WindographerReader extends DelimitedRowReader {
    static final String DEFAULT_PATTERN = "dd/MM/yyyy HH:mm[:ss]";
    static final String DEFAULT_MISSING = "9999";
    private static final int MAX_PREAMBLE_LINES = 1000;
    private static final String DATE_TIME = "Date/Time";
    private static final Pattern VERSION = Pattern.compile("\\bby Windographer\\s+(\\S+)");
    private static final Pattern KEY_VALUE = Pattern.compile("^([^=:]+?)\\s*[=:]\\s*(.*)$");
    private static final Pattern STAMP_SENTENCE =
            Pattern.compile("(?i)^time ?stamps? indicates? the (\\w+) of the (?:time )?(?:step|interval|period)");

    private final LineSource lines;
    private final String version;
    private final Map<String, String> headerValues = new LinkedHashMap<>();
    private final int columnCount;
    private final Timestamps timestamps;
    private final NumberCells numbers;

    WindographerReader(LineSource lines, Options options) throws IOException {
        super(lines.fileName());
        this.lines = lines;
        String first = lines.readLine();
        if (first == null || !WindographerFormat.FIRST_LINE.matcher(first.strip()).matches()) {
            throw lines.error(1, null, "not a Windographer export: line 1 must read 'Created <date> by Windographer <version>'");
        }
        Matcher v = VERSION.matcher(first);
        this.version = v.find() ? v.group(1) : null;

        StampPosition stated = null;
        String header = null;
        while (header == null) {
            String text = lines.readLine();
            if (text == null) {
                throw lines.error(lines.line(), null, "the file ends before the '" + DATE_TIME + "' column header line");
            }
            if (lines.line() > MAX_PREAMBLE_LINES) {
                throw lines.error(lines.line(), null, "no '" + DATE_TIME + "' column header line within the first "
                        + MAX_PREAMBLE_LINES + " lines");
            }
            String t = text.strip();
            if (t.startsWith(DATE_TIME)) {
                header = text;
                continue;
            }
            Matcher s = STAMP_SENTENCE.matcher(t);
            if (s.find()) {
                stated = switch (s.group(1).toLowerCase(Locale.ROOT)) {
                    case "beginning", "start" -> StampPosition.START;
                    case "end" -> StampPosition.END;
                    default -> StampPosition.UNKNOWN;
                };
                headerValues.put("Time stamps", t);
                continue;
            }
            Matcher kv = KEY_VALUE.matcher(t);
            if (kv.matches()) {
                headerValues.put(kv.group(1).trim(), kv.group(2).trim());
            }
        }
        long headerLine = lines.line();
        String h = header.strip();
        char delimiter = options.delimiter("delimiter").orElseGet(() -> guessDelimiter(h));
        if (delimiter == 0) {
            throw lines.error(headerLine, null, "cannot tell the delimiter: '" + DATE_TIME
                    + "' must be followed by a TAB, ',' or ';' (or set the delimiter option)");
        }
        String[] names = lines.split(header, delimiter);
        int n = names.length;
        while (n > 0 && (names[n - 1] == null || names[n - 1].isBlank())) {
            n--; // Windographer may end the header line with a delimiter
        }
        names = Arrays.copyOf(names, n);
        if (n < 2 || !DATE_TIME.equals(names[0].trim())) {
            throw lines.error(headerLine, null, "the column header line names no data columns after " + DATE_TIME);
        }
        this.columnCount = n;
        String defaultStatistic = options.get("default-statistic", "Avg");
        if (defaultStatistic.equalsIgnoreCase("none")) {
            defaultStatistic = null;
        }
        List<Channel> found = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            if (names[i] == null || names[i].isBlank()) {
                throw lines.error(headerLine, "#" + (i + 1), "empty column name in the header line");
            }
            found.add(WindographerColumns.channel(names[i].trim(), defaultStatistic));
        }
        this.channels = List.copyOf(found);

        char decimal = options.decimal("decimal");
        if (decimal == delimiter) {
            throw options.bad("decimal", String.valueOf(decimal), "the decimal mark cannot be the delimiter");
        }
        List<String> missing = options.get("missing").isPresent() ? options.list("missing") : List.of(DEFAULT_MISSING);
        this.numbers = new NumberCells(decimal, missing);
        this.timestamps = options.timestamps("timestamp-pattern", DEFAULT_PATTERN);
        StampPosition configured = options.stampPosition("stamp-position").orElse(StampPosition.START);
        this.stampPosition = stated != null ? stated : configured;
        this.identity = options.identity(fileName);
        int[] channelColumns = new int[channels.size()];
        Arrays.setAll(channelColumns, i -> i + 1); // every column after Date/Time
        rows(lines.rows(delimiter), channelColumns, lines);
        String[] afterNames = firstRow();
        if (afterNames != null && firstRowLine() == headerLine + 1
                && WindographerUnits.isUnitsRow(afterNames, columnCount, timestamps, numbers)) {
            this.channels = WindographerUnits.withUnits(channels, afterNames);
            skipFirstRow();
        }
    }

    private static char guessDelimiter(String header) {
        if (header.length() > DATE_TIME.length()) {
            char c = header.charAt(DATE_TIME.length());
            if (c == '\t' || c == ',' || c == ';') {
                return c;
            }
        }
        return 0;
    }

    /** The Windographer version from line 1, or null. */
    String version() {
        return version;
    }

    /**
     * The preamble's {@code key = value} / {@code key: value} lines (Latitude, Longitude, Elevation,
     * Calm threshold, Included flags, Excluded flags) and the time-stamp sentence, as written.
     */
    Map<String, String> headerValues() {
        return headerValues;
    }



    @Override
    protected long timestampOf(String[] row) {
        long line = lineNumber();
        lines.requireFields(row, columnCount, line);
        return timestamps.parseCell(row[0], lines, line, DATE_TIME, "; set timestamp-pattern for other export settings");
    }

    @Override
    protected double number(String text) {
        return numbers.parse(text);
    }
}
