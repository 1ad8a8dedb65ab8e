package io.loggerflow.worker.retract;

import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.cli.CliRunner;
import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.load.FileStatus;
import io.loggerflow.worker.load.ImportOutcome;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.ExportZips;
import io.loggerflow.worker.testing.TestImports;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import io.loggerflow.worker.testing.Toa5Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code retract}: file A (12 rows) and a later file B overlapping A's last 6 rows with other values. Retracting
 * A removes only the readings still A's, reports the ones B overwrote, and the export follows.
 */
class RetractTest {
    private static final String COUNT_READINGS = "SELECT count(*) FROM readings";

    @TempDir
    Path dir;

    private Settings settings;
    private Loggerflow app;
    private long fileA;
    private long fileB;

    @BeforeEach
    void twoOverlappingFiles() throws Exception {
        settings = TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.of());
        app = Loggerflow.open(settings);
        Files.createDirectories(dir.resolve("in"));
        // stored (interval start) stamps: A 00:00 .. 01:50, B 01:00 .. 02:50; 2 channels each
        Path a = Toa5Files.write(dir.resolve("in/A.dat"), "MAST07", LocalDateTime.of(2024, 5, 1, 0, 10), 12, 2);
        Path b = Toa5Files.write(dir.resolve("in/B.dat"), "MAST07", LocalDateTime.of(2024, 5, 1, 1, 10), 12, 2);
        ImportOutcome first = TestImports.importFile(app, a);
        ImportOutcome second = TestImports.importFile(app, b);
        assertThat(first.status()).isEqualTo(FileStatus.LOADED);
        assertThat(second.status()).isEqualTo(FileStatus.LOADED);
        fileA = first.fileId();
        fileB = second.fileId();
        // B's values differ from A's at every shared stamp (Toa5Files values follow the row number): 12 overwritten
        assertThat(Db.count(app.dataSource(), "SELECT readings_updated FROM files WHERE id = ?", fileB)).isEqualTo(12);
        assertThat(Db.count(app.dataSource(), COUNT_READINGS)).isEqualTo(36);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aDryRunCountsAndChangesNothing() {
        long version = dataVersion();
        CliRunner.Result dry = CliRunner.run(settings, "retract", String.valueOf(fileA), "--reason", "wrong zone",
                "--dry-run");

        assertThat(dry.code()).as(dry.output()).isZero();
        assertThat(dry.output()).containsPattern(fileA + "\\s+" + fileA + "\\s+default/MAST07/Ten_Min\\s+"
                        + "2024-05-01T00:00:00Z\\s+2024-05-01T01:50:00Z\\s+12\\s+12\\s+" + fileB + "\\s")
                .contains("dry run, nothing changed: would retract 1 file(s): 12 readings would be removed, "
                        + "12 readings later files overwrote stay theirs");
        assertThat(Db.count(app.dataSource(), COUNT_READINGS)).isEqualTo(36);
        assertThat(Db.single(app.dataSource(), "SELECT status FROM files WHERE id = ?", fileA)).isEqualTo("loaded");
        assertThat(Db.count(app.dataSource(), "SELECT count(*) FROM retractions")).isZero();
        assertThat(dataVersion()).isEqualTo(version);
    }

    @Test
    void removesOnlyWhatIsStillTheFilesAuditsItAndTheExportFollows() throws Exception {
        long version = dataVersion();
        CliRunner.Result retract = CliRunner.run(settings, "retract", String.valueOf(fileA), "--reason",
                "imported with the wrong zone", "--by", "alice");

        assertThat(retract.code()).as(retract.output()).isZero();
        assertThat(retract.output()).contains("retracted 1 file(s): 12 readings removed, 12 readings later files "
                + "overwrote stay theirs");
        // what is left is exactly B: its 12 rows x 2 channels, each B's own
        assertThat(Db.count(app.dataSource(), COUNT_READINGS)).isEqualTo(24);
        assertThat(Db.count(app.dataSource(), "SELECT count(*) FROM readings WHERE file_id = ?", fileB)).isEqualTo(24);
        assertThat(Db.count(app.dataSource(), "SELECT count(*) FROM readings WHERE ts < '2024-05-01T01:00Z'")).isZero();
        // the row stays, marked; the hash no longer counts as loaded
        assertThat(Db.single(app.dataSource(), "SELECT status FROM files WHERE id = ?", fileA)).isEqualTo("retracted");
        assertThat(Db.rows(app.dataSource(), "SELECT file_id, readings_removed, readings_overwritten, reason, changed_by "
                + "FROM retractions")).containsExactly(Map.of("file_id", fileA, "readings_removed", 12L,
                "readings_overwritten", 12L, "reason", "imported with the wrong zone", "changed_by", "alice"));
        assertThat(Db.rows(app.dataSource(), "SELECT action, changed_by, reason FROM cleaning_changes WHERE table_name "
                + "= 'retractions'")).containsExactly(Map.of("action", "insert", "changed_by", "alice", "reason",
                "imported with the wrong zone"));
        assertThat(dataVersion()).isGreaterThan(version);
        assertThat(CliRunner.run(settings, "changes").output()).contains("retractions").contains("alice");

        Path out = dir.resolve("exports");
        CliRunner.Result export = CliRunner.run(settings, "export", "--source", "default/MAST07/Ten_Min", "--out",
                out.toString(), "--quiet");
        assertThat(export.code()).as(export.output()).isZero();
        List<String> speed = ExportZips.lines(out.resolve("default_MAST07_Ten_Min.zip"), "wind_speed.csv");
        List<String> data = speed.stream().filter(l -> l.startsWith("2024-")).toList();
        assertThat(data).hasSize(12);
        assertThat(data.get(0)).startsWith("2024-05-01 01:00:00,");
        // B's second row, B's value (A had value(0, 7) there)
        assertThat(Double.parseDouble(ExportZips.row(speed, "2024-05-01 01:10:00")[1])).isEqualTo(Toa5Files.value(0, 1));

        CliRunner.Result again = CliRunner.run(settings, "retract", String.valueOf(fileA), "--reason", "twice");
        assertThat(again.code()).isEqualTo(2);
        assertThat(Db.count(app.dataSource(), COUNT_READINGS)).isEqualTo(24);
    }

    @Test
    void bySourceAndRangeAndRefusals() {
        CliRunner.Result byRange = CliRunner.run(settings, "retract", "--source", "default/MAST07/Ten_Min", "--from",
                "2024-05-01T02:00", "--reason", "late part", "--dry-run");
        assertThat(byRange.code()).as(byRange.output()).isZero();
        assertThat(byRange.output()).containsPattern("\\n" + fileB + "\\s+" + fileB + "\\s+default/MAST07/Ten_Min")
                .doesNotContain("\n" + fileA + " ").contains("24 readings would be removed");

        assertThat(CliRunner.run(settings, "retract", String.valueOf(fileA)).code()).as("--reason is required")
                .isEqualTo(2);
        assertThat(CliRunner.run(settings, "retract", "999999", "--reason", "x").code()).isEqualTo(2);
        assertThat(Db.count(app.dataSource(), COUNT_READINGS)).isEqualTo(36);
    }

    private long dataVersion() {
        return Db.count(app.dataSource(), "SELECT data_version FROM sources WHERE logger = 'MAST07'");
    }
}
