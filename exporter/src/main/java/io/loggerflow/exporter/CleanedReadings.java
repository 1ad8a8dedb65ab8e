package io.loggerflow.exporter;

import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;

/**
 * Streams a plan's readings of some of its sensors as every layout exports them, ordered by (timestamp,
 * sensor): cleaned (calibrations applied per statistic, flagged readings left out) slice by slice in time
 * order. Each month is one partition (or one or two chunks), sorted by the server in memory and streamed,
 * instead of one sort of the whole range; months are cut further where a calibration or flag starts or ends,
 * so each slice is read with one cleaning (flagged sensors not at all, calibrated ones mapped by an
 * expression) in the same plan as an uncleaned read.
 */
final class CleanedReadings {
    /** Receives one reading. */
    @FunctionalInterface
    interface Sink {
        void reading(long stamp, int sensorId, double value) throws IOException;
    }

    private final int fetchSize;
    private final ExportCleaning cleaning;

    CleanedReadings(int fetchSize, ExportCleaning cleaning) {
        this.fetchSize = fetchSize;
        this.cleaning = cleaning;
    }

    void stream(Connection connection, ExportPlan plan, List<SensorColumn> columns, Sink sink)
            throws SQLException, IOException {
        int[] ids = columns.stream().mapToInt(SensorColumn::sensorId).toArray();
        Array sensors = sensorIds(connection, columns);
        try (PreparedStatement plain = connection.prepareStatement(SqlText.load("readings_uncleaned"));
             PreparedStatement calibrated = connection.prepareStatement(SqlText.load("readings"))) {
            plain.setFetchSize(fetchSize);
            calibrated.setFetchSize(fetchSize);
            for (ExportRange slice : cleaning.slices(plan.range())) {
                SliceCleaning sliceCleaning = cleaning.any() ? SliceCleaning.load(connection, sensors, slice)
                        : SliceCleaning.none(ids);
                if (sliceCleaning.kept().length == 0) {
                    continue;
                }
                PreparedStatement statement = sliceCleaning.calibrates() ? calibrated : plain;
                int at = 1;
                if (sliceCleaning.calibrates()) {
                    statement.setArray(at++, connection.createArrayOf("integer", sliceCleaning.calibrated()));
                    statement.setArray(at++, connection.createArrayOf("text", sliceCleaning.kinds()));
                    statement.setArray(at++, connection.createArrayOf("float8", sliceCleaning.scales()));
                    statement.setArray(at++, connection.createArrayOf("float8", sliceCleaning.shifts()));
                    statement.setArray(at++, connection.createArrayOf("integer", sliceCleaning.averages()));
                    statement.setTimestamp(at++, Timestamp.from(slice.from()));
                    statement.setTimestamp(at++, Timestamp.from(slice.to()));
                }
                statement.setArray(at++, connection.createArrayOf("integer",
                        Arrays.stream(sliceCleaning.kept()).boxed().toArray()));
                statement.setTimestamp(at++, Timestamp.from(slice.from()));
                statement.setTimestamp(at, Timestamp.from(slice.to()));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        double value = rs.getDouble(3);
                        if (!rs.wasNull()) { // a ti that cannot be recomputed (no average at that time)
                            sink.reading(rs.getTimestamp(1).getTime(), rs.getInt(2), value);
                        }
                    }
                }
            }
        }
    }

    static Array sensorIds(Connection connection, List<SensorColumn> columns) throws SQLException {
        return connection.createArrayOf("integer", columns.stream().map(SensorColumn::sensorId).toArray());
    }
}
