package io.loggerflow.worker.load;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.LoggerIdentity;
import io.loggerflow.parsers.metadata.MetadataRules;
import io.loggerflow.parsers.metadata.SensorMetadata;
import io.loggerflow.worker.db.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Registers sources (site + logger + table) and their sensors with Task 43 metadata, returning their ids. */
final class SourceRegistry {
    private static final MetadataRules RULES = MetadataRules.standard();

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

    /** Marks the source's data as changed, for exports (in the load transaction, under the source's lock). */
    static void bumpDataVersion(Connection connection, int sourceId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/bump_data_version.sql"))) {
            statement.setInt(1, sourceId);
            statement.executeUpdate();
        }
    }

    /** @return the sensor id of each channel, in channel order */
    static int[] upsertSensors(Connection connection, int sourceId, List<Channel> channels) throws SQLException {
        int n = channels.size();
        String[] names = new String[n];
        String[] units = new String[n];
        String[] loggerStatistics = new String[n];
        String[] types = new String[n];
        String[] statistics = new String[n];
        Double[] heights = new Double[n];
        Double[] orientations = new Double[n];
        String[] task43Units = new String[n];
        for (int i = 0; i < n; i++) {
            Channel channel = channels.get(i);
            SensorMetadata metadata = RULES.derive(channel);
            names[i] = channel.name();
            units[i] = channel.unit();
            loggerStatistics[i] = channel.statistic();
            types[i] = metadata.measurementType();
            statistics[i] = metadata.statistic();
            heights[i] = metadata.heightM();
            orientations[i] = metadata.orientationDeg();
            task43Units[i] = metadata.unit();
        }
        Map<String, Integer> ids = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/upsert_sensors.sql"))) {
            statement.setInt(1, sourceId);
            statement.setArray(2, connection.createArrayOf("text", names));
            statement.setArray(3, connection.createArrayOf("text", units));
            statement.setArray(4, connection.createArrayOf("text", loggerStatistics));
            statement.setArray(5, connection.createArrayOf("text", types));
            statement.setArray(6, connection.createArrayOf("text", statistics));
            statement.setArray(7, connection.createArrayOf("float8", heights));
            statement.setArray(8, connection.createArrayOf("float8", orientations));
            statement.setArray(9, connection.createArrayOf("text", task43Units));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(2), rs.getInt(1));
                }
            }
        }
        int[] result = new int[n];
        for (int i = 0; i < n; i++) {
            Integer id = ids.get(names[i]);
            if (id == null) {
                throw new IllegalStateException("sensor " + names[i] + " was not registered");
            }
            result[i] = id;
        }
        return result;
    }
}
