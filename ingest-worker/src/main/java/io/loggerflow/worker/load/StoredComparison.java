package io.loggerflow.worker.load;

import io.loggerflow.worker.db.Sql;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.BitSet;
import java.util.TreeSet;

/**
 * Compares a file's held readings with the stored ones on the loader's side: both in (sensor_id, ts) order, so
 * one pass over each. Readings equal to the stored ones are dropped from the held ones; what remains is new or
 * changed, and only that is staged for the merge — an identical re-send stages, writes and decompresses nothing.
 */
final class StoredComparison {
    private final SensorOrderedRows held;
    private final BitSet changedCells = new BitSet();
    private final TreeSet<Integer> changedSensors = new TreeSet<>();
    private long readings;
    private long newReadings;
    private long changedFromMillis = Long.MAX_VALUE;
    private long changedToMillis = Long.MIN_VALUE;

    private StoredComparison(SensorOrderedRows held) {
        this.held = held;
    }

    /** Compares the held readings with the stored ones of their sensors in [first, last]. */
    static StoredComparison compare(Connection connection, SensorOrderedRows held, int[] sensorIds, Instant first,
                                    Instant last) throws SQLException, IOException {
        StoredComparison comparison = new StoredComparison(held);
        try (StoredReadings stored = StoredReadings.open(connection, sensorIds, first, last)) {
            comparison.readings = held.forEach((cell, stamp, sensorId, value) -> {
                long micros = stamp * 1000;
                while (stored.positioned() && stored.before(sensorId, micros)) {
                    stored.next();
                }
                if (!stored.at(sensorId, micros)) {
                    comparison.newReadings++;
                } else if (stored.value() == value) { // as SQL compares double precision: 0.0 equals -0.0
                    held.drop(cell);
                } else {
                    comparison.changed(cell, stamp, sensorId);
                }
            });
            while (stored.positioned()) { // stored readings after the file's last sensor's: read to the COPY's end
                stored.next();
            }
        }
        return comparison;
    }

    private void changed(int cell, long stamp, int sensorId) {
        changedCells.set(cell);
        changedSensors.add(sensorId);
        changedFromMillis = Math.min(changedFromMillis, stamp);
        changedToMillis = Math.max(changedToMillis, stamp);
    }

    /** The file's readings compared (its non-missing values). */
    long readings() {
        return readings;
    }

    long newReadings() {
        return newReadings;
    }

    long changed() {
        return changedCells.cardinality();
    }

    /** The sensors with a changed reading, ascending. */
    Integer[] changedSensors() {
        return changedSensors.toArray(Integer[]::new);
    }

    Instant changedFrom() {
        return Instant.ofEpochMilli(changedFromMillis);
    }

    Instant changedTo() {
        return Instant.ofEpochMilli(changedToMillis);
    }

    /** Copies the new and changed readings into {@code readings_pending} (created by the caller). */
    void stage(Connection connection, long fileId) throws SQLException, IOException {
        PGCopyOutputStream stream = new PGCopyOutputStream(connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn(Sql.load("load/copy_pending.sql")), 64 * 1024);
        boolean complete = false;
        try {
            BinaryReadingRows out = new BinaryReadingRows(stream);
            held.forEach((cell, stamp, sensorId, value) ->
                    out.row(stamp, sensorId, value, fileId, changedCells.get(cell)));
            out.finish();
            stream.endCopy();
            complete = true;
        } finally {
            if (!complete && stream.isActive()) {
                stream.cancelCopy(); // the transaction is rolled back by the caller
            }
        }
    }
}
