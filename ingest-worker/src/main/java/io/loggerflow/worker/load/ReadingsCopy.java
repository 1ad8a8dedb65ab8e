package io.loggerflow.worker.load;

import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.RowException;
import io.loggerflow.parsers.RowReader;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.PGCopyOutputStream;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Unpivots a file's wide rows into tidy (ts, sensor_id, value, file_id) rows streamed through a binary
 * PostgreSQL COPY: no object per reading, one row of the file in memory. Missing values are skipped, and so
 * are the rows the scan left out (the same rows: readers are deterministic) and rows with a bad cell.
 */
final class ReadingsCopy {
    private static final String COPY = "COPY %s (ts, sensor_id, value, file_id) FROM STDIN (FORMAT binary)";
    private static final String COPY_WITH_LINE = "COPY %s (ts, sensor_id, value, file_id, line) FROM STDIN (FORMAT binary)";

    /** Where the readings go. */
    enum Target {
        READINGS("readings", false),
        /** The staging table of the merge path, with each reading's line (see {@code create_staging.sql}). */
        STAGING("readings_staging", true);

        final String table;
        final boolean withLine;

        Target(String table, boolean withLine) {
            this.table = table;
            this.withLine = withLine;
        }
    }

    private ReadingsCopy() {
    }

    /**
     * @param sensorIds the sensor id of each channel of the reader
     * @param parsed    the first pass: stamp shift (end-of-interval stamps to interval start), time range and
     *                  window, bad-row rules
     * @param account   the scan's account, to which rows with a bad cell are added
     * @return the values written
     * @throws InputFormatException at a bad row with {@code bad-rows = fail}
     */
    static long copy(Connection connection, Target target, RowReader reader, int[] sensorIds, long fileId,
                     ParsedFile parsed, RowAccount account) throws SQLException, IOException {
        return copy(connection, target, reader, sensorIds, fileId, parsed, account, null);
    }

    /**
     * @param bySensor when given, the readings are held there and sent in (sensor_id, ts) order at the end
     *                 (into {@link Target#READINGS} only)
     */
    static long copy(Connection connection, Target target, RowReader reader, int[] sensorIds, long fileId,
                     ParsedFile parsed, RowAccount account, SensorOrderedRows bySensor)
            throws SQLException, IOException {
        CopyManager copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
        String sql = String.format(target.withLine ? COPY_WITH_LINE : COPY, target.table);
        PGCopyOutputStream stream = new PGCopyOutputStream(copyManager.copyIn(sql), 64 * 1024);
        boolean complete = false;
        try {
            BinaryReadingRows out = new BinaryReadingRows(stream);
            long[] written = {0};
            read(reader, sensorIds.length, parsed, account, (stamp, line, values) -> {
                if (bySensor != null) {
                    bySensor.add(stamp, values);
                    return;
                }
                for (int channel = 0; channel < values.length; channel++) {
                    if (Double.isNaN(values[channel])) {
                        continue;
                    }
                    if (target.withLine) {
                        out.row(stamp, sensorIds[channel], values[channel], fileId, line);
                    } else {
                        out.row(stamp, sensorIds[channel], values[channel], fileId);
                    }
                    written[0]++;
                }
            });
            if (bySensor != null) {
                written[0] = bySensor.sendTo(out, fileId);
            }
            out.finish();
            stream.endCopy();
            complete = true;
            return written[0];
        } finally {
            if (!complete && stream.isActive()) {
                stream.cancelCopy(); // the transaction is rolled back by the caller
            }
        }
    }

    /** One good row of the file, its stamp shifted to the interval's start; values NaN where missing. */
    @FunctionalInterface
    interface Rows {
        void row(long stamp, long line, double[] values) throws IOException;
    }

    /**
     * Reads the file's good rows (the rows the scan kept) into {@code rows}; the values array is reused.
     *
     * @throws InputFormatException at a bad row with {@code bad-rows = fail}, or when the file changed since the scan
     */
    static void read(RowReader reader, int channels, ParsedFile parsed, RowAccount account, Rows rows)
            throws IOException {
        long shiftMillis = parsed.shiftMillis();
        long first = parsed.first().toEpochMilli();
        long last = parsed.last().toEpochMilli();
        boolean skip = parsed.badRows().skip();
        double[] values = new double[channels];
        while (true) {
            try {
                if (!reader.next()) {
                    return;
                }
            } catch (RowException e) {
                if (!skip) {
                    throw e;
                }
                continue; // counted by the scan
            }
            long raw = reader.timestampMillis();
            if (!parsed.window().contains(raw)) {
                continue; // counted by the scan
            }
            if (!readValues(reader, values, skip, account)) {
                continue;
            }
            long stamp = raw - shiftMillis;
            if (stamp < first || stamp > last) {
                // the overlap check and the partitions were based on the first pass's range
                throw new InputFormatException(parsed.source().name(), reader.lineNumber(), null,
                        "the file changed while it was being imported (a row outside the range read before)");
            }
            rows.row(stamp, reader.lineNumber(), values);
        }
    }

    /** @return false when a cell is not a number: the row is left out and counted */
    private static boolean readValues(RowReader reader, double[] values, boolean skip, RowAccount account) {
        try {
            for (int channel = 0; channel < values.length; channel++) {
                values[channel] = reader.value(channel);
            }
            return true;
        } catch (InputFormatException e) { // a cell is one row's problem, whatever exception class the reader uses
            if (!skip) {
                throw e;
            }
            account.skip(SkippedRow.Kind.VALUE, e);
            return false;
        }
    }
}
