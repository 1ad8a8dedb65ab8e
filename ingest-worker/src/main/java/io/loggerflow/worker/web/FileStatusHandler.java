package io.loggerflow.worker.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import io.loggerflow.worker.db.Sql;
import io.loggerflow.worker.jobs.JobSystem;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.states.FailedState;
import org.jobrunr.storage.JobNotFoundException;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code GET /files/{id}}: the status of an import job, e.g. the {@code id} an upload returned. Same bearer
 * token as uploads (see {@link UploadApi}).
 *
 * <ul>
 *   <li>When the job recorded its file in {@code files} (the latest top-level row, archive members left
 *       out): {@code {"id", "status": "loaded|duplicate|failed", "readings", "first", "last", "reason",
 *       "fileId", "rows", "skippedRows", "repeatedRows", "skipped", "notes"}}, with {@code first}/{@code last}
 *       as ISO-8601 instants or null; {@code rows} the file's data rows, {@code skipped} the first rows left out
 *       ({@code [{"line", "column", "reason", "kind"}]}) and {@code notes} what was loaded but is worth knowing
 *       (clock steps, repeated rows), both empty lists when there is nothing to say; {@code layout} what
 *       {@code generic-sniffed} established about the file (null for every other format). An archive still being
 *       unpacked ({@code loading}) reports the job's state instead, with its {@code fileId}.</li>
 *   <li>Else, when JobRunr knows the job: {@code {"id", "status"}} with status {@code queued} (enqueued,
 *       or scheduled for the first time), {@code retrying} (scheduled again after a failed attempt; the
 *       attempt's error is in {@code reason}), {@code processing}, {@code failed} (retries used up, or it
 *       finished without recording the file, e.g. the file was removed from the inbox; {@code reason}
 *       says which) or {@code deleted}.</li>
 *   <li>Else 404; an id that is not a UUID is 400.</li>
 * </ul>
 */
final class FileStatusHandler implements BearerRoute.Endpoint {
    private static final String PREFIX = "/files/";
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JobSystem jobs;
    private final DataSource dataSource;

    FileStatusHandler(JobSystem jobs, DataSource dataSource) {
        this.jobs = jobs;
        this.dataSource = dataSource;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException, Refused {
        String path = exchange.getRequestURI().getRawPath();
        String idText = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : "";
        if (idText.isEmpty() || idText.contains("/")) {
            throw new Refused(404, "not found; use /files/<job id>");
        }
        if (!UUID_TEXT.matcher(idText).matches()) {
            throw new Refused(400, "not a job id (a UUID): " + idText);
        }
        UUID id = UUID.fromString(idText);
        // The job first: a job seen finished has committed its files row, so the row read next is there.
        Optional<Job> job = job(id);
        Optional<Map<String, Object>> file = fileRow(id, job);
        if (file.isPresent()) {
            ApiResponses.json(exchange, 200, file.get());
        } else if (job.isPresent()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", id.toString());
            putJobStatus(body, job.get());
            ApiResponses.json(exchange, 200, body);
        } else {
            throw new Refused(404, "no import job " + id);
        }
    }

    private Optional<Job> job(UUID id) {
        try {
            return Optional.of(jobs.storage().getJobById(id));
        } catch (JobNotFoundException e) {
            return Optional.empty();
        }
    }

    private Optional<Map<String, Object>> fileRow(UUID id, Optional<Job> job) throws IOException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(Sql.load("web/file_by_job.sql"))) {
            statement.setObject(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("id", id.toString());
                body.put("status", rs.getString("status"));
                body.put("readings", rs.getLong("readings"));
                body.put("first", instant(rs.getObject("first_ts", OffsetDateTime.class)));
                body.put("last", instant(rs.getObject("last_ts", OffsetDateTime.class)));
                body.put("reason", rs.getString("reason"));
                body.put("fileId", rs.getLong("id"));
                body.put("rows", rs.getObject("data_rows", Long.class));
                body.put("skippedRows", rs.getLong("skipped_rows"));
                body.put("repeatedRows", rs.getLong("repeated_rows"));
                body.put("skipped", jsonList(rs.getString("skipped")));
                body.put("notes", jsonList(rs.getString("notes")));
                body.put("layout", rs.getString("layout"));
                if ("loading".equals(body.get("status"))) { // an archive whose members are being imported
                    body.put("status", "processing");
                    job.ifPresent(j -> putJobStatus(body, j));
                }
                return Optional.of(body);
            }
        } catch (SQLException e) {
            throw new IOException("cannot read the files table: " + e.getMessage(), e);
        }
    }

    private void putJobStatus(Map<String, Object> body, Job job) {
        Optional<String> lastFailure = job.getJobStatesOfType(FailedState.class).reduce((first, second) -> second)
                .map(FailedState::getExceptionMessage);
        String status = switch (job.getState()) {
            case AWAITING, ENQUEUED -> "queued";
            case SCHEDULED -> lastFailure.isPresent() ? "retrying" : "queued";
            case PROCESSING -> "processing";
            case FAILED, SUCCEEDED -> "failed";
            default -> job.getState().name().toLowerCase(Locale.ROOT);
        };
        body.put("status", status);
        switch (job.getState()) {
            case SCHEDULED, FAILED -> lastFailure.ifPresent(reason -> body.put("reason", reason));
            case SUCCEEDED -> body.put("reason", "the import finished without recording the file (was it removed"
                    + " from the inbox?)");
            default -> {
            }
        }
    }

    /** A jsonb array column as JSON to embed; an empty list when NULL. */
    private static JsonNode jsonList(String json) throws IOException {
        return json == null ? JSON.createArrayNode() : JSON.readTree(json);
    }

    private static String instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant().toString();
    }
}
