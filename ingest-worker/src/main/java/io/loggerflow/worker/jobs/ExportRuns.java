package io.loggerflow.worker.jobs;

import io.loggerflow.worker.db.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Records in {@code export_configs} when a configuration last ran and how it ended, for the
 * {@code loggerflow_export_last_run_timestamp_seconds} gauge: counters alone forget every run at a restart.
 */
final class ExportRuns {
    private static final Logger LOG = LoggerFactory.getLogger(ExportRuns.class);

    private final DataSource dataSource;

    ExportRuns(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void record(String config, boolean ok) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(Sql.load("jobs/export_run_recorded.sql"))) {
            statement.setString(1, ok ? "ok" : "failed");
            statement.setString(2, config);
            statement.executeUpdate();
        } catch (SQLException e) {
            // the export itself is done (or failed for its own reason): only the overdue alert loses this run
            LOG.warn("Export {}: its run could not be recorded: {}", config, e.getMessage());
        }
    }
}
