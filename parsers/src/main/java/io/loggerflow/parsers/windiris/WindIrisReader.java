package io.loggerflow.parsers.windiris;

import com.univocity.parsers.csv.CsvParser;
import io.loggerflow.parsers.Cells;
import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.CsvErrors;
import io.loggerflow.parsers.CsvParsing;
import io.loggerflow.parsers.DelimitedRecords;
import io.loggerflow.parsers.FieldCounts;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.LoggerIdentity;
import io.loggerflow.parsers.LoggerNames;
import io.loggerflow.parsers.OptionValues;
import io.loggerflow.parsers.RowErrors;
import io.loggerflow.parsers.RowException;
import io.loggerflow.parsers.RowReaderBase;
import io.loggerflow.parsers.StampParser;
import io.loggerflow.parsers.StampPosition;
import io.loggerflow.parsers.StampPositions;
import io.loggerflow.parsers.generic.Options;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams an {@code average_data} file: each line (one timestamp and one range distance) is a row in which the
 * sensors of that distance have values and every other sensor is missing, so a bad line costs one distance of
 * one timestamp and the row account matches the file's lines.
 */
final class WindIrisReader extends RowReaderBase {
    static final String OPTION_ENCODING = "encoding";
    static final String OPTION_MISSING = "missing";
    static final String OPTION_STAMP_POSITION = "stamp-position";
    private static final String TIMESTAMP = "Date and Time";
    private static final String DISTANCE = "Distance";
    private static final String EXPECTED_STAMP = "yyyy-MM-ddTHH:mm:ss.SSS+hh:mm";
    /** {@code WIPO0000000_average_data_2020-07-29_00-00-00.csv}: the lidar's id comes first. */
    private static final Pattern FILE_NAME = Pattern.compile("(.+?)_average_data(?:[_.].*)?");
    private static final Pattern AVAILABILITY = Pattern.compile("(?i)(?<![a-z])availability(?![a-z])");
    private static final Pattern TI = Pattern.compile("(?<![A-Za-z])TI(?![A-Za-z])");

    private final String fileName;
    private final DelimitedRecords records;
    private final int columnCount;
    private final int[] quantityColumns;
    /** Compared by value (a TreeMap), so that {@code 50}, {@code 50.0} and {@code 5E+1} are one distance. */
    private final Map<BigDecimal, Integer> distanceIndex = new TreeMap<>();
    private final StampParser stamps;
    private final double[] sentinels;
    private String[] row;
    private int rowDistance;
    private long line;
    private long millis = Long.MIN_VALUE;
    private boolean ended;

    WindIrisReader(BufferedReader in, WindIrisLayout layout, String fileName, Options options) throws IOException {
        this.fileName = fileName;
        in.readLine(); // the column header, which the layout pass has read already
        this.stamps = new StampParser(options.settings().timeZone(), null);
        this.sentinels = OptionValues.numbers(options.settings(), OPTION_MISSING, false);
        this.stampPosition = options.settings().option(OPTION_STAMP_POSITION).isPresent()
                ? StampPositions.option(options.settings(), OPTION_STAMP_POSITION) : StampPosition.END;
        this.identity = identity(fileName, options);
        String[] names = layout.names();
        this.columnCount = names.length;
        List<Integer> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 2; i < names.length; i++) {
            String name = names[i].trim();
            if (name.isEmpty()) {
                continue; // a trailing ';'
            }
            if (!seen.add(name)) {
                throw new InputFormatException(fileName, 1, name, "duplicate column name");
            }
            columns.add(i);
        }
        if (columns.isEmpty() || layout.distances().isEmpty()) {
            throw new InputFormatException(fileName, 1, null, columns.isEmpty()
                    ? "the column header names no measurement columns" : "no line names a range distance");
        }
        this.quantityColumns = columns.stream().mapToInt(Integer::intValue).toArray();
        List<Channel> found = new ArrayList<>();
        for (String distance : layout.distances()) {
            distanceIndex.put(new BigDecimal(distance), distanceIndex.size());
            for (int column : quantityColumns) {
                found.add(channel(names[column].trim(), distance));
            }
        }
        this.channels = List.copyOf(found);
        this.records = new DelimitedRecords(new CsvParser(CsvParsing.unquoted(';', Math.max(8192, columnCount * 2))),
                in, 1, DelimitedRecords.translator(fileName, 1, 0, CsvErrors.LIMITS, "unreadable line"));
    }

    private static LoggerIdentity identity(String fileName, Options options) {
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        Matcher m = FILE_NAME.matcher(base);
        String stated = m.matches() ? m.group(1) : null;
        String logger = options.get(LoggerNames.OPTION).orElse(stated != null ? stated
                : LoggerNames.fallback(fileName, options.settings()));
        return new LoggerIdentity(logger, "average_data", "Wind Iris", stated);
    }

    /** {@code HWS hub@distance 80m}: the distance ahead of the lidar, not a height. */
    private static Channel channel(String quantity, String distance) {
        String statistic = AVAILABILITY.matcher(quantity).find() ? "Availability"
                : TI.matcher(quantity).find() ? "TI" : null;
        return new Channel(quantity + "@distance " + distance + "m", null, statistic, null, null, null);
    }

    @Override
    public boolean next() throws IOException {
        row = null;
        if (ended) {
            return false;
        }
        String[] record;
        try {
            record = records.next();
            while (record != null && record.length == 1 && (record[0] == null || record[0].isBlank())) {
                record = records.next(); // a line of spaces holds no row
            }
        } catch (InputFormatException e) {
            if (!RowErrors.parserStopped(e)) {
                throw e;
            }
            ended = true;
            throw RowErrors.stopped(e);
        }
        if (record == null) {
            ended = true;
            return false;
        }
        line = records.line();
        String misfit = FieldCounts.problem(record, columnCount, columnCount);
        if (misfit != null) {
            throw bad(null, misfit);
        }
        Integer distance = distanceOf(record[1]);
        if (distance == null) {
            throw bad(DISTANCE, "not a range distance: '" + Cells.abbreviate(record[1]) + "'");
        }
        if (record[0] == null || record[0].isBlank()) {
            throw bad(TIMESTAMP, "empty timestamp");
        }
        try {
            millis = stamps.parse(record[0], millis);
        } catch (DateTimeException e) {
            throw bad(TIMESTAMP, "not a timestamp (expected " + EXPECTED_STAMP + "): '" + Cells.abbreviate(record[0]) + "'");
        }
        row = record;
        rowDistance = distance;
        return true;
    }

    private Integer distanceOf(String cell) {
        BigDecimal value = cell == null ? null : WindIrisLayout.distance(";" + cell);
        return value == null ? null : distanceIndex.get(value);
    }

    private RowException bad(String column, String reason) {
        return new RowException(fileName, line, column, reason);
    }

    @Override
    public long timestampMillis() {
        return millis;
    }

    @Override
    public double value(int channel) {
        if (channel / quantityColumns.length != rowDistance) {
            return Double.NaN; // a sensor of another distance: its value is on another line
        }
        String text = row[quantityColumns[channel % quantityColumns.length]];
        try {
            return Cells.number(text, '.', sentinels);
        } catch (NumberFormatException e) {
            throw bad(channels.get(channel).name(), "not a number: '" + Cells.abbreviate(text) + "'");
        }
    }

    @Override
    public long lineNumber() {
        return line > 0 ? line : records.line();
    }

    @Override
    public void close() {
        records.close();
    }
}
