package io.loggerflow.exporter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Small JDBC conveniences shared by the exporter's repositories. */
final class Jdbc {
    private Jdbc() {
    }

    static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setTimestamp(index, Timestamp.from(value));
        }
    }

    static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static Instant instant(ResultSet rs, int index) throws SQLException {
        Timestamp value = rs.getTimestamp(index);
        return value == null ? null : value.toInstant();
    }

    /**
     * Runs a change as {@code actor} in its own transaction, or, when the caller already opened one (auto-commit
     * off), inside the caller's: then the caller commits or rolls back all its changes at once.
     */
    static <T> T change(Connection connection, Actor actor, SqlWork<T> work) throws SQLException {
        if (!connection.getAutoCommit()) {
            actor.apply(connection);
            return work.run(connection);
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            actor.apply(connection);
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Deletes one row by id as {@code actor}; false when there was no such row. */
    static boolean deleteById(Connection connection, Actor actor, String sql, int id) throws SQLException {
        return change(connection, actor, c -> {
            try (PreparedStatement statement = c.prepareStatement(SqlText.load(sql))) {
                statement.setInt(1, id);
                return statement.executeUpdate() == 1;
            }
        });
    }

    /** Inserts a row as {@code actor}, returning its generated id. */
    static int insertReturningId(Connection connection, Actor actor, String sql, SqlBinder binder) throws SQLException {
        return change(connection, actor, c -> {
            try (PreparedStatement statement = c.prepareStatement(SqlText.load(sql))) {
                binder.bind(statement);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /** The source key in three consecutive columns (site, logger, table) from {@code index} on. */
    static SourceKey sourceKey(ResultSet rs, int index) throws SQLException {
        return new SourceKey(rs.getString(index), rs.getString(index + 1), rs.getString(index + 2));
    }

    /** Every row of a statement without parameters, each mapped to a value (a row mapped to null is left out). */
    static <T> List<T> list(Connection connection, String sql, RowMapper<T> mapper) throws SQLException {
        return list(connection, sql, statement -> { }, mapper);
    }

    /** Every row of a statement, its parameters set by {@code binder}, each mapped to a value (null: left out). */
    static <T> List<T> list(Connection connection, String sql, SqlBinder binder, RowMapper<T> mapper)
            throws SQLException {
        List<T> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load(sql))) {
            binder.bind(statement);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    T row = mapper.map(rs);
                    if (row != null) {
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    interface SqlBinder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
