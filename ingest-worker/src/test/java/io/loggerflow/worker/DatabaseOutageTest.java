package io.loggerflow.worker;

import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.db.ConnectionInfo;
import io.loggerflow.worker.testing.Await;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.TestWorker;
import io.loggerflow.worker.testing.Toa5Files;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The database goes away while jobs run and comes back: jobs retry and complete, nothing is quarantined. */
class DatabaseOutageTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(240);

    @TempDir
    Path dir;

    @Test
    void jobsRetryAfterTheDatabaseComesBackAndNoFileIsQuarantinedForIt() throws Exception {
        Path pgData = dir.resolve("pg");
        int port = freePort();
        EmbeddedPostgres postgres = start(pgData, port);
        ConnectionInfo db = new ConnectionInfo("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", null);
        Settings settings = TestWorker.settings(db, dir.resolve("data"), Map.of(Settings.Key.JOBS_RETRIES.property, "10"));
        int files = 6;
        try (Loggerflow app = Loggerflow.open(settings)) {
            app.startWorkers();
            app.startWatcher();
            Path staging = Files.createDirectories(dir.resolve("staging"));
            for (int i = 0; i < files; i++) {
                Path file = Toa5Files.write(staging.resolve("M_" + i + ".dat"), "OUT" + i,
                        LocalDateTime.of(2024, 2, 1 + i, 0, 10), 4_000, 10);
                Files.move(file, settings.inbox().resolve(file.getFileName()));
            }
            Await.until("the first file to load", TIMEOUT,
                    () -> Db.count(app.dataSource(), "SELECT count(*) FROM files WHERE status = 'loaded'") >= 1);

            postgres.close(); // the database goes away while the other files are queued or loading
            Thread.sleep(8_000);
            postgres = start(pgData, port);

            Await.until("every file to load after the outage", TIMEOUT,
                    () -> Db.count(app.dataSource(), "SELECT count(*) FROM files WHERE status = 'loaded'") == files);
            assertThat(Db.count(app.dataSource(), "SELECT count(*) FROM files WHERE status = 'failed'")).isZero();
            assertThat(Db.count(app.dataSource(), "SELECT count(*) FROM readings")).isEqualTo(files * 4_000L * 10);
            assertThat(settings.failedDir()).satisfiesAnyOf(
                    failed -> assertThat(failed).doesNotExist(),
                    failed -> assertThat(failed).isEmptyDirectory());
        } finally {
            postgres.close();
        }
    }

    private static EmbeddedPostgres start(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
