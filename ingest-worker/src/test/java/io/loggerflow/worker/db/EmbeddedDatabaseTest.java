package io.loggerflow.worker.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The zero-setup database: persists across restarts and is shared by a second process on the same data folder. */
class EmbeddedDatabaseTest {

    @Test
    void aSecondStarterAttachesToTheRunningServerAndDataSurvivesARestart(@TempDir Path dir) throws Exception {
        String url;
        try (EmbeddedDatabase first = EmbeddedDatabase.startOrAttach(dir, 0)) {
            url = first.connectionInfo().url();
            assertThat(first.describe()).contains("started by this process");
            execute(first.connectionInfo(), "CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)");

            try (EmbeddedDatabase second = EmbeddedDatabase.startOrAttach(dir, 0)) {
                assertThat(second.describe()).contains("shared");
                assertThat(second.connectionInfo().url()).isEqualTo(url);
                assertThat(queryInt(second.connectionInfo(), "SELECT v FROM kept")).isEqualTo(42);
            }
            // closing the attached one must not stop the server its owner runs
            assertThat(queryInt(first.connectionInfo(), "SELECT v FROM kept")).isEqualTo(42);
        }
        try (EmbeddedDatabase restarted = EmbeddedDatabase.startOrAttach(dir, 0)) {
            assertThat(restarted.describe()).contains("started by this process");
            assertThat(queryInt(restarted.connectionInfo(), "SELECT v FROM kept")).isEqualTo(42);
        }
    }

    private static void execute(ConnectionInfo info, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(info.url(), info.user(), info.password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static int queryInt(ConnectionInfo info, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(info.url(), info.user(), info.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
