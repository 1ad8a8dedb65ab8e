package io.loggerflow.worker.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.loggerflow.worker.db.Sql;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Writes to the {@code files} table. */
final class FilesTable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private FilesTable() {
    }

    static OptionalLong findLoaded(Connection connection, String sha256) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/find_loaded_by_hash.sql"))) {
            statement.setString(1, sha256);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** Inserts a row; finished rows (duplicate, failed) get their finish time now. */
    static long insert(Connection connection, FileRow row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/insert_file.sql"))) {
            bindRow(statement, 0, row);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The row inserted, or (nothing inserted) the id of the loaded file with the same content. */
    record Opened(OptionalLong loadedId, long insertedId) {
    }

    /** Inserts the row unless a loaded file has the same content, in one round trip. */
    static Opened insertUnlessLoaded(Connection connection, FileRow row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/insert_file_unless_loaded.sql"))) {
            statement.setString(1, row.fingerprint().sha256());
            bindRow(statement, 1, row);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                long loaded = rs.getLong(1);
                return rs.wasNull() ? new Opened(OptionalLong.empty(), rs.getLong(2)) : new Opened(OptionalLong.of(loaded), 0);
            }
        }
    }

    private static void bindRow(PreparedStatement statement, int offset, FileRow row) throws SQLException {
        int p = offset;
        statement.setString(++p, row.file().recordedPath());
        statement.setString(++p, row.file().name());
        statement.setLong(++p, row.fingerprint().size());
        statement.setString(++p, row.fingerprint().sha256());
        statement.setString(++p, row.status().dbValue());
        statement.setString(++p, row.reason());
        statement.setString(++p, row.format());
        setNullable(statement, ++p, row.sourceId(), Types.INTEGER);
        setNullable(statement, ++p, row.duplicateOf(), Types.BIGINT);
        setNullable(statement, ++p, row.file().parentId(), Types.BIGINT);
        statement.setObject(++p, row.jobId().orElse(null), Types.OTHER);
        statement.setTimestamp(++p, Timestamp.from(row.startedAt()));
        statement.setTimestamp(++p, row.status() == FileStatus.LOADING ? null : Timestamp.from(Instant.now()));
        statement.setString(++p, row.site());
    }

    /**
     * @param layout the layout generic-sniffed established for the file, so that a person can check it
     * @param wrote  whether the file inserted or changed readings: its source's data version is then bumped
     */
    static void finishLoaded(Connection connection, long fileId, ParsedFile parsed, MergeCounts counts,
                             RowAccount account, long parseMs, long loadMs, Optional<String> layout, boolean wrote)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/finish_loaded_file.sql"))) {
            statement.setLong(1, parsed.rows());
            statement.setLong(2, counts.readings());
            statement.setLong(3, counts.inserted());
            statement.setLong(4, counts.updated());
            statement.setTimestamp(5, Timestamp.from(parsed.first()));
            statement.setTimestamp(6, Timestamp.from(parsed.last()));
            statement.setLong(7, parseMs);
            statement.setLong(8, loadMs);
            statement.setLong(9, account.skippedRows());
            statement.setString(10, account.summary());
            statement.setString(11, account.firstSkipped().isEmpty() ? null : json(account.firstSkipped().stream()
                    .map(FilesTable::skippedRow).toList()));
            statement.setString(12, account.notes().isEmpty() ? null : json(account.notes()));
            statement.setLong(13, account.repeatedRows());
            statement.setString(14, layout.orElse(null));
            statement.setLong(15, fileId);
            statement.setBoolean(16, wrote);
            statement.executeUpdate();
        }
    }

    private static Map<String, Object> skippedRow(SkippedRow row) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("line", row.line());
        json.put("column", row.column());
        json.put("reason", row.reason());
        json.put("kind", row.kind().tag());
        return json;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // lists of strings and numbers always serialise
        }
    }

    /** Closes an archive's row once its members are handled. */
    static void finishArchive(Connection connection, long archiveId, FileStatus status, String reason, int members)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/finish_archive.sql"))) {
            statement.setString(1, status.dbValue());
            statement.setString(2, reason);
            statement.setInt(3, members);
            statement.setLong(4, archiveId);
            statement.executeUpdate();
        }
    }

    static void setArchivedPath(Connection connection, long fileId, Path archived) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/set_archived_path.sql"))) {
            statement.setString(1, archived.toString());
            statement.setLong(2, fileId);
            statement.executeUpdate();
        }
    }

    private static void setNullable(PreparedStatement statement, int index, Number value, int type) throws SQLException {
        if (value == null) {
            statement.setNull(index, type);
        } else {
            statement.setObject(index, value, type);
        }
    }
}
