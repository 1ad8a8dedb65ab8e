package io.loggerflow.exporter;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

/**
 * Pivots one measurement type's readings, arriving ordered by (timestamp, sensor), into wide CSV rows:
 * a timestamp and one column per sensor. A row is written for every interval of the time grid (empty
 * cells where nothing was stored) and for any reading stamped off the grid, so no value is lost.
 * Holds one row in memory.
 */
final class WideFileWriter {
    /** Labels of the header lines below the column names, in the order they are written. */
    static final List<String> HEADER_LABELS = List.of("height_m", "orientation_deg", "statistic", "unit");
    static final String TIMESTAMP_HEADER = "timestamp_utc";

    private final Writer out;
    private final int[] sortedIds;
    private final int[] columnOfSorted;
    private final double[] row;
    private final long step;
    private final long end;
    private final StringBuilder line = new StringBuilder(256);
    private long nextGridStamp;
    private long currentStamp = Long.MIN_VALUE;
    private long rows;
    private long readings;

    /**
     * @param origin first grid stamp (epoch ms), step the interval (ms), end the exclusive end of the range
     */
    WideFileWriter(Writer out, List<SensorColumn> columns, long origin, long step, long end) {
        if (step <= 0) {
            throw new IllegalArgumentException("interval must be positive");
        }
        this.out = out;
        this.step = step;
        this.end = end;
        this.nextGridStamp = origin;
        int n = columns.size();
        this.row = new double[n];
        Arrays.fill(row, Double.NaN);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(columns.get(a).sensorId(), columns.get(b).sensorId()));
        this.sortedIds = new int[n];
        this.columnOfSorted = new int[n];
        for (int i = 0; i < n; i++) {
            sortedIds[i] = columns.get(order[i]).sensorId();
            columnOfSorted[i] = order[i];
        }
    }

    void writeHeader(List<SensorColumn> columns) throws IOException {
        line.setLength(0);
        line.append(TIMESTAMP_HEADER);
        columns.forEach(c -> line.append(',').append(CsvText.cell(c.name())));
        line.append("\r\n").append(HEADER_LABELS.get(0));
        columns.forEach(c -> line.append(',').append(number(c.heightM())));
        line.append("\r\n").append(HEADER_LABELS.get(1));
        columns.forEach(c -> line.append(',').append(number(c.orientationDeg())));
        line.append("\r\n").append(HEADER_LABELS.get(2));
        columns.forEach(c -> line.append(',').append(CsvText.cell(c.statistic())));
        line.append("\r\n").append(HEADER_LABELS.get(3));
        columns.forEach(c -> line.append(',').append(CsvText.cell(c.unit())));
        line.append("\r\n");
        out.append(line);
    }

    private static String number(Double value) {
        if (value == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        CsvText.appendValue(text, value);
        return text.toString();
    }

    /** One reading; readings must arrive ordered by timestamp. */
    void add(long stamp, int sensorId, double value) throws IOException {
        if (stamp != currentStamp) {
            if (stamp < currentStamp) {
                throw new IllegalStateException("readings out of timestamp order");
            }
            flushRow();
            writeEmptyRowsBefore(stamp);
            currentStamp = stamp;
        }
        int at = Arrays.binarySearch(sortedIds, sensorId);
        if (at < 0) {
            throw new IllegalStateException("reading of sensor " + sensorId + " not in this file's columns");
        }
        row[columnOfSorted[at]] = value;
        readings++;
    }

    /** Writes the pending row and empty rows for the rest of the grid. */
    void finish() throws IOException {
        flushRow();
        writeEmptyRowsBefore(end);
    }

    long rows() {
        return rows;
    }

    long readings() {
        return readings;
    }

    private void flushRow() throws IOException {
        if (currentStamp == Long.MIN_VALUE) {
            return;
        }
        writeRow(currentStamp, row);
        Arrays.fill(row, Double.NaN);
        if (currentStamp == nextGridStamp) {
            nextGridStamp += step;
        }
        currentStamp = Long.MIN_VALUE;
    }

    private void writeEmptyRowsBefore(long limit) throws IOException {
        while (nextGridStamp < limit) {
            writeRow(nextGridStamp, null);
            nextGridStamp += step;
        }
    }

    private void writeRow(long stamp, double[] values) throws IOException {
        line.setLength(0);
        CsvText.appendTimestamp(line, stamp);
        for (int i = 0; i < row.length; i++) {
            line.append(',');
            if (values != null && !Double.isNaN(values[i])) {
                CsvText.appendValue(line, values[i]);
            }
        }
        line.append("\r\n");
        out.append(line);
        rows++;
    }
}
