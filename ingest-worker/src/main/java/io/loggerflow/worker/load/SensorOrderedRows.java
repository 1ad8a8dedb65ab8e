package io.loggerflow.worker.load;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * A whole file's readings held back and sent in (sensor_id, ts) order, the order of TimescaleDB's compressed
 * batches (segmented by sensor, ordered by time): with {@code enable_direct_compress_copy_client_sorted} the
 * server then compresses them as they arrive instead of buffering and sorting them itself. Rows are kept as
 * they come (their stamps increase: a file whose stamps do not is merged, never copied), so sending them by
 * sensor is a transposition, not a sort. Only for files of at most {@link #MAX_READINGS} cells, which bounds
 * the memory to 8 bytes a cell plus 8 a row (16 MB per import worker at most).
 */
final class SensorOrderedRows {
    /** Cells (rows x channels) of the largest file held back: a month of 10-minute data from 460 channels. */
    static final long MAX_READINGS = 2_000_000;

    private final int[] sensorIds;
    private final Integer[] channelsBySensor;
    private long[] stamps;
    private double[] values;
    private int rows;

    /** Whether a file of {@code rows} rows and {@code channels} channels may be held back. */
    static boolean fits(long rows, int channels) {
        return rows * Math.max(channels, 1) <= MAX_READINGS;
    }

    SensorOrderedRows(int[] sensorIds, long expectedRows) {
        this.sensorIds = sensorIds;
        this.channelsBySensor = IntStream.range(0, sensorIds.length).boxed()
                .sorted(Comparator.comparingInt(channel -> sensorIds[channel])).toArray(Integer[]::new);
        int capacity = (int) Math.max(1, Math.min(expectedRows, MAX_READINGS / Math.max(sensorIds.length, 1)));
        this.stamps = new long[capacity];
        this.values = new double[capacity * sensorIds.length];
    }

    /** One row of the file: its stamp and each channel's value (NaN where missing). */
    void add(long stamp, double[] rowValues) {
        if (rows == stamps.length) { // the scan's row count is exact; this only guards against a changed file
            stamps = Arrays.copyOf(stamps, rows * 2);
            values = Arrays.copyOf(values, rows * 2 * sensorIds.length);
        }
        stamps[rows] = stamp;
        System.arraycopy(rowValues, 0, values, rows * sensorIds.length, sensorIds.length);
        rows++;
    }

    /** Sends every held reading, sensor by sensor; returns how many. */
    long sendTo(BinaryReadingRows out, long fileId) throws IOException {
        return forEach((cell, stamp, sensorId, value) -> out.row(stamp, sensorId, value, fileId));
    }

    /** One held reading; {@code cell} names it for {@link #drop}. */
    @FunctionalInterface
    interface Readings {
        void reading(int cell, long stamp, int sensorId, double value) throws IOException;
    }

    /** Visits every held reading in (sensor_id, ts) order; returns how many. */
    long forEach(Readings readings) throws IOException {
        long visited = 0;
        int width = sensorIds.length;
        for (int channel : channelsBySensor) {
            int sensorId = sensorIds[channel];
            for (int row = 0; row < rows; row++) {
                int cell = row * width + channel;
                double value = values[cell];
                if (!Double.isNaN(value)) {
                    readings.reading(cell, stamps[row], sensorId, value);
                    visited++;
                }
            }
        }
        return visited;
    }

    /** Forgets a held reading (one the database holds already): later visits skip it. */
    void drop(int cell) {
        values[cell] = Double.NaN;
    }
}
