package io.loggerflow.worker.jobs;

import io.loggerflow.worker.db.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads JobRunr's tables with plain SQL, for one-shot commands that report on jobs without starting
 * JobRunr (which would create or migrate its tables and open a pool). Before any worker ran, there are no
 * tables: no jobs.
 */
public final class JobTables {
    private JobTables() {
    }

    /** Jobs not finished yet: waiting, running, or scheduled (a retry after a failure, or a deferred export). */
    public record Pending(long enqueued, long processing, long scheduled) {
    }

    public static Pending pending(Connection connection) throws SQLException {
        if (!present(connection)) {
            return new Pending(0, 0, 0);
        }
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("jobs/pending_jobs.sql"));
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return new Pending(rs.getLong("enqueued"), rs.getLong("processing"), rs.getLong("scheduled"));
        }
    }

    /** Ids of the recurring jobs whose id starts with the prefix. */
    public static Set<String> recurringJobIds(Connection connection, String idPrefix) throws SQLException {
        Set<String> ids = new HashSet<>();
        if (!present(connection)) {
            return ids;
        }
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("jobs/recurring_job_ids.sql"))) {
            statement.setString(1, idPrefix);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString("id"));
                }
            }
        }
        return ids;
    }

    private static boolean present(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("jobs/jobrunr_present.sql"));
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
