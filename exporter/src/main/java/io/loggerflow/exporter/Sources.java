package io.loggerflow.exporter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Finds sources and sensors by the names people use. */
public final class Sources {
    private Sources() {
    }

    public static int id(Connection connection, SourceKey key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load("source_by_key"))) {
            statement.setString(1, key.site());
            statement.setString(2, key.logger());
            statement.setString(3, key.table());
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no source " + key);
                }
                return rs.getInt(1);
            }
        }
    }

    /** Source ids matching a selection; a null criterion matches every value. */
    public static List<Integer> matching(Connection connection, SourceSelection selection) throws SQLException {
        List<Integer> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load("sources_matching"))) {
            String[] criteria = {selection.site(), selection.logger(), selection.table()};
            for (int i = 0; i < criteria.length; i++) {
                statement.setString(2 * i + 1, criteria[i]);
                statement.setString(2 * i + 2, criteria[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getInt(1));
                }
            }
        }
        return ids;
    }

    /** The sensor id and source id of a sensor, by its source and column name. */
    public static int[] sensor(Connection connection, SourceKey key, String sensorName) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load("sensor_by_name"))) {
            statement.setString(1, key.site());
            statement.setString(2, key.logger());
            statement.setString(3, key.table());
            statement.setString(4, sensorName);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no sensor '" + sensorName + "' in source " + key);
                }
                return new int[] {rs.getInt(1), rs.getInt(2)};
            }
        }
    }
}
