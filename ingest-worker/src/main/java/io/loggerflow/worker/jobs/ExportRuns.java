package io.loggerflow.worker.jobs;

import io.loggerflow.exporter.ConfiguredExports;
import io.loggerflow.exporter.ExportResult;
import io.loggerflow.exporter.UnknownExportConfigException;
import io.loggerflow.worker.db.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records in {@code export_configs} when a configuration last ran and how it ended, for the
 * {@code loggerflow_export_last_run_timestamp_seconds} gauge: counters alone forget every run at a restart.
 */
public final class ExportRuns {
    private static final Logger LOG = LoggerFactory.getLogger(ExportRuns.class);

    private final DataSource dataSource;

    public ExportRuns(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Per configuration that ran: when its last run ended and how, e.g. {@code 2026-12-01T02:00:04Z ok}. */
    public static Map<String, String> lastRuns(Connection connection) throws SQLException {
        Map<String, String> runs = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("jobs/export_last_runs.sql"));
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                Instant at = rs.getTimestamp("last_run_at").toInstant().truncatedTo(ChronoUnit.SECONDS);
                runs.put(rs.getString("name"), at + " " + rs.getString("last_run_outcome"));
            }
        }
        return runs;
    }

    /**
     * Runs the configuration now and records the run: {@code ok}, or {@code failed} when it throws (a
     * configuration that does not exist has no row to record it in).
     */
    public List<ExportResult> run(ConfiguredExports exports, String config) throws SQLException, IOException {
        List<ExportResult> results;
        try {
            results = exports.run(config);
        } catch (UnknownExportConfigException e) {
            throw e;
        } catch (SQLException | IOException | RuntimeException e) {
            record(config, false);
            throw e;
        }
        record(config, true);
        return results;
    }

    private void record(String config, boolean ok) {
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
