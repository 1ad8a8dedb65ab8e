package io.loggerflow.parsers.generic;

import io.loggerflow.parsers.Cells;
import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.DelimitedRecords;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.LoggerIdentity;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.RowErrors;
import io.loggerflow.parsers.RowException;
import io.loggerflow.parsers.RowReaderBase;
import io.loggerflow.parsers.StampPosition;

import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Streams a {@link TidyCsvFormat} file as wide rows: one row per run of lines with the same timestamp. */
final class TidyCsvReader extends RowReaderBase {
    static final int DEFAULT_MAX_SENSORS = 10_000;

    /** Column positions found in the header line. */
    record Layout(char delimiter, int timestamp, int sensor, int value, int unit, int width,
                  String timestampName, String sensorName, String valueName) {
    }

    /** Result of the first pass: the sensors in first-seen order with their units. */
    record Sensors(Layout layout, List<Channel> channels) {
    }

    private final LineSource lines;
    private final DelimitedRecords rows;
    private final Layout layout;
    private final Map<String, Integer> sensorIndex = new HashMap<>();
    private final Timestamps timestamps;
    private final NumberCells numbers;

    private final String[] cells;
    private final long[] cellLines;
    private final int[] touched;
    private int touchedCount;

    private long groupMillis;
    private long groupLine;
    private boolean started;

    // one line read ahead: the first line of the next group
    private boolean pendingPresent;
    private long pendingMillis;
    private int pendingSensor;
    private String pendingValue;
    private long pendingLine;
    private boolean ended;
    // bad lines met while reading ahead, reported one per next() before the group that follows them
    private final ArrayDeque<RowException> deferred = new ArrayDeque<>();

    TidyCsvReader(LineSource lines, Options options, Sensors sensors) throws IOException {
        this.lines = lines;
        this.channels = sensors.channels();
        for (int i = 0; i < channels.size(); i++) {
            sensorIndex.put(channels.get(i).name(), i);
        }
        this.timestamps = options.timestamps("timestamp-pattern", null);
        this.numbers = new NumberCells(options.decimal("decimal"), options.list("missing"));
        this.stampPosition = options.stampPosition("stamp-position").orElse(StampPosition.UNKNOWN);
        this.interval = options.interval("interval").orElse(null);
        this.identity = options.identity(lines.fileName());
        this.layout = layout(lines, options); // re-reads (and re-checks) the header line
        if (!layout.equals(sensors.layout())) {
            throw lines.error(1, null, "the file changed between the first and the second pass");
        }
        this.rows = lines.rows(layout.delimiter());
        this.cells = new String[channels.size()];
        this.cellLines = new long[channels.size()];
        this.touched = new int[channels.size()];
    }

    /** First pass: the distinct sensors (and units) in first-seen order; one map entry per sensor. */
    static Sensors scan(InputSource source, Charset charset, Options options) throws IOException {
        int max = options.positiveInt("max-sensors", DEFAULT_MAX_SENSORS);
        try (LineSource lines = new LineSource(Encodings.reader(source.open(), charset), source.name(), charset)) {
            Layout layout = layout(lines, options);
            Map<String, String> units = new LinkedHashMap<>();
            boolean anyLine = false;
            try (DelimitedRecords rows = lines.rows(layout.delimiter())) {
                // bad lines are left to the second pass, which reports each as a RowException
                for (String[] row = nextOrNull(rows); row != null; row = nextOrNull(rows)) {
                    long line = rows.line();
                    anyLine = true;
                    if (!fits(layout, row)) {
                        continue;
                    }
                    String sensor = row[layout.sensor()] == null ? "" : row[layout.sensor()].trim();
                    if (sensor.isEmpty()) {
                        continue;
                    }
                    String unit = layout.unit() < 0 || layout.unit() >= row.length || row[layout.unit()] == null
                            ? "" : row[layout.unit()].trim();
                    String known = units.get(sensor);
                    if (known == null && !units.containsKey(sensor)) {
                        if (units.size() >= max) {
                            throw lines.error(line, layout.sensorName(), "more than " + max
                                    + " distinct sensors (is the column mapping right? raise max-sensors if so)");
                        }
                        units.put(sensor, unit.isEmpty() ? null : unit);
                    } else if (!unit.isEmpty()) {
                        if (known == null) {
                            units.put(sensor, unit);
                        } else if (!known.equals(unit)) {
                            throw lines.error(line, "unit", "sensor '" + sensor + "' has unit '" + unit
                                    + "' here but '" + known + "' earlier");
                        }
                    }
                }
            }
            if (units.isEmpty()) {
                throw lines.error(1, null, anyLine ? "no data line of the tidy CSV has a sensor name and "
                        + layout.width() + " fields" : "the tidy CSV has a header but no data lines");
            }
            List<Channel> channels = new ArrayList<>(units.size());
            units.forEach((name, unit) -> channels.add(new Channel(name, unit, null)));
            return new Sensors(layout, List.copyOf(channels));
        }
    }

    private static Layout layout(LineSource lines, Options options) throws IOException {
        String header = lines.readLine();
        if (header == null || header.isBlank()) {
            throw lines.error(1, null, "the file is empty: expected a header line naming "
                    + "timestamp, sensor and value columns");
        }
        char delimiter = options.delimiter("delimiter").orElseGet(() -> guessDelimiter(header));
        String[] names = lines.split(header, delimiter);
        String tsName = options.get("timestamp-column", "timestamp");
        String sensorName = options.get("sensor-column", "sensor");
        String valueName = options.get("value-column", "value");
        String unitName = options.get("unit-column", "unit");
        int ts = find(names, tsName);
        int sensor = find(names, sensorName);
        int value = find(names, valueName);
        int unit = find(names, unitName);
        for (Object[] required : new Object[][]{{ts, tsName}, {sensor, sensorName}, {value, valueName}}) {
            if ((int) required[0] < 0) {
                throw lines.error(1, null, "the header line has no '" + required[1] + "' column (found: "
                        + String.join(", ", Arrays.stream(names).map(n -> n == null ? "" : n).toList()) + ")");
            }
        }
        int width = Math.max(Math.max(ts, sensor), Math.max(value, unit)) + 1;
        return new Layout(delimiter, ts, sensor, value, unit, width, tsName, sensorName, valueName);
    }

    private static char guessDelimiter(String header) {
        char best = ',';
        long bestCount = 0;
        for (char c : new char[]{',', ';', '\t'}) {
            long count = header.chars().filter(ch -> ch == c).count();
            if (count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        return best;
    }

    private static int find(String[] names, String wanted) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] != null && names[i].trim().equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        return -1;
    }

    // The first pass stops where the parser cannot go on (an unclosed quote); the second pass reports it there.
    private static String[] nextOrNull(DelimitedRecords rows) {
        try {
            return rows.next();
        } catch (InputFormatException e) {
            if (RowErrors.parserStopped(e)) {
                return null;
            }
            throw e;
        }
    }

    /**
     * Every field of the header, the unit included: a line that stops before its last field is a line cut short
     * (an interrupted transfer), and its last value may be cut too ({@code 4.} of {@code 4.25}).
     */
    private static boolean fits(Layout layout, String[] row) {
        return row.length >= layout.width();
    }



    @Override
    public boolean next() {
        if (!started) {
            started = true;
            readAhead();
        }
        for (int i = 0; i < touchedCount; i++) {
            cells[touched[i]] = null;
        }
        touchedCount = 0;
        if (!deferred.isEmpty()) {
            throw deferred.poll();
        }
        if (!pendingPresent) {
            return false;
        }
        if (groupLine > 0 && pendingMillis < groupMillis) {
            throw lines.error(pendingLine, layout.timestampName(), "tidy CSV must be sorted by timestamp: "
                    + Instant.ofEpochMilli(pendingMillis) + " comes after " + Instant.ofEpochMilli(groupMillis)
                    + " (line " + groupLine + ")");
        }
        groupMillis = pendingMillis;
        groupLine = pendingLine;
        do {
            int s = pendingSensor;
            if (cells[s] != null) { // the first line counts; the repeat is a bad row of its own
                deferred.add(rowError(pendingLine, layout.sensorName(), "sensor '" + channels.get(s).name()
                        + "' appears twice for timestamp " + Instant.ofEpochMilli(groupMillis)
                        + " (also line " + cellLines[s] + ")"));
            } else {
                cells[s] = pendingValue == null ? "" : pendingValue;
                cellLines[s] = pendingLine;
                touched[touchedCount++] = s;
            }
            readAhead();
        } while (pendingPresent && pendingMillis == groupMillis);
        return true;
    }

    /**
     * Reads the first line of the next group. A bad line is kept as a {@link RowException} for a later
     * {@link #next()} and reading goes on; where the parser cannot go on, reading ends after that error.
     */
    private void readAhead() {
        while (true) {
            String[] row;
            try {
                row = ended ? null : rows.next();
            } catch (InputFormatException e) {
                if (!RowErrors.parserStopped(e)) {
                    throw e;
                }
                deferred.add(RowErrors.stopped(e));
                row = null;
            }
            if (row == null) {
                ended = true;
                pendingPresent = false;
                return;
            }
            long line = rows.line();
            try {
                pend(row, line);
                return;
            } catch (RowException e) {
                deferred.add(e);
            }
        }
    }

    private void pend(String[] row, long line) {
        if (!fits(layout, row)) {
            throw rowError(line, null, "expected at least " + layout.width() + " fields but found " + row.length);
        }
        long millis;
        try {
            millis = timestamps.parseCell(row[layout.timestamp()], lines, line, layout.timestampName(), "");
        } catch (InputFormatException e) {
            throw rowError(line, e.column(), e.reason());
        }
        String sensor = row[layout.sensor()] == null ? "" : row[layout.sensor()].trim();
        if (sensor.isEmpty()) {
            throw rowError(line, layout.sensorName(), "empty sensor name");
        }
        Integer index = sensorIndex.get(sensor);
        if (index == null) {
            throw lines.error(line, layout.sensorName(), "sensor '" + Cells.abbreviate(sensor)
                    + "' was not in the file during the first pass (the file changed while being read)");
        }
        pendingMillis = millis;
        pendingSensor = index;
        pendingValue = row[layout.value()];
        pendingLine = line;
        pendingPresent = true;
    }

    private RowException rowError(long line, String column, String reason) {
        return new RowException(lines.fileName(), line, column, reason);
    }

    @Override
    public long timestampMillis() {
        return groupMillis;
    }

    /** NaN when the sensor has no line in the current group or its value is a missing-value marker. */
    @Override
    public double value(int channel) {
        String text = cells[channel];
        if (text == null) {
            return Double.NaN;
        }
        try {
            return numbers.parse(text);
        } catch (NumberFormatException e) {
            throw rowError(cellLines[channel], layout.valueName(), "not a number for sensor '"
                    + channels.get(channel).name() + "': '" + Cells.abbreviate(text) + "'");
        }
    }


    /** The first line of the current group. */
    @Override
    public long lineNumber() {
        return groupLine;
    }

    @Override
    public void close() throws IOException {
        rows.close();
        lines.close();
    }
}
