package io.loggerflow.worker.load;

import io.loggerflow.worker.db.Sql;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.OptionalLong;

/** Writes to the {@code files} table. */
final class FilesTable {
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
            statement.setString(1, row.file().recordedPath());
            statement.setString(2, row.file().name());
            statement.setLong(3, row.fingerprint().size());
            statement.setString(4, row.fingerprint().sha256());
            statement.setString(5, row.status().dbValue());
            statement.setString(6, row.reason());
            statement.setString(7, row.format());
            setNullable(statement, 8, row.sourceId(), Types.INTEGER);
            setNullable(statement, 9, row.duplicateOf(), Types.BIGINT);
            setNullable(statement, 10, row.file().parentId(), Types.BIGINT);
            statement.setObject(11, row.jobId().orElse(null), Types.OTHER);
            statement.setTimestamp(12, Timestamp.from(row.startedAt()));
            statement.setTimestamp(13, row.status() == FileStatus.LOADING ? null : Timestamp.from(Instant.now()));
            statement.setString(14, row.site());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void finishLoaded(Connection connection, long fileId, ParsedFile parsed, MergeCounts counts,
                             long parseMs, long loadMs) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/finish_loaded_file.sql"))) {
            statement.setLong(1, parsed.rows());
            statement.setLong(2, counts.readings());
            statement.setLong(3, counts.inserted());
            statement.setLong(4, counts.updated());
            statement.setTimestamp(5, Timestamp.from(parsed.first()));
            statement.setTimestamp(6, Timestamp.from(parsed.last()));
            statement.setLong(7, parseMs);
            statement.setLong(8, loadMs);
            statement.setLong(9, counts.skippedRows());
            statement.setString(10, counts.skippedRows() == 0 ? null
                    : counts.skippedRows() + " rows with a non-numeric cell skipped; first: " + counts.firstSkipped());
            statement.setLong(11, fileId);
            statement.executeUpdate();
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
