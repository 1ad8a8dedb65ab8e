package io.loggerflow.exporter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Adds, lists and removes flag windows; every change is audited with its actor. */
public final class Flags {
    private Flags() {
    }

    public static int add(Connection connection, Flag flag, Actor actor) throws SQLException {
        int sourceId = Sources.id(connection, flag.source());
        if (flag.sensor() != null && flag.point() != null) {
            throw new IllegalArgumentException("a flag names a sensor or a point, not both");
        }
        Integer sensorId = flag.sensor() == null ? null : Sources.sensor(connection, flag.source(), flag.sensor())[0];
        Integer pointId = flag.point() == null ? null : MeasurementPoints.id(connection, flag.source(), flag.point());
        return Jdbc.insertReturningId(connection, actor, "flag_insert", statement -> {
            statement.setInt(1, sourceId);
            Jdbc.setInteger(statement, 2, sensorId);
            Jdbc.setInteger(statement, 3, pointId);
            Jdbc.setInstant(statement, 4, flag.from());
            Jdbc.setInstant(statement, 5, flag.to());
            statement.setString(6, actor.reason());
        });
    }

    public static boolean remove(Connection connection, int id, Actor actor) throws SQLException {
        return Jdbc.deleteById(connection, actor, "flag_delete", id);
    }

    public static List<Flag> list(Connection connection) throws SQLException {
        return Jdbc.list(connection, "flags_list", rs -> new Flag(rs.getInt(1), Jdbc.sourceKey(rs, 2), rs.getString(5),
                rs.getString(6), Jdbc.instant(rs, 7), Jdbc.instant(rs, 8), rs.getString(9), rs.getString(10),
                Jdbc.instant(rs, 11)));
    }
}
