package io.loggerflow.worker.load;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.LoggerIdentity;
import io.loggerflow.worker.db.Sql;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Registers sources (site + logger + table) and their sensors, returning their ids. */
final class SourceRegistry {
    private SourceRegistry() {
    }

    static int upsertSource(Connection connection, String site, LoggerIdentity identity, String format)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/upsert_source.sql"))) {
            statement.setString(1, site);
            statement.setString(2, identity.logger());
            statement.setString(3, identity.table());
            statement.setString(4, identity.model());
            statement.setString(5, identity.serial());
            statement.setString(6, format);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** @return the sensor id of each channel, in channel order */
    static int[] upsertSensors(Connection connection, int sourceId, List<Channel> channels) throws SQLException {
        String[] names = new String[channels.size()];
        String[] units = new String[channels.size()];
        String[] statistics = new String[channels.size()];
        for (int i = 0; i < channels.size(); i++) {
            names[i] = channels.get(i).name();
            units[i] = channels.get(i).unit();
            statistics[i] = channels.get(i).statistic();
        }
        Map<String, Integer> ids = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/upsert_sensors.sql"))) {
            Array nameArray = connection.createArrayOf("text", names);
            statement.setInt(1, sourceId);
            statement.setArray(2, nameArray);
            statement.setArray(3, connection.createArrayOf("text", units));
            statement.setArray(4, connection.createArrayOf("text", statistics));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(2), rs.getInt(1));
                }
            }
        }
        int[] result = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            Integer id = ids.get(names[i]);
            if (id == null) {
                throw new IllegalStateException("sensor " + names[i] + " was not registered");
            }
            result[i] = id;
        }
        return result;
    }
}
