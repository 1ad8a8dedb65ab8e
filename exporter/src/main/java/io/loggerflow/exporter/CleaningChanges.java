package io.loggerflow.exporter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The audit trail of calibrations and flags, newest first. */
public final class CleaningChanges {
    private CleaningChanges() {
    }

    public static List<CleaningChange> latest(Connection connection, int limit) throws SQLException {
        List<CleaningChange> changes = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load("changes_list"))) {
            statement.setInt(1, limit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    changes.add(new CleaningChange(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            rs.getString(5), Jdbc.instant(rs, 6), rs.getString(7)));
                }
            }
        }
        return changes;
    }
}
