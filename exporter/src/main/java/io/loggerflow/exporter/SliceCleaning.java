package io.loggerflow.exporter;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The cleaning of one file's sensors over one slice of an export, in which no calibration or flag starts or
 * ends: the sensors to read (flagged ones are not read at all) and, for each calibrated sensor, how its values
 * are mapped (kind, scale, shift, and the point's average sensor for a recomputed ti). The database decides it
 * ({@code cleaning_slice.sql}); the readings query applies it.
 */
record SliceCleaning(int[] kept, Integer[] calibrated, String[] kinds, Double[] scales, Double[] shifts,
                     Integer[] averages) {

    /** Nothing to clean: every sensor is read as stored. */
    static SliceCleaning none(int[] sensors) {
        return new SliceCleaning(sensors, new Integer[0], new String[0], new Double[0], new Double[0], new Integer[0]);
    }

    static SliceCleaning load(Connection connection, Array sensors, ExportRange slice) throws SQLException {
        List<Integer> kept = new ArrayList<>();
        List<Integer> calibrated = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<Double> scales = new ArrayList<>();
        List<Double> shifts = new ArrayList<>();
        List<Integer> averages = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load("cleaning_slice"))) {
            Timestamp from = Timestamp.from(slice.from());
            for (int i = 1; i <= 4; i++) {
                statement.setTimestamp(i, from);
            }
            statement.setArray(5, sensors);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    if (rs.getBoolean(2)) {
                        continue;
                    }
                    kept.add(rs.getInt(1));
                    if (!rs.getString(3).equals("none")) {
                        calibrated.add(rs.getInt(1));
                        kinds.add(rs.getString(3));
                        scales.add(rs.getDouble(4));
                        shifts.add(rs.getDouble(5));
                        averages.add((Integer) rs.getObject(6));
                    }
                }
            }
        }
        return new SliceCleaning(kept.stream().mapToInt(Integer::intValue).toArray(), calibrated.toArray(Integer[]::new),
                kinds.toArray(String[]::new), scales.toArray(Double[]::new), shifts.toArray(Double[]::new),
                averages.toArray(Integer[]::new));
    }

    boolean calibrates() {
        return calibrated.length > 0;
    }
}
