package io.loggerflow.worker.load;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Encodes (ts, sensor_id, value, file_id) rows in PostgreSQL's binary COPY format: the server stores the
 * numbers as sent instead of parsing timestamp and float text, its main cost in a text COPY.
 * Buffers 64 KiB; no object per row.
 */
public final class BinaryReadingRows {
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
            0, 0, 0, 0, // flags: no OIDs
            0, 0, 0, 0}; // no header extension
    /** PostgreSQL timestamps count microseconds from 2000-01-01T00:00:00Z. */
    private static final long POSTGRES_EPOCH_MILLIS = 946_684_800_000L;
    /** The longest row: with the staging table's line number. */
    private static final int ROW_BYTES = 2 + (4 + 8) + (4 + 4) + (4 + 8) + (4 + 8) + (4 + 8);

    private final OutputStream out;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;

    public BinaryReadingRows(OutputStream out) throws IOException {
        this.out = out;
        System.arraycopy(HEADER, 0, buffer, 0, HEADER.length);
        position = HEADER.length;
    }

    public void row(long epochMillis, int sensorId, double value, long fileId) throws IOException {
        begin(4);
        reading(epochMillis, sensorId, value, fileId);
    }

    /**
     * A row of (ts, sensor_id, value, file_id, line): the staging table keeps the file's line, so that of two
     * rows of one file with the same stamp the later one wins.
     */
    public void row(long epochMillis, int sensorId, double value, long fileId, long line) throws IOException {
        begin(5);
        reading(epochMillis, sensorId, value, fileId);
        putInt(8);
        putLong(line);
    }

    /** A row of (ts, sensor_id, value, file_id, stored): the merge's pending readings (see {@code create_pending.sql}). */
    void row(long epochMillis, int sensorId, double value, long fileId, boolean stored) throws IOException {
        begin(5);
        reading(epochMillis, sensorId, value, fileId);
        putInt(1);
        buffer[position++] = (byte) (stored ? 1 : 0);
    }

    private void begin(int fields) throws IOException {
        if (position + ROW_BYTES > buffer.length) {
            drain();
        }
        putShort(fields);
    }

    private void reading(long epochMillis, int sensorId, double value, long fileId) {
        putInt(8);
        putLong((epochMillis - POSTGRES_EPOCH_MILLIS) * 1000L);
        putInt(4);
        putInt(sensorId);
        putInt(8);
        putLong(Double.doubleToRawLongBits(value));
        putInt(8);
        putLong(fileId);
    }

    /** Writes the trailer and everything buffered. */
    public void finish() throws IOException {
        if (position + 2 > buffer.length) {
            drain();
        }
        putShort(-1);
        drain();
    }

    private void drain() throws IOException {
        out.write(buffer, 0, position);
        position = 0;
    }

    private void putShort(int v) {
        buffer[position++] = (byte) (v >>> 8);
        buffer[position++] = (byte) v;
    }

    private void putInt(int v) {
        buffer[position++] = (byte) (v >>> 24);
        buffer[position++] = (byte) (v >>> 16);
        buffer[position++] = (byte) (v >>> 8);
        buffer[position++] = (byte) v;
    }

    private void putLong(long v) {
        putInt((int) (v >>> 32));
        putInt((int) v);
    }
}
