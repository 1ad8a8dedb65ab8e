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
 * instead of one sort of the whole range; months are cut further where a calibration starts or ends, so each
 * slice is read with one calibration: sensors flagged throughout are not asked for, readings in shorter flag
 * windows are skipped and calibrated ones mapped as they stream ({@link SliceCleaner}), so a cleaned slice runs
 * the uncleaned query in the uncleaned plan
 * (a per-row SQL expression cost about 0.7 µs per reading of a file with a calibrated sensor).
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
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load("readings"))) {
            statement.setFetchSize(fetchSize);
            for (ExportRange slice : cleaning.slices(plan.range())) {
                SliceCleaning sliceCleaning = cleaning.any() ? SliceCleaning.load(connection, sensors, slice)
                        : SliceCleaning.none(ids);
                if (sliceCleaning.kept().length == 0) {
                    continue;
                }
                statement.setArray(1, connection.createArrayOf("integer",
                        Arrays.stream(sliceCleaning.read()).boxed().toArray()));
                statement.setTimestamp(2, Timestamp.from(slice.from()));
                statement.setTimestamp(3, Timestamp.from(slice.to()));
                try (ResultSet rs = statement.executeQuery()) {
                    if (!sliceCleaning.cleansReadings()) {
                        while (rs.next()) {
                            sink.reading(rs.getTimestamp(1).getTime(), rs.getInt(2), rs.getDouble(3));
                        }
                        continue;
                    }
                    SliceCleaner cleaner = new SliceCleaner(sliceCleaning, sink);
                    while (rs.next()) {
                        cleaner.reading(rs.getTimestamp(1).getTime(), rs.getInt(2), rs.getDouble(3));
                    }
                    cleaner.finish();
                }
            }
        }
    }

    static Array sensorIds(Connection connection, List<SensorColumn> columns) throws SQLException {
        return connection.createArrayOf("integer", columns.stream().map(SensorColumn::sensorId).toArray());
    }
}
