package io.loggerflow.exporter;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** Adds, lists and removes flag windows; every change is audited with its actor. */
public final class Flags {
    private Flags() {
    }

    public static int add(Connection connection, Flag flag, Actor actor) throws SQLException {
        int sourceId = Sources.id(connection, flag.source());
        Integer sensorId = flag.sensor() == null ? null : Sources.sensor(connection, flag.source(), flag.sensor())[0];
        return Jdbc.insertReturningId(connection, actor, "flag_insert", statement -> {
            statement.setInt(1, sourceId);
            if (sensorId == null) {
                statement.setNull(2, Types.INTEGER);
            } else {
                statement.setInt(2, sensorId);
            }
            Jdbc.setInstant(statement, 3, flag.from());
            Jdbc.setInstant(statement, 4, flag.to());
            statement.setString(5, actor.reason());
        });
    }

    public static boolean remove(Connection connection, int id, Actor actor) throws SQLException {
        return Jdbc.deleteById(connection, actor, "flag_delete", id);
    }

    public static List<Flag> list(Connection connection) throws SQLException {
        return Jdbc.list(connection, "flags_list", rs -> new Flag(rs.getInt(1), Jdbc.sourceKey(rs, 2), rs.getString(5),
                Jdbc.instant(rs, 6), Jdbc.instant(rs, 7), rs.getString(8), rs.getString(9), Jdbc.instant(rs, 10)));
    }
}
