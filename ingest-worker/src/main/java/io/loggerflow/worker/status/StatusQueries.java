package io.loggerflow.worker.status;

import io.loggerflow.worker.db.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What has been imported: per source, per site, and the latest files (the {@code status/*.sql} queries). */
public final class StatusQueries {
    private final Connection connection;

    public StatusQueries(Connection connection) {
        this.connection = connection;
    }

    /** One source: its loaded files and readings, the latest reading, and gaps in its recent data. */
    public record SourceStatus(String site, String logger, String table, String format, long loadedFiles,
                               long readings, Instant lastReading, Instant lastFile, String usualStep, long gaps,
                               long missingIntervals) {
    }

    /**
     * One site's top-level files by the outcome of their latest attempt (archive members count in their
     * archive; a retried job's earlier attempts do not count).
     */
    public record SiteStatus(String site, long loaded, long duplicate, long failed, long loading, long retracted) {
    }

    /**
     * One row of {@code files}; counts are null where the file was not loaded. {@code reason} is why it
     * failed, or for a loaded file the account of what was left out or noticed (null when nothing).
     */
    public record FileStatus(long id, String status, Long dataRows, Long readings, Long skippedRows, Instant first,
                             Instant last, String path, String reason) {
    }

    /** What generic-sniffed established about a file it read, for a person to check. */
    public record FileLayout(long id, String path, String layout) {
    }

    /** A column of a source that is not a measurement, listed once per source. */
    public record SkippedColumn(String site, String logger, String table, String column, String reason) {
    }

    /** @param gapDays how many days before each source's latest reading are searched for gaps */
    public List<SourceStatus> sources(int gapDays) throws SQLException {
        List<SourceStatus> sources = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("status/sources.sql"))) {
            statement.setInt(1, gapDays);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    sources.add(new SourceStatus(rs.getString("site"), rs.getString("logger"),
                            rs.getString("table_name"), rs.getString("format"), rs.getLong("loaded_files"),
                            rs.getLong("readings"), instant(rs, "last_ts"), instant(rs, "last_file_at"),
                            rs.getString("usual_step"), rs.getLong("gaps"), rs.getLong("missing_intervals")));
                }
            }
        }
        return sources;
    }

    public List<SiteStatus> sites() throws SQLException {
        List<SiteStatus> sites = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("status/sites.sql"));
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                sites.add(new SiteStatus(rs.getString("site"), rs.getLong("loaded"), rs.getLong("duplicate"),
                        rs.getLong("failed"), rs.getLong("loading"), rs.getLong("retracted")));
            }
        }
        return sites;
    }

    /** The latest files by their latest attempt, newest first, optionally only those of one status. */
    public List<FileStatus> latestFiles(Optional<String> status, int limit) throws SQLException {
        List<FileStatus> files = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("status/files.sql"))) {
            statement.setObject(1, status.orElse(null), Types.VARCHAR);
            statement.setObject(2, status.orElse(null), Types.VARCHAR);
            statement.setInt(3, limit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    files.add(new FileStatus(rs.getLong("id"), rs.getString("status"),
                            rs.getObject("data_rows", Long.class), rs.getObject("readings", Long.class),
                            rs.getObject("skipped_rows", Long.class), instant(rs, "first_ts"), instant(rs, "last_ts"), rs.getString("path"),
                            rs.getString("reason")));
                }
            }
        }
        return files;
    }

    /** The layouts of the latest files generic-sniffed read, newest first, optionally of one status. */
    public List<FileLayout> sniffedLayouts(Optional<String> status, int limit) throws SQLException {
        List<FileLayout> layouts = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("status/file_layouts.sql"))) {
            statement.setObject(1, status.orElse(null), Types.VARCHAR);
            statement.setObject(2, status.orElse(null), Types.VARCHAR);
            statement.setInt(3, limit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    layouts.add(new FileLayout(rs.getLong("id"), rs.getString("path"), rs.getString("layout")));
                }
            }
        }
        return layouts;
    }

    /** Per source, its columns that are not stored as readings (times of max/min, text...). */
    public List<SkippedColumn> skippedColumns() throws SQLException {
        List<SkippedColumn> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("status/skipped_columns.sql"));
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                columns.add(new SkippedColumn(rs.getString("site"), rs.getString("logger"), rs.getString("table_name"),
                        rs.getString("name"), rs.getString("reason")));
            }
        }
        return columns;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
