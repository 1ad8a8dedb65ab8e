package io.loggerflow.exporter;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Export configurations stored in the database (editable by SQL too). */
public final class ExportConfigs {
    private ExportConfigs() {
    }

    public static void save(Connection connection, ExportConfig config) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load("config_upsert"))) {
            statement.setString(1, config.name());
            statement.setString(2, config.sources().site());
            statement.setString(3, config.sources().logger());
            statement.setString(4, config.sources().table());
            statement.setString(5, config.range().toString());
            statement.setString(6, config.outputDir().toString());
            statement.setString(7, config.cron());
            statement.setBoolean(8, config.enabled());
            statement.setString(9, config.format().layout().toString());
            statement.setString(10, config.format().missing());
            statement.setObject(11, config.format().zip(), java.sql.Types.BOOLEAN);
            statement.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load("watermarks_forget"))) {
            statement.setString(1, config.name());
            statement.executeUpdate();
        }
    }

    public static List<ExportConfig> list(Connection connection) throws SQLException {
        List<ExportConfig> configs = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load("config_list"));
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                configs.add(read(rs));
            }
        }
        return configs;
    }

    public static Optional<ExportConfig> find(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load("config_get"))) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    public static boolean delete(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load("config_delete"))) {
            statement.setString(1, name);
            return statement.executeUpdate() == 1;
        }
    }

    private static ExportConfig read(ResultSet rs) throws SQLException {
        return new ExportConfig(rs.getString(1), new SourceSelection(rs.getString(2), rs.getString(3), rs.getString(4)),
                RangeRule.parse(rs.getString(5)), Path.of(rs.getString(6)), rs.getString(7), rs.getBoolean(8),
                new ExportFormat(ExportLayout.parse(rs.getString(9)), rs.getString(10), (Boolean) rs.getObject(11)));
    }
}
