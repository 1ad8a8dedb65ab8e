package io.loggerflow.parsers.triton;

import com.univocity.parsers.csv.CsvParser;
import io.loggerflow.parsers.Cells;
import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.CsvErrors;
import io.loggerflow.parsers.CsvParsing;
import io.loggerflow.parsers.DelimitedRecords;
import io.loggerflow.parsers.DelimitedRowReader;
import io.loggerflow.parsers.FieldCounts;
import io.loggerflow.parsers.LoggerIdentity;
import io.loggerflow.parsers.LoggerNames;
import io.loggerflow.parsers.OptionValues;
import io.loggerflow.parsers.StampPositions;
import io.loggerflow.parsers.generic.Options;
import io.loggerflow.parsers.generic.Timestamps;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Streams a Triton sodar CSV export row by row; see {@link TritonFormat} and package-info. */
final class TritonReader extends DelimitedRowReader {
    static final String OPTION_ENCODING = "encoding";
    static final String OPTION_DELIMITER = "delimiter";
    static final String OPTION_PATTERN = "timestamp-pattern";
    static final String OPTION_MISSING = "missing";
    static final String OPTION_STAMP_POSITION = "stamp-position";
    static final String DEFAULT_PATTERN = "dd.MM.yyyy HH:mm[:ss]";
    /** Title lines allowed before the column header: a file without one must not be scanned to its end. */
    private static final int MAX_TITLE_LINES = 50;
    private static final Set<String> TIMESTAMP_NAMES = Set.of("date/time", "date time", "datetime", "timestamp",
            "time stamp", "date");
    private static final Set<String> IDENTITY_KEYS = Set.of("unit", "serial", "serial number", "system", "sodar");
    /** {@code Speed 40m}, {@code Speed 40 m}, {@code Speed (40m)}, {@code Speed@40m}. */
    private static final Pattern HEIGHT_LAST = Pattern.compile("(.+?)\\s*[@(]?\\s*(\\d+(?:[.,]\\d+)?)\\s?m\\)?");
    /** {@code 40m Speed}. */
    private static final Pattern HEIGHT_FIRST = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s?m\\s+(.+)");
    private static final Pattern QUALITY = Pattern.compile("(?i)(?<![a-z])(quality|qf)(?![a-z])");
    private static final Pattern AVAILABILITY = Pattern.compile("(?i)(?<![a-z])avail(ability)?(?![a-z])");

    private final String charset;
    private final int timestampColumn;
    private final String timestampName;
    private final int requiredFields;
    private final int columnCount;
    private final Timestamps timestamps;
    private final double[] sentinels;
    private final TimestampParser stamps;

    TritonReader(BufferedReader in, Charset charset, String fileName, Options options) throws IOException {
        super(fileName);
        this.charset = charset.name();
        this.timestamps = options.timestamps(OPTION_PATTERN, DEFAULT_PATTERN);
        this.stamps = timestamps::parse;
        this.sentinels = OptionValues.numbers(options.settings(), OPTION_MISSING, true);
        this.stampPosition = StampPositions.option(options.settings(), OPTION_STAMP_POSITION);

        Map<String, String> items = new HashMap<>();
        String headerLine = null;
        long line = 0;
        while (headerLine == null) {
            String text = headerLine(in, line + 1, this.charset, OPTION_ENCODING);
            if (text == null || line >= MAX_TITLE_LINES) {
                throw error(line, null, "no column header line (a line whose first cell is Date/Time, Timestamp or "
                        + "Date) in the first " + MAX_TITLE_LINES + " lines");
            }
            line++;
            String first = text.split("[;\t,]", 2)[0].trim().toLowerCase(Locale.ROOT);
            if (TIMESTAMP_NAMES.contains(first)) {
                headerLine = text;
            } else {
                collectItems(text, items);
            }
        }
        char delimiter = options.delimiter(OPTION_DELIMITER).orElse(headerLine.indexOf(';') >= 0 ? ';'
                : headerLine.indexOf('\t') >= 0 ? '\t' : ',');
        String[] names = split(headerLine, delimiter);
        long headerLineNumber = line;
        String[] units = new String[names.length];
        in.mark(1 << 16);
        String next = headerLine(in, line + 1, this.charset, OPTION_ENCODING);
        if (next != null && isUnitsRow(split(next, delimiter))) {
            units = split(next, delimiter);
            line++;
        } else {
            in.reset();
        }

        this.timestampColumn = 0;
        this.timestampName = names[0].trim();
        String unitId = items.get("unit");
        for (String key : IDENTITY_KEYS) {
            if (unitId == null || unitId.isBlank()) {
                unitId = items.get(key);
            }
        }
        String logger = LoggerNames.orFallback(unitId, fileName, options.settings());
        this.identity = new LoggerIdentity(logger, options.get("table", ""), "Triton",
                unitId == null || unitId.isBlank() ? null : unitId.trim());

        List<Channel> found = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < names.length; i++) {
            String name = names[i].trim();
            if (name.isEmpty()) {
                continue; // a trailing delimiter
            }
            if (!seen.add(name)) {
                throw error(headerLineNumber, name, "duplicate column name");
            }
            found.add(channel(name, i < units.length ? units[i] : null));
            columns.add(i);
        }
        if (found.isEmpty()) {
            throw error(headerLineNumber, null, "the column header names no measurement columns");
        }
        this.channels = List.copyOf(found);
        this.requiredFields = columns.get(columns.size() - 1) + 1;
        this.columnCount = names.length;
        rows(new DelimitedRecords(new CsvParser(CsvParsing.unquoted(delimiter, Math.max(8192, names.length * 2))), in,
                line, DelimitedRecords.translator(fileName, line, 0, CsvErrors.LIMITS, "unreadable line")),
                columns.stream().mapToInt(Integer::intValue).toArray(), null);
    }


    /** {@code Key: value} items of a title line, separated by ';' or TAB; keys lower case. */
    private static void collectItems(String text, Map<String, String> items) {
        for (String item : text.split("[;\t]")) {
            int colon = item.indexOf(':');
            if (colon > 0) {
                items.putIfAbsent(item.substring(0, colon).trim().toLowerCase(Locale.ROOT), item.substring(colon + 1).trim());
            }
        }
    }

    /** The row after the header holds units when its first cell is empty or not a date (data rows start with one). */
    private static boolean isUnitsRow(String[] cells) {
        String first = cells.length == 0 ? "" : cells[0].trim();
        return first.isEmpty() || !Character.isDigit(first.charAt(0));
    }

    private static String[] split(String line, char delimiter) {
        return line.split(Pattern.quote(String.valueOf(delimiter)), -1);
    }

    /** Height and quality/availability as the column name states them; unit from the units row. */
    private static Channel channel(String name, String unitCell) {
        Double height = null;
        String quantity = name;
        Matcher last = HEIGHT_LAST.matcher(name);
        Matcher first = HEIGHT_FIRST.matcher(name);
        if (last.matches()) {
            quantity = last.group(1);
            height = Double.valueOf(last.group(2).replace(',', '.'));
        } else if (first.matches()) {
            quantity = first.group(2);
            height = Double.valueOf(first.group(1).replace(',', '.'));
        }
        String statistic = QUALITY.matcher(quantity).find() ? "Quality"
                : AVAILABILITY.matcher(quantity).find() ? "Availability" : null;
        String unit = unitCell == null ? "" : unitCell.trim();
        if (unit.length() > 1 && (unit.startsWith("[") && unit.endsWith("]") || unit.startsWith("(") && unit.endsWith(")"))) {
            unit = unit.substring(1, unit.length() - 1).trim();
        }
        return new Channel(name, unit.isEmpty() ? null : unit, statistic, height, null, null);
    }

    @Override
    protected long timestampOf(String[] row) {
        String misfit = FieldCounts.problem(row, columnCount, requiredFields);
        if (misfit != null) {
            throw error(lineNumber(), null, misfit);
        }
        return timestamp(row[timestampColumn], timestampName, timestamps.description(), stamps);
    }

    @Override
    protected double number(String text) {
        return Cells.number(text, (char) 0, sentinels);
    }
}
