package io.loggerflow.exporter;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

/**
 * Streams a plan's readings of some of its sensors as every layout exports them: cleaned by the export's
 * query (calibrations applied, flagged readings left out; the plain query when nothing in the range needs
 * cleaning), ordered by (timestamp, sensor), month by month from a server-side cursor.
 */
final class CleanedReadings {
    /** Receives one reading. */
    @FunctionalInterface
    interface Sink {
        void reading(long stamp, int sensorId, double value) throws java.io.IOException;
    }

    private final int fetchSize;
    private final String query;

    /** @param cleaning the plan's calibration and flag counts (any non-zero selects the cleaning query) */
    CleanedReadings(int fetchSize, long[] cleaning) {
        this.fetchSize = fetchSize;
        this.query = cleaning[0] + cleaning[1] > 0 ? "readings" : "readings_uncleaned";
    }

    void stream(Connection connection, ExportPlan plan, List<SensorColumn> columns, Sink sink)
            throws SQLException, java.io.IOException {
        // Month by month: each slice is one partition (or one or two chunks), sorted by the server in memory
        // and streamed, instead of one sort of the whole range.
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load(query))) {
            statement.setFetchSize(fetchSize);
            Array sensors = sensorIds(connection, columns);
            for (ExportRange slice : MonthSlices.of(plan.range())) {
                int at = 1;
                if (query.equals("readings")) { // the flags lookup names the source
                    statement.setInt(at++, plan.source().id());
                }
                statement.setArray(at++, sensors);
                statement.setTimestamp(at++, Timestamp.from(slice.from()));
                statement.setTimestamp(at, Timestamp.from(slice.to()));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        sink.reading(rs.getTimestamp(1).getTime(), rs.getInt(2), rs.getDouble(3));
                    }
                }
            }
        }
    }

    static Array sensorIds(Connection connection, List<SensorColumn> columns) throws SQLException {
        return connection.createArrayOf("integer", columns.stream().map(SensorColumn::sensorId).toArray());
    }
}
