package io.loggerflow.exporter;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Adds, lists and removes calibrations; every change is audited with its actor. */
public final class Calibrations {
    private Calibrations() {
    }

    /** Stores the calibration; returns its id. Overlapping calibrations of one sensor are refused. */
    public static int add(Connection connection, Calibration calibration, Actor actor) throws SQLException {
        if ((calibration.loggerSlope() == null) != (calibration.loggerOffset() == null)) {
            throw new IllegalArgumentException("the logger's calibration needs both its slope and its offset");
        }
        int sensorId = Sources.sensor(connection, calibration.source(), calibration.sensor())[0];
        return Jdbc.insertReturningId(connection, actor, "calibration_insert", statement -> {
            statement.setInt(1, sensorId);
            Jdbc.setInstant(statement, 2, calibration.validFrom());
            Jdbc.setInstant(statement, 3, calibration.validTo());
            statement.setDouble(4, calibration.slope());
            statement.setDouble(5, calibration.offset());
            Jdbc.setDouble(statement, 6, calibration.loggerSlope());
            Jdbc.setDouble(statement, 7, calibration.loggerOffset());
            statement.setString(8, actor.reason());
        });
    }

    public static boolean remove(Connection connection, int id, Actor actor) throws SQLException {
        return Jdbc.deleteById(connection, actor, "calibration_delete", id);
    }

    public static List<Calibration> list(Connection connection) throws SQLException {
        return Jdbc.list(connection, "calibrations_list", rs -> new Calibration(rs.getInt(1), Jdbc.sourceKey(rs, 2),
                rs.getString(5), Jdbc.instant(rs, 6), Jdbc.instant(rs, 7), rs.getDouble(8), rs.getDouble(9),
                (Double) rs.getObject(10), (Double) rs.getObject(11), rs.getString(12), rs.getString(13),
                Jdbc.instant(rs, 14)));
    }
}
