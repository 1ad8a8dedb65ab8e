package io.loggerflow.worker.retract;

import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.cli.CliRunner;
import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.load.FileStatus;
import io.loggerflow.worker.load.ImportOutcome;
import io.loggerflow.worker.load.ImportRequest;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import io.loggerflow.worker.testing.Toa5Files;
import io.loggerflow.worker.watch.InboxLayout;
import io.loggerflow.worker.db.ConnectionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code reimport}: a site's folder zone corrected after its files loaded; the stored stamps move with it. */
class ReimportTest {
    @TempDir
    Path dir;

    @Test
    void aCorrectedFolderZoneShiftsTheStoredStampsOfTheArchivedOriginal() throws Exception {
        ConnectionInfo db = TestPostgres.freshDatabase();
        long fileId;
        Path archived;
        Settings wrong = TestWorker.settings(db, dir, Map.of("folder.north.timezone", "UTC"));
        try (Loggerflow app = Loggerflow.open(wrong)) {
            Path inboxFile = wrong.inbox().resolve("north").resolve("MAST09_day.dat");
            Files.createDirectories(inboxFile.getParent());
            Toa5Files.write(inboxFile, "MAST09", LocalDateTime.of(2024, 5, 1, 0, 10), 6, 2);
            ImportOutcome loaded = app.importService().importFile(new ImportRequest(inboxFile, true,
                    new InboxLayout(wrong).settingsFor(inboxFile), Optional.empty()));
            assertThat(loaded.status()).isEqualTo(FileStatus.LOADED);
            fileId = loaded.fileId();
            archived = loaded.movedTo();
            assertThat(archived).exists();
            assertThat(firstStamp(app)).isEqualTo(OffsetDateTime.of(2024, 5, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        }

        // the loggers of that site keep UTC+2: corrected in the configuration, then re-imported
        Settings corrected = TestWorker.settings(db, dir, Map.of("folder.north.timezone", "UTC+02:00"));
        CliRunner.Result dry = CliRunner.run(corrected, "reimport", String.valueOf(fileId), "--reason",
                "site clock is UTC+2", "--dry-run");
        assertThat(dry.code()).as(dry.output()).isZero();
        assertThat(dry.output()).contains("would retract 1 file(s): 12 readings would be removed")
                .containsPattern(fileId + "\\s+would import\\s+north\\s+UTC\\+02:00\\s+\\Q" + archived + "\\E");

        CliRunner.Result reimport = CliRunner.run(corrected, "reimport", String.valueOf(fileId), "--reason",
                "site clock is UTC+2", "--by", "bob", "--quiet");

        assertThat(reimport.code()).as(reimport.output()).isZero();
        assertThat(reimport.output()).contains("retracted 1 file(s): 12 readings removed")
                .containsPattern(fileId + "\\s+\\d+\\s+loaded\\s+12\\s+north\\s+UTC\\+02:00");
        try (Loggerflow app = Loggerflow.open(corrected)) {
            assertThat(firstStamp(app)).isEqualTo(OffsetDateTime.of(2024, 4, 30, 22, 0, 0, 0, ZoneOffset.UTC));
            assertThat(Db.count(app.dataSource(), "SELECT count(*) FROM readings")).isEqualTo(12);
            // all six rows are two hours earlier: 22:00 .. 22:50 UTC on the day before
            assertThat(Db.count(app.dataSource(), "SELECT count(*) FROM readings WHERE ts >= '2024-04-30T23:00Z'"))
                    .isZero();
            assertThat(Db.rows(app.dataSource(), "SELECT status FROM files ORDER BY id"))
                    .containsExactly(Map.of("status", "retracted"), Map.of("status", "loaded"));
            assertThat(Db.single(app.dataSource(), "SELECT changed_by FROM retractions")).isEqualTo("bob");
        }
        assertThat(archived).exists(); // the original stays where it was kept
    }

    private static OffsetDateTime firstStamp(Loggerflow app) {
        return ((java.sql.Timestamp) Db.single(app.dataSource(), "SELECT min(ts) FROM readings")).toInstant()
                .atOffset(ZoneOffset.UTC);
    }
}
