package io.loggerflow.worker.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small query helpers for assertions. */
public final class Db {
    private Db() {
    }

    public static long count(DataSource dataSource, String sql, Object... params) {
        return ((Number) single(dataSource, sql, params)).longValue();
    }

    public static Object single(DataSource dataSource, String sql, Object... params) {
        List<Map<String, Object>> rows = rows(dataSource, sql, params);
        if (rows.size() != 1) {
            throw new AssertionError("expected one row from " + sql + " but got " + rows.size());
        }
        return rows.get(0).values().iterator().next();
    }

    public static List<Map<String, Object>> rows(DataSource dataSource, String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return rows(statement.executeQuery());
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Every row of a result set as column label -> value; closes the result set. */
    public static List<Map<String, Object>> rows(ResultSet rs) throws SQLException {
        try (rs) {
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    row.put(rs.getMetaData().getColumnLabel(c), rs.getObject(c));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
