package io.loggerflow.exporter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Per configuration and source: the range and data version last exported. */
final class Watermarks {
    private Watermarks() {
    }

    static Optional<Watermark> find(Connection connection, String config, int sourceId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load("watermark_get"))) {
            statement.setString(1, config);
            statement.setInt(2, sourceId);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Watermark(new ExportRange(Jdbc.instant(rs, 1), Jdbc.instant(rs, 2)),
                        rs.getLong(3), Path.of(rs.getString(4)), rs.getLong(5), rs.getLong(6)));
            }
        }
    }

    static void save(Connection connection, String config, ExportResult result) throws SQLException, IOException {
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load("watermark_save"))) {
            statement.setString(1, config);
            statement.setInt(2, result.source().id());
            Jdbc.setInstant(statement, 3, result.range().from());
            Jdbc.setInstant(statement, 4, result.range().to());
            statement.setLong(5, result.source().dataVersion());
            statement.setString(6, result.zip().toString());
            statement.setLong(7, result.readings());
            statement.setLong(8, result.bytes());
            statement.setLong(9, Files.getLastModifiedTime(result.zip()).toMillis());
            statement.executeUpdate();
        }
    }
}
