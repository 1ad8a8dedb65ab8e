package io.loggerflow.exporter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Who makes a cleaning change and why, handed to the audit triggers for the current transaction (they
 * also record changes made by hand in SQL, with the database user).
 */
public record Actor(String user, String reason) {
    public Actor {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("who makes the change must be known");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required for every change");
        }
    }

    void apply(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load("set_actor"))) {
            statement.setString(1, user);
            statement.setString(2, reason);
            statement.execute();
        }
    }
}
