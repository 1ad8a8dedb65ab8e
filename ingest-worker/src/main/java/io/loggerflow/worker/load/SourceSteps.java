package io.loggerflow.worker.load;

import io.loggerflow.parsers.LoggerIdentity;
import io.loggerflow.worker.db.Sql;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * A source's established step between stored readings, for a file too short to tell its own interval. Read
 * outside the load transaction: a bounded query of the source's latest readings.
 */
final class SourceSteps {
    private final DataSource dataSource;

    SourceSteps(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Empty when the source is new or its stored readings establish no step. */
    Optional<Duration> usualStep(String site, LoggerIdentity identity) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(Sql.load("load/source_step.sql"))) {
            statement.setString(1, site);
            statement.setString(2, identity.logger());
            statement.setString(3, identity.table());
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(Duration.ofMillis(rs.getLong(1))) : Optional.empty();
            }
        }
    }
}
