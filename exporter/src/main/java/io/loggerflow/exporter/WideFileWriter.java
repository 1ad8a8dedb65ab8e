package io.loggerflow.exporter;

import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

/**
 * Pivots one measurement type's readings, arriving ordered by (timestamp, sensor), into wide CSV rows:
 * a timestamp and one column per sensor. A row is written for every interval of the time grid (empty
 * cells where nothing was stored) and for any reading stamped off the grid, so no value is lost.
 * Holds one row in memory. Header lines (names and units may need quoting) are written through Apache Commons
 * CSV in the layout's {@link RowStyle}; data rows hold only timestamps, numbers and the missing-value text, none
 * of which ever needs quoting, so they are appended directly: through Commons CSV they cost the export bench
 * about a fifth more time (see the README's Performance section).
 */
final class WideFileWriter {
    /** Labels of the header lines below the column names, in the order they are written. */
    static final List<String> HEADER_LABELS = List.of("height_m", "orientation_deg", "statistic", "unit");
    static final String TIMESTAMP_HEADER = "timestamp_utc";

    private final Writer text;
    private final CSVPrinter out;
    private final RowStyle style;
    private final char delimiter;
    private final String recordSeparator;
    private final SensorIndex sensors;
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
    WideFileWriter(Writer out, List<SensorColumn> columns, long origin, long step, long end) throws IOException {
        this(out, RowStyle.PER_TYPE, columns, origin, step, end);
    }

    /**
     * @param out written to and flushed, never closed (the caller's zip entry or file)
     */
    WideFileWriter(Writer out, RowStyle style, List<SensorColumn> columns, long origin, long step, long end)
            throws IOException {
        if (step <= 0) {
            throw new IllegalArgumentException("interval must be positive");
        }
        this.text = out;
        this.out = new CSVPrinter(out, style.format());
        this.style = style;
        this.delimiter = style.format().getDelimiterString().charAt(0);
        this.recordSeparator = style.format().getRecordSeparator();
        this.step = step;
        this.end = end;
        this.nextGridStamp = origin;
        this.row = new double[columns.size()];
        Arrays.fill(row, Double.NaN);
        this.sensors = new SensorIndex(columns);
    }

    /** The per-type layout's header: the names, then one line per {@link #HEADER_LABELS label}. */
    void writeHeader(List<SensorColumn> columns) throws IOException {
        out.print(TIMESTAMP_HEADER);
        columns.forEach(c -> print(c.name()));
        out.println();
        out.print(HEADER_LABELS.get(0));
        columns.forEach(c -> print(number(c.heightM())));
        out.println();
        out.print(HEADER_LABELS.get(1));
        columns.forEach(c -> print(number(c.orientationDeg())));
        out.println();
        out.print(HEADER_LABELS.get(2));
        columns.forEach(c -> print(c.statistic()));
        out.println();
        out.print(HEADER_LABELS.get(3));
        columns.forEach(c -> print(c.unit()));
        out.println();
    }

    /** Writes a header line of the layout's own: a first cell, then one cell per column. */
    void writeHeaderLine(String first, List<String> cells) throws IOException {
        out.print(first);
        cells.forEach(this::print);
        out.println();
    }

    private void print(String text) {
        try {
            out.print(text == null ? "" : text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String number(Double value) {
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
        int column = sensors.columnOf(sensorId);
        if (column < 0) {
            throw new IllegalStateException("reading of sensor " + sensorId + " not in this file's columns");
        }
        row[column] = value;
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
        style.stamps().append(line, stamp);
        for (int i = 0; i < row.length; i++) {
            line.append(delimiter);
            if (values != null && !Double.isNaN(values[i])) {
                CsvText.appendValue(line, values[i]);
            } else {
                line.append(style.missing());
            }
        }
        line.append(recordSeparator);
        text.append(line);
        rows++;
    }

    /** Pushes what the printer buffered to the underlying writer (a zip entry is closed after each file). */
    void flush() throws IOException {
        out.flush();
    }
}
