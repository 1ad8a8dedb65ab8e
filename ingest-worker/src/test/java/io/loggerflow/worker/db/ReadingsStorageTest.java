package io.loggerflow.worker.db;

import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.load.ImportRequest;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.Samples;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The schema picks how readings are stored from what the server offers: a compressed hypertable with
 * TimescaleDB, else native monthly partitions created as data arrives.
 */
class ReadingsStorageTest {
    @TempDir
    Path dir;

    @Test
    void storageFollowsTheServersExtensionsAndPartitionsOrChunksAppearAsDataArrives() throws Exception {
        Settings settings = TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.of());
        try (Loggerflow app = Loggerflow.open(settings)) {
            var data = app.dataSource();
            boolean timescale = Db.count(data, "SELECT count(*) FROM pg_available_extensions WHERE name = 'timescaledb'") == 1
                    && String.valueOf(Db.single(data, "SELECT current_setting('shared_preload_libraries')")).contains("timescaledb");
            importDay1(app);
            if (timescale) {
                assertThat(app.storage()).isEqualTo(Schema.Storage.TIMESCALEDB_HYPERTABLE);
                assertThat(Db.rows(data, "SELECT compression_enabled FROM timescaledb_information.hypertables "
                        + "WHERE hypertable_name = 'readings'")).containsExactly(Map.of("compression_enabled", true));
                assertThat(Db.count(data, "SELECT count(*) FROM timescaledb_information.chunks "
                        + "WHERE hypertable_name = 'readings'")).isEqualTo(1);
            } else {
                assertThat(app.storage()).isEqualTo(Schema.Storage.NATIVE_PARTITIONED);
                assertThat(Db.rows(data, "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                        + "WHERE i.inhparent = 'readings'::regclass ORDER BY 1"))
                        .containsExactly(Map.of("relname", "readings_202403"));
            }
        }
    }

    @Test
    void timescaleDbHypertablePath() throws Exception {
        Optional<ConnectionInfo> timescale = TestPostgres.timescaleDatabase();
        if (timescale.isEmpty()) {
            System.err.println("""
                    [loggerflow tests] *** SKIPPED: TimescaleDB hypertable path not tested: the test server has no \
                    timescaledb extension and no Docker engine is available. Set LOGGERFLOW_TEST_DB_URL (e.g. from \
                    ../shared/timescaledb/start-local.sh) to run it. ***""");
        }
        assumeTrue(timescale.isPresent(), "TimescaleDB not available on " + TestPostgres.describe() + " nor in Docker");
        Settings settings = TestWorker.settings(timescale.get(), dir, Map.of());
        try (Loggerflow app = Loggerflow.open(settings)) {
            assertThat(app.storage()).isEqualTo(Schema.Storage.TIMESCALEDB_HYPERTABLE);
            importDay1(app);
            var data = app.dataSource();
            // Late data into a compressed chunk: compress, then load the next day into the same chunk.
            Db.rows(data, "SELECT compress_chunk(c) FROM show_chunks('readings') c");
            assertThat(Db.count(data, "SELECT count(*) FROM timescaledb_information.chunks "
                    + "WHERE hypertable_name = 'readings' AND is_compressed")).isEqualTo(1);
            importFile(app, Samples.DAY2);
            assertThat(Db.count(data, "SELECT count(*) FROM readings")).isEqualTo(2867 + 2874);
            assertThat(Db.count(data, "SELECT count(*) FROM (SELECT 1 FROM readings GROUP BY sensor_id, ts "
                    + "HAVING count(*) > 1) d")).isZero();
        }
    }

    private static void importDay1(Loggerflow app) throws Exception {
        importFile(app, Samples.DAY1);
    }

    private static void importFile(Loggerflow app, Path file) throws Exception {
        new io.loggerflow.worker.load.ImportService(app.dataSource(), io.loggerflow.parsers.FormatRegistry.standard(),
                new io.loggerflow.worker.load.InboxFiles(app.settings().archiveDir(), app.settings().failedDir()))
                .importFile(new ImportRequest(file, false, "default", Optional.empty(), ZoneOffset.UTC, Optional.empty()));
    }
}
