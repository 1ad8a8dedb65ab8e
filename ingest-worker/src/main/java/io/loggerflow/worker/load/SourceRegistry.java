package io.loggerflow.worker.load;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.LoggerIdentity;
import io.loggerflow.parsers.SkippedColumn;
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

    /**
     * The source's id, registering it if new. An existing source is only updated (and row-locked until
     * commit) when the file tells something new about it, so files of one source can load side by side.
     */
    static int upsertSource(Connection connection, String site, LoggerIdentity identity, String format)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(Sql.load("load/insert_source.sql"))) {
            insert.setString(1, site);
            insert.setString(2, identity.logger());
            insert.setString(3, identity.table());
            insert.setString(4, identity.model());
            insert.setString(5, identity.serial());
            insert.setString(6, format);
            try (ResultSet rs = insert.executeQuery()) {
                if (rs.next()) {
                    return rs.getInt(1);
                }
            }
        }
        try (PreparedStatement find = connection.prepareStatement(Sql.load("load/find_source.sql"))) {
            find.setString(1, site);
            find.setString(2, identity.logger());
            find.setString(3, identity.table());
            try (ResultSet rs = find.executeQuery()) {
                rs.next(); // it exists: the insert found it (a new statement sees it committed)
                int id = rs.getInt(1);
                boolean news = (rs.getString(2) == null && identity.model() != null)
                        || (rs.getString(3) == null && identity.serial() != null)
                        || !java.util.Objects.equals(rs.getString(4), format);
                if (news) {
                    try (PreparedStatement update = connection.prepareStatement(Sql.load("load/update_source.sql"))) {
                        update.setString(1, identity.model());
                        update.setString(2, identity.serial());
                        update.setString(3, format);
                        update.setInt(4, id);
                        update.executeUpdate();
                    }
                }
                return id;
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

    /** Lists the file's columns that are not measurements with the source, once (see {@link SkippedColumn}). */
    static void upsertSkippedColumns(Connection connection, int sourceId, List<SkippedColumn> columns)
            throws SQLException {
        if (columns.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/upsert_skipped_columns.sql"))) {
            statement.setInt(1, sourceId);
            statement.setArray(2, connection.createArrayOf("text",
                    columns.stream().map(SkippedColumn::name).toArray()));
            statement.setArray(3, connection.createArrayOf("text",
                    columns.stream().map(SkippedColumn::reason).toArray()));
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
        Object[][] columns = {names, units, loggerStatistics, types, statistics, heights, orientations, task43Units};
        String[] sqlTypes = {"text", "text", "text", "text", "text", "float8", "float8", "text"};
        try (PreparedStatement insert = connection.prepareStatement(Sql.load("load/upsert_sensors.sql"))) {
            insert.setInt(1, sourceId);
            for (int c = 0; c < columns.length; c++) {
                insert.setArray(c + 2, connection.createArrayOf(sqlTypes[c], columns[c]));
            }
            insert.executeUpdate();
        }
        try (PreparedStatement fill = connection.prepareStatement(Sql.load("load/fill_sensors.sql"))) {
            for (int c = 0; c < columns.length; c++) {
                fill.setArray(c + 1, connection.createArrayOf(sqlTypes[c], columns[c]));
            }
            fill.setInt(columns.length + 1, sourceId);
            fill.executeUpdate();
        }
        Map<String, Integer> ids = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(Sql.load("load/sensor_ids.sql"))) {
            select.setInt(1, sourceId);
            select.setArray(2, connection.createArrayOf("text", names));
            try (ResultSet rs = select.executeQuery()) {
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
