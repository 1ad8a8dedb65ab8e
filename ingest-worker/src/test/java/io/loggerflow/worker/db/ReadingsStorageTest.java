package io.loggerflow.worker.db;

import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.db.ConnectionInfo;
import io.loggerflow.worker.load.ImportRequest;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.Samples;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
            importFile(app, Samples.DAY2);
            var data = app.dataSource();
            if (Schema.directCompressCopy(data)) { // the fast path wrote compressed batches directly
                assertThat(Db.count(data, "SELECT count(*) FROM timescaledb_information.chunks "
                        + "WHERE hypertable_name = 'readings' AND is_compressed")).isEqualTo(1);
            }
            // Older TimescaleDB without direct compress: compress the chunk to test backfill into it.
            Db.rows(data, "SELECT compress_chunk(c, if_not_compressed => true) FROM show_chunks('readings') c");
            assertThat(Db.count(data, "SELECT count(*) FROM timescaledb_information.chunks "
                    + "WHERE hypertable_name = 'readings' AND is_compressed")).isEqualTo(1);

            importDay1(app); // a late file backfills into the compressed chunk
            List<String> corrected = new ArrayList<>(Files.readAllLines(Samples.DAY2));
            corrected.set(4, corrected.get(4).replaceFirst(",48145,[0-9.]+,", ",48145,99.5,"));
            Path correctedFile = Files.write(dir.resolve("corrected.dat"), corrected);
            importFile(app, correctedFile); // an overlap merges into the compressed chunk

            assertThat(Db.count(data, "SELECT count(*) FROM readings")).isEqualTo(2867 + 2874);
            assertThat(Db.rows(data, "SELECT readings_inserted, readings_updated FROM files WHERE name = 'corrected.dat'"))
                    .containsExactly(Map.of("readings_inserted", 0L, "readings_updated", 1L));
            assertThat(Db.single(data, "SELECT value FROM readings r JOIN sensors s ON s.id = r.sensor_id "
                    + "WHERE s.name = 'WS_80m_Avg' AND ts = '2024-03-02T00:00:00Z'")).isEqualTo(99.5);
            assertThat(Db.count(data, "SELECT count(*) FROM (SELECT 1 FROM readings GROUP BY sensor_id, ts "
                    + "HAVING count(*) > 1) d")).isZero();
        }
    }

    private static void importDay1(Loggerflow app) throws Exception {
        importFile(app, Samples.DAY1);
    }

    private static void importFile(Loggerflow app, Path file) throws Exception {
        app.importService().importFile(new ImportRequest(file, false, "default", Optional.empty(), ZoneOffset.UTC, Optional.empty()));
    }
}
