package io.loggerflow.exporter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A source's station as the export headers describe it: logger model and serial, location, station type. */
record Station(String model, String serial, Double latitude, Double longitude, String stationType) {

    static Station of(Connection connection, int sourceId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load("station"))) {
            statement.setInt(1, sourceId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return new Station(rs.getString(1), rs.getString(2), (Double) rs.getObject(3),
                        (Double) rs.getObject(4), rs.getString(5));
            }
        }
    }
}
