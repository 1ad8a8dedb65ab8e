package io.loggerflow.worker;

import io.loggerflow.worker.db.ConnectionInfo;
import io.loggerflow.worker.db.ConnectionPool;
import io.loggerflow.worker.testing.Await;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.Toa5Files;
import io.loggerflow.worker.testing.WorkerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Real worker processes: killed mid-load, and two of them sharing one inbox and one database. */
class CrashAndNodesTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(180);

    @TempDir
    Path dir;

    @Test
    void aWorkerKilledMidLoadLeavesNoPartialReadingsAndTheFileLoadsExactlyOnceAfterRestart() throws Exception {
        ConnectionInfo db = TestPostgres.freshDatabase();
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        int channels = 20;
        long rows = 100_000; // 2 M readings: long enough a COPY to be caught in the middle, also on TimescaleDB
        Path staged = Toa5Files.write(dir.resolve("big.dat.tmp"), "BIG", LocalDateTime.of(2023, 1, 1, 0, 10), rows, channels);
        Path log = dir.resolve("worker.log");
        try (var pool = ConnectionPool.open(db, 2, "test")) {
            WorkerProcess first = WorkerProcess.start(db, dir.resolve("data"), inbox, log, Map.of());
            try {
                Files.move(staged, inbox.resolve("big.dat"));
                Await.until("the COPY to be under way", TIMEOUT, () -> copyUnderWay(pool));
                first.kill();
            } finally {
                first.close();
            }
            assertThat(Db.count(pool, "SELECT count(*) FROM readings")).as("no partial readings").isZero();
            assertThat(Db.count(pool, "SELECT count(*) FROM files WHERE status = 'loaded'")).isZero();
            assertThat(inbox.resolve("big.dat")).exists();

            try (WorkerProcess second = WorkerProcess.start(db, dir.resolve("data"), inbox, log, Map.of())) {
                Await.until("the file to load after the restart", TIMEOUT,
                        () -> Db.count(pool, "SELECT count(*) FROM files WHERE status = 'loaded'") == 1);
            }
            assertThat(Db.count(pool, "SELECT count(*) FROM readings")).isEqualTo(rows * channels);
            assertThat(Db.count(pool, "SELECT sum(round(value * 1000))::bigint FROM readings"))
                    .isEqualTo(Toa5Files.checksum(channels, rows));
            assertThat(Db.count(pool, "SELECT count(*) FROM files WHERE name = 'big.dat' AND status = 'loaded'")).isEqualTo(1);
        }
    }

    @Test
    void twoWorkerProcessesOnOneInboxLoadEachOfFiftyFilesExactlyOnce() throws Exception {
        ConnectionInfo db = TestPostgres.freshDatabase();
        Path inbox = Files.createDirectories(dir.resolve("shared-inbox"));
        Path staging = Files.createDirectories(dir.resolve("staging"));
        try (var pool = ConnectionPool.open(db, 2, "test");
             WorkerProcess a = WorkerProcess.start(db, dir.resolve("node-a"), inbox, dir.resolve("a.log"), Map.of());
             WorkerProcess b = WorkerProcess.start(db, dir.resolve("node-b"), inbox, dir.resolve("b.log"), Map.of())) {
            for (int i = 0; i < 50; i++) { // 5 loggers x 10 days
                String station = "M" + (i % 5);
                LocalDateTime day = LocalDateTime.of(2024, 1, 1 + i / 5, 0, 10);
                Path file = Toa5Files.write(staging.resolve(station + "_" + i + ".dat"), station, day, 144, 4);
                Files.move(file, inbox.resolve(file.getFileName()));
            }
            Await.until("all 50 files to be handled", TIMEOUT,
                    () -> Db.count(pool, "SELECT count(*) FROM files WHERE status = 'loaded'") >= 50 && isEmpty(inbox));
            assertThat(Db.count(pool, "SELECT count(*) FROM files WHERE status = 'loaded'")).isEqualTo(50);
            assertThat(Db.count(pool, "SELECT count(DISTINCT name) FROM files WHERE status = 'loaded'")).isEqualTo(50);
            assertThat(Db.count(pool, "SELECT count(*) FROM files WHERE status = 'failed'")).isZero();
            assertThat(Db.count(pool, "SELECT count(*) FROM readings")).isEqualTo(50L * 144 * 4);
            assertThat(Db.count(pool, "SELECT count(*) FROM (SELECT 1 FROM readings GROUP BY sensor_id, ts "
                    + "HAVING count(*) > 1) d")).isZero();
            assertThat(a.isAlive()).as(() -> "node a alive; its log:\n" + tail(dir.resolve("a.log"))).isTrue();
            assertThat(b.isAlive()).as(() -> "node b alive; its log:\n" + tail(dir.resolve("b.log"))).isTrue();
        }
    }

    /** A COPY into readings running for a moment (progress counters are not reported by every COPY path). */
    private static boolean copyUnderWay(DataSource pool) {
        return Db.count(pool, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND state = 'active' AND query LIKE 'COPY readings %' AND now() - query_start > interval '300 ms'") > 0;
    }

    private static String tail(Path log) {
        try {
            var lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static boolean isEmpty(Path folder) {
        try (var files = Files.list(folder)) {
            return files.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
