package io.loggerflow.worker.load;

import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.RowReader;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.PGCopyOutputStream;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Unpivots a file's wide rows into tidy (ts, sensor_id, value, file_id) rows streamed through a binary
 * PostgreSQL COPY: no object per reading, one row of the file in memory. Missing values are skipped.
 */
final class ReadingsCopy {
    private static final String COPY = "COPY %s (ts, sensor_id, value, file_id) FROM STDIN (FORMAT binary)";

    private ReadingsCopy() {
    }

    /**
     * What one COPY wrote.
     *
     * @param readings      values written
     * @param skippedRows   rows left out because a cell was not a number (only when skipping is on)
     * @param firstSkipped  the first skipped row's error, or null
     */
    record Result(long readings, long skippedRows, String firstSkipped) {
    }

    /**
     * @param table        {@code readings} or the staging table (a constant, never from input)
     * @param sensorIds    the sensor id of each channel of the reader
     * @param parsed       the first pass: stamp shift (end-of-interval stamps to interval start) and time range
     * @param skipBadRows  leave out (and count) rows with a non-numeric cell instead of failing the file
     */
    static Result copy(Connection connection, String table, RowReader reader, int[] sensorIds, long fileId,
                       ParsedFile parsed, boolean skipBadRows) throws SQLException, IOException {
        long shiftMillis = parsed.shiftMillis();
        long first = parsed.first().toEpochMilli();
        long last = parsed.last().toEpochMilli();
        CopyManager copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
        double[] values = new double[sensorIds.length];
        long written = 0;
        long skipped = 0;
        String firstSkipped = null;
        PGCopyOutputStream stream = new PGCopyOutputStream(copyManager.copyIn(String.format(COPY, table)), 64 * 1024);
        boolean complete = false;
        try {
            BinaryReadingRows out = new BinaryReadingRows(stream);
            while (reader.next()) {
                try {
                    for (int channel = 0; channel < values.length; channel++) {
                        values[channel] = reader.value(channel);
                    }
                } catch (InputFormatException e) {
                    if (!skipBadRows) {
                        throw e;
                    }
                    skipped++;
                    firstSkipped = firstSkipped == null ? e.getMessage() : firstSkipped;
                    continue;
                }
                long stamp = reader.timestampMillis() - shiftMillis;
                if (stamp < first || stamp > last) {
                    // the overlap check and the partitions were based on the first pass's range
                    throw new InputFormatException(parsed.source().name(), reader.lineNumber(), null,
                            "the file changed while it was being imported (a row outside the range read before)");
                }
                for (int channel = 0; channel < values.length; channel++) {
                    if (Double.isNaN(values[channel])) {
                        continue;
                    }
                    out.row(stamp, sensorIds[channel], values[channel], fileId);
                    written++;
                }
            }
            out.finish();
            stream.endCopy();
            complete = true;
            return new Result(written, skipped, firstSkipped);
        } finally {
            if (!complete && stream.isActive()) {
                stream.cancelCopy(); // the transaction is rolled back by the caller
            }
        }
    }
}
