package io.loggerflow.worker.cli;

import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.db.ConnectionInfo;
import io.loggerflow.worker.testing.Samples;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** One-shot commands run on one plain connection: they migrate a fresh database, and never start JobRunr. */
class OneShotCommandsTest {
    @TempDir
    Path dir;

    @Test
    void onAFreshDatabaseTheyCreateTheSchemaButNoJobRunrTables() throws Exception {
        ConnectionInfo db = TestPostgres.freshDatabase();
        Settings settings = TestWorker.settings(db, dir, Map.of());
        assertThat(exists(db, "files")).isFalse();

        CliRunner.Result flags = CliRunner.run(settings, "flag", "list");
        assertThat(flags.code()).as(flags.output()).isZero();
        assertThat(flags.output()).startsWith("ID").contains("REASON");
        assertThat(exists(db, "files")).isTrue();

        CliRunner.Result status = CliRunner.run(settings, "status");
        assertThat(status.code()).as(status.output()).isZero();
        assertThat(status.output()).contains("PENDING JOBS: 0 enqueued, 0 processing, 0 waiting to retry");
        assertThat(CliRunner.run(settings, "export-config", "list").code()).isZero();
        assertThat(CliRunner.run(settings, "changes").code()).isZero();
        assertThat(CliRunner.run(settings, "calibration", "list").code()).isZero();

        assertThat(exists(db, "jobrunr_jobs")).isFalse();
        assertThat(exists(db, "jobrunr_recurring_jobs")).isFalse();
    }

    @Test
    void statusAndExportConfigListReadJobRunrsTablesWithoutStartingIt() throws Exception {
        Settings settings = TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.of());
        try (Loggerflow app = Loggerflow.open(settings)) { // JobRunr's tables, as after a worker ran
            app.enqueueImport(Samples.DAY1, false, Optional.empty(), null, null, null); // no worker takes it
        }
        CliRunner.Result added = CliRunner.run(settings, "export-config", "add", "nightly", "--all");
        assertThat(added.code()).as(added.output()).isZero();

        CliRunner.Result list = CliRunner.run(settings, "export-config", "list");
        assertThat(list.code()).as(list.output()).isZero();
        assertThat(list.output()).containsPattern("(?m)^nightly\\s+.*\\s+0 2 \\* \\* \\*\\s+true\\s+\\S+\\s+export-nightly\\s+never$");
        CliRunner.Result status = CliRunner.run(settings, "status");
        assertThat(status.output()).contains("PENDING JOBS: 1 enqueued, 0 processing, 0 waiting to retry");
    }

    @Test
    void exportConfigListShowsWhenAConfigurationLastRanHere() throws Exception {
        Settings settings = TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.of());
        assertThat(CliRunner.run(settings, "export-config", "add", "nightly", "--all").code()).isZero();
        CliRunner.Result run = CliRunner.run(settings, "export-config", "run", "nightly");
        assertThat(run.code()).as(run.output()).isZero();

        CliRunner.Result list = CliRunner.run(settings, "export-config", "list");
        assertThat(list.output()).containsPattern("(?m)^nightly\\s+.*\\s+\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ ok$");
    }

    @Test
    void onAFreshDataFolderTheyStartTheEmbeddedDatabase() {
        Settings settings = Settings.of(Map.of(Settings.Key.DATA_DIR.property, dir.resolve("data").toString()), dir);
        CliRunner.Result result = CliRunner.run(settings, "changes");
        assertThat(result.code()).as(result.output()).isZero();
        assertThat(result.output()).startsWith("ID").contains("ACTION");
        assertThat(dir.resolve("data").resolve("db").resolve("pgdata").resolve("PG_VERSION")).exists();
    }

    @Test
    void flagsAndCalibrationsAreAddedListedAndRemovedWithTheirReasonRecorded() {
        Settings settings = TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.of());
        assertThat(CliRunner.run(settings, "import", Samples.DAY1.toString()).code()).isZero();
        String source = "default/MAST01/Ten_Min";

        CliRunner.Result flag = CliRunner.run(settings, "flag", "add", "--source", source, "--from", "2024-03-01",
                "--to", "2024-03-01T06:00", "--reason", "icing", "--by", "ana");
        assertThat(flag.code()).as(flag.output()).isZero();
        assertThat(flag.output()).matches("flag \\d+ added\\R");
        String flagId = flag.output().split(" ")[1];
        assertThat(CliRunner.run(settings, "flag", "list").output())
                .containsPattern(flagId + "\\s+" + source + "\\s+\\(all\\)\\s+2024-03-01T00:00:00Z\\s+2024-03-01T06:00:00Z\\s+ana");

        CliRunner.Result calibration = CliRunner.run(settings, "calibration", "add", "--source", source, "--sensor",
                "WS_80m_Avg", "--from", "2024-03-01", "--slope", "1.02", "--offset", "-0.1", "--reason", "certificate");
        assertThat(calibration.code()).as(calibration.output()).isZero();
        String calibrationId = calibration.output().split(" ")[1];
        assertThat(CliRunner.run(settings, "calibration", "list").output())
                .containsPattern(calibrationId + "\\s+" + source + "\\s+WS_80m_Avg\\s+2024-03-01T00:00:00Z\\s+1.02\\s+-0.1");

        CliRunner.Result removed = CliRunner.run(settings, "flag", "remove", flagId, "--reason", "no icing after all");
        assertThat(removed.code()).isZero();
        assertThat(removed.output()).isEqualToIgnoringNewLines("flag " + flagId + " removed");
        CliRunner.Result again = CliRunner.run(settings, "flag", "remove", flagId, "--reason", "twice");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.output()).isEqualToIgnoringNewLines("no flag " + flagId);
        CliRunner.Result removedCalibration = CliRunner.run(settings, "calibration", "remove", calibrationId,
                "--reason", "wrong certificate");
        assertThat(removedCalibration.output()).isEqualToIgnoringNewLines("calibration " + calibrationId + " removed");
        assertThat(CliRunner.run(settings, "calibration", "remove", calibrationId, "--reason", "twice").code())
                .isEqualTo(1);

        assertThat(CliRunner.run(settings, "changes").output())
                .contains("no icing after all").contains("wrong certificate").contains("certificate").contains("icing");
    }

    private static boolean exists(ConnectionInfo db, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
