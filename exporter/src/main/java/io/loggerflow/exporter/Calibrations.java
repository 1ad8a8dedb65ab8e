package io.loggerflow.exporter;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Adds, lists and removes calibrations of sensors (one column) and of measurement points (all their columns);
 * every change is audited with its actor. The database refuses overlapping calibrations of a sensor or its
 * point, a linear calibration of a wind direction and a direction offset of anything else, with the reason.
 */
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

    /** Stores the point's calibration; returns its id. */
    public static int add(Connection connection, PointCalibration calibration, Actor actor) throws SQLException {
        if ((calibration.loggerSlope() == null) != (calibration.loggerOffset() == null)) {
            throw new IllegalArgumentException("the logger's calibration needs both its slope and its offset");
        }
        if ((calibration.slope() == null) == (calibration.directionOffset() == null)) {
            throw new IllegalArgumentException("a calibration is either linear (slope and offset) or a direction offset");
        }
        int pointId = MeasurementPoints.id(connection, calibration.source(), calibration.point());
        return Jdbc.insertReturningId(connection, actor, "point_calibration_insert", statement -> {
            statement.setInt(1, pointId);
            Jdbc.setInstant(statement, 2, calibration.validFrom());
            Jdbc.setInstant(statement, 3, calibration.validTo());
            Jdbc.setDouble(statement, 4, calibration.slope());
            Jdbc.setDouble(statement, 5, calibration.offset());
            Jdbc.setDouble(statement, 6, calibration.loggerSlope());
            Jdbc.setDouble(statement, 7, calibration.loggerOffset());
            Jdbc.setDouble(statement, 8, calibration.directionOffset());
            statement.setString(9, actor.reason());
        });
    }

    public static boolean remove(Connection connection, int id, Actor actor) throws SQLException {
        return Jdbc.deleteById(connection, actor, "calibration_delete", id);
    }

    /** The calibrations of single sensors. */
    public static List<Calibration> list(Connection connection) throws SQLException {
        return Jdbc.list(connection, "calibrations_list", rs -> rs.getString(5) == null ? null
                : new Calibration(rs.getInt(1), Jdbc.sourceKey(rs, 2), rs.getString(5), Jdbc.instant(rs, 7),
                Jdbc.instant(rs, 8), rs.getDouble(9), rs.getDouble(10), (Double) rs.getObject(11),
                (Double) rs.getObject(12), rs.getString(14), rs.getString(15), Jdbc.instant(rs, 16)));
    }

    /** The calibrations of measurement points. */
    public static List<PointCalibration> pointCalibrations(Connection connection) throws SQLException {
        return Jdbc.list(connection, "calibrations_list", rs -> rs.getString(6) == null ? null
                : new PointCalibration(rs.getInt(1), Jdbc.sourceKey(rs, 2), rs.getString(6), Jdbc.instant(rs, 7),
                Jdbc.instant(rs, 8), (Double) rs.getObject(9), (Double) rs.getObject(10), (Double) rs.getObject(11),
                (Double) rs.getObject(12), (Double) rs.getObject(13), rs.getString(14), rs.getString(15),
                Jdbc.instant(rs, 16)));
    }
}
