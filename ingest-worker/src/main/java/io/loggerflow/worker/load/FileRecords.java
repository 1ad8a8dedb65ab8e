package io.loggerflow.worker.load;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalLong;

/**
 * The {@code files} table outside a load's transaction (duplicates, failures, archives, moves): each
 * call commits on a connection of its own.
 */
final class FileRecords {
    private final DataSource dataSource;

    FileRecords(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The id of the loaded file with this content, if any. */
    OptionalLong findLoaded(Fingerprint fingerprint) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return FilesTable.findLoaded(connection, fingerprint.sha256());
        }
    }

    long insert(FileRow row) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return FilesTable.insert(connection, row);
        }
    }

    /** See {@link FilesTable#insertUnlessLoaded}. */
    FilesTable.Opened insertUnlessLoaded(FileRow row) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return FilesTable.insertUnlessLoaded(connection, row);
        }
    }

    void finishArchive(long archiveId, FileStatus status, String reason, int members) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            FilesTable.finishArchive(connection, archiveId, status, reason, members);
        }
    }

    void setArchivedPath(long fileId, Path archived) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            FilesTable.setArchivedPath(connection, fileId, archived);
        }
    }
}
