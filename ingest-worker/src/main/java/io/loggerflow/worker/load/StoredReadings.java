package io.loggerflow.worker.load;

import io.loggerflow.worker.db.Sql;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A forward cursor over the stored readings of some sensors in a time range, in (sensor_id, ts) order, read
 * through a binary {@code COPY ... TO STDOUT}: no object per reading. The connection serves nothing else until
 * it is closed (a COPY is under way).
 */
final class StoredReadings implements AutoCloseable {
    /** PostgreSQL timestamps count microseconds from 2000-01-01T00:00:00Z. */
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;
    /** Signature, flags and header extension length of the binary COPY format. */
    private static final int HEADER_BYTES = 11 + 4 + 4;

    private final PGCopyInputStream copy;
    private final DataInputStream in;
    private boolean positioned;
    private int sensorId;
    private long epochMicros;
    private double value;

    private StoredReadings(PGCopyInputStream copy) {
        this.copy = copy;
        this.in = new DataInputStream(new BufferedInputStream(copy, 64 * 1024));
    }

    /** Opens the cursor on its first reading, if any. */
    static StoredReadings open(Connection connection, int[] sensorIds, Instant first, Instant last)
            throws SQLException, IOException {
        String sensors = Arrays.stream(sensorIds).mapToObj(Integer::toString).collect(Collectors.joining(","));
        String sql = Sql.load("load/stored_readings.sql").formatted(sensors, first, last);
        StoredReadings readings = new StoredReadings(
                new PGCopyInputStream(connection.unwrap(PGConnection.class).getCopyAPI().copyOut(sql)));
        try {
            readings.in.skipNBytes(HEADER_BYTES);
            readings.next();
            return readings;
        } catch (IOException | RuntimeException e) {
            readings.close();
            throw e;
        }
    }

    /** Whether the cursor is on a reading (false once past the last). */
    boolean positioned() {
        return positioned;
    }

    int sensorId() {
        return sensorId;
    }

    long epochMicros() {
        return epochMicros;
    }

    double value() {
        return value;
    }

    /** Whether the reading under the cursor comes before (sensorId, epochMicros) in (sensor_id, ts) order. */
    boolean before(int sensorId, long epochMicros) {
        return this.sensorId < sensorId || (this.sensorId == sensorId && this.epochMicros < epochMicros);
    }

    /** Whether the reading under the cursor is the one of that sensor and stamp. */
    boolean at(int sensorId, long epochMicros) {
        return positioned && this.sensorId == sensorId && this.epochMicros == epochMicros;
    }

    /** Moves to the next reading. */
    void next() throws IOException {
        short fields = in.readShort();
        if (fields == -1) {
            positioned = false;
            while (in.read() != -1) { // the end of the COPY: the connection serves statements again
            }
            return;
        }
        in.readInt(); // each field's length: 4, 8, 8 (the columns are NOT NULL)
        sensorId = in.readInt();
        in.readInt();
        epochMicros = in.readLong() + POSTGRES_EPOCH_MICROS;
        in.readInt();
        value = in.readDouble();
        positioned = true;
    }

    /** Reads to the end of the COPY, or cancels it when the caller stopped early. */
    @Override
    public void close() throws IOException {
        if (copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                throw new IOException("cancelling the COPY of stored readings failed", e);
            }
        }
    }
}
