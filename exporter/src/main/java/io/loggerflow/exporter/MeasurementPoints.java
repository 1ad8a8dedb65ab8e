package io.loggerflow.exporter;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists, creates and edits measurement points and moves sensors between them; every change is audited with
 * its actor. Points are derived from the column names when sensors are registered (the database does it).
 */
public final class MeasurementPoints {
    private MeasurementPoints() {
    }

    /** The points of one source, or of every source when {@code source} is null. */
    public static List<MeasurementPoint> list(Connection connection, SourceKey source) throws SQLException {
        Integer sourceId = source == null ? null : Sources.id(connection, source);
        List<MeasurementPoint> points = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load("points_list"))) {
            Jdbc.setInteger(statement, 1, sourceId);
            Jdbc.setInteger(statement, 2, sourceId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Array sensors = rs.getArray(13);
                    points.add(new MeasurementPoint(rs.getInt(1), Jdbc.sourceKey(rs, 2), rs.getString(5),
                            rs.getString(6), (Double) rs.getObject(7), (Double) rs.getObject(8), rs.getBoolean(9),
                            List.of((String[]) sensors.getArray()), rs.getString(10), rs.getString(11),
                            Jdbc.instant(rs, 12)));
                }
            }
        }
        return points;
    }

    /** The id of a source's point by its name. */
    public static int id(Connection connection, SourceKey source, String name) throws SQLException {
        return id(connection, Sources.id(connection, source), source, name);
    }

    /** Creates a point (as a station import or an analyst sets it); returns its id. */
    public static int create(Connection connection, MeasurementPoint point, Actor actor) throws SQLException {
        int sourceId = Sources.id(connection, point.source());
        return Jdbc.insertReturningId(connection, actor, "point_insert", statement -> {
            statement.setInt(1, sourceId);
            statement.setString(2, point.name());
            statement.setString(3, point.measurementType());
            Jdbc.setDouble(statement, 4, point.heightM());
            Jdbc.setDouble(statement, 5, point.orientationDeg());
            statement.setString(6, actor.reason());
        });
    }

    /**
     * Changes the point named {@code name}: {@code changes}' non-null name, type, height and orientation
     * replace the point's.
     */
    public static void edit(Connection connection, SourceKey source, String name, MeasurementPoint changes,
                            Actor actor) throws SQLException {
        int pointId = id(connection, source, name);
        Jdbc.change(connection, actor, c -> {
            try (PreparedStatement statement = c.prepareStatement(SqlText.load("point_update"))) {
                statement.setString(1, changes.name());
                statement.setString(2, changes.measurementType());
                Jdbc.setDouble(statement, 3, changes.heightM());
                Jdbc.setDouble(statement, 4, changes.orientationDeg());
                statement.setString(5, actor.reason());
                statement.setInt(6, pointId);
                return statement.executeUpdate();
            }
        });
    }

    /** Moves a sensor to the point named {@code point} of its source. */
    public static void assign(Connection connection, SourceKey source, String sensor, String point, Actor actor)
            throws SQLException {
        int[] sensorAndSource = Sources.sensor(connection, source, sensor);
        int pointId = id(connection, sensorAndSource[1], source, point);
        Jdbc.change(connection, actor, c -> {
            try (PreparedStatement statement = c.prepareStatement(SqlText.load("sensor_point_update"))) {
                statement.setInt(1, pointId);
                statement.setInt(2, sensorAndSource[0]);
                return statement.executeUpdate();
            }
        });
    }

    private static int id(Connection connection, int sourceId, SourceKey source, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load("point_by_name"))) {
            statement.setInt(1, sourceId);
            statement.setString(2, name);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no measurement point '" + name + "' in source " + source
                            + " (see 'point list')");
                }
                return rs.getInt(1);
            }
        }
    }
}
