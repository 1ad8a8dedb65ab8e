package io.loggerflow.worker.jobs;

import io.loggerflow.worker.db.Sql;
import org.jobrunr.jobs.states.StateName;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Waits for import jobs and reads what they recorded in {@code files}. */
public final class ImportResults {
    private final JobSystem jobs;
    private final DataSource dataSource;

    /**
     * @param status   loaded, duplicate, failed, or the job's state when it recorded nothing
     * @param skippedRows rows left out of a loaded file (or of an archive's members)
     * @param detail   time range (and the rows left out, clock steps, repeats), duplicate-of or failure reason
     */
    public record Result(String status, long readings, long skippedRows, String detail) {
        public boolean failed() {
            return !status.equals("loaded") && !status.equals("duplicate");
        }
    }

    public ImportResults(JobSystem jobs, DataSource dataSource) {
        this.jobs = jobs;
        this.dataSource = dataSource;
    }

    public Result await(UUID jobId, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Optional<StateName> state = jobs.state(jobId);
            if (state.isPresent() && (state.get() == StateName.SUCCEEDED || state.get() == StateName.FAILED
                    || state.get() == StateName.DELETED)) {
                return result(jobId, state.get());
            }
            if (Instant.now().isAfter(deadline)) {
                return new Result("timeout", 0, 0, "job " + jobId + " still " + state.map(Enum::name).orElse("unknown")
                        + " after " + timeout);
            }
            Thread.sleep(200);
        }
    }

    private Result result(UUID jobId, StateName state) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(Sql.load("jobs/file_by_job.sql"))) {
            statement.setObject(1, jobId);
            try (ResultSet rs = statement.executeQuery()) {
                if (rs.next()) {
                    String status = rs.getString("status");
                    // a loaded file's reason is the account of what it left out or noticed, if anything
                    String reason = rs.getString("reason");
                    String detail = status.equals("loaded")
                            ? rs.getObject("first_ts", java.time.OffsetDateTime.class).toInstant() + " .. "
                            + rs.getObject("last_ts", java.time.OffsetDateTime.class).toInstant()
                            + (reason == null ? "" : "; " + reason)
                            : Optional.ofNullable(reason).orElse("");
                    return new Result(status, rs.getLong("readings"), rs.getLong("skipped_rows"), detail);
                }
            }
        } catch (SQLException e) {
            return new Result("unknown", 0, 0, "cannot read the result: " + e.getMessage());
        }
        if (state == StateName.FAILED) {
            return new Result("failed", 0, 0, "job failed: " + jobs.failureMessage(jobId).orElse("see the dashboard"));
        }
        return new Result("failed", 0, 0, "the file could not be read (missing?)");
    }
}
