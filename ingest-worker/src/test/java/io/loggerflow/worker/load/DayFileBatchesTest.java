package io.loggerflow.worker.load;

import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.db.Schema;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.TestImports;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import io.loggerflow.worker.testing.Toa5Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * TimescaleDB: day files written as compressed batches (one short batch per sensor and file) leave their chunk
 * with at most twice the fewest batches its readings need, every value as loaded, and no row uncompressed.
 */
class DayFileBatchesTest {
    private static final LocalDateTime FIRST_DAY = LocalDateTime.of(2024, 3, 2, 0, 10);
    private static final int DAYS = 14;
    private static final int CHANNELS = 20;

    @TempDir
    Path dir;

    @Test
    void dayFilesLeaveTheirChunksInNearlyFullBatches() throws Exception {
        try (Loggerflow app = Loggerflow.open(TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.of()))) {
            assumeTrue(app.storage() == Schema.Storage.TIMESCALEDB_HYPERTABLE, "compressed batches: TimescaleDB only");
            DataSource data = app.dataSource();
            for (int day = 0; day < DAYS; day++) {
                assertThat(TestImports.importFile(app, Toa5Files.write(dir.resolve("DAY_" + day + ".dat"), "DAYS",
                        FIRST_DAY.plusDays(day), 144, CHANNELS)).status()).isEqualTo(FileStatus.LOADED);
            }

            long batches = 0;
            for (Map<String, Object> chunk : Db.rows(data, "SELECT format('%I.%I', cc.schema_name, cc.table_name) AS c "
                    + "FROM _timescaledb_catalog.chunk ch JOIN _timescaledb_catalog.chunk cc "
                    + "ON cc.id = ch.compressed_chunk_id")) {
                Map<String, Object> counts = Db.rows(data, "SELECT sum(b) AS batches, sum(ceil(n / 1000.0)) AS fewest "
                        + "FROM (SELECT count(*) AS b, sum(_ts_meta_count) AS n FROM " + chunk.get("c")
                        + " GROUP BY sensor_id) per_sensor").get(0);
                assertThat(((Number) counts.get("batches")).longValue())
                        .isLessThanOrEqualTo(2 * ((Number) counts.get("fewest")).longValue());
                batches += ((Number) counts.get("batches")).longValue();
            }
            assertThat(batches).isLessThan((long) DAYS * CHANNELS); // what the files wrote: one batch per sensor each
            assertThat(Db.count(data, "SELECT count(*) FROM readings")).isEqualTo((long) DAYS * 144 * CHANNELS);
            assertThat(Db.count(data, "SELECT sum(round(value * 1000)) FROM readings"))
                    .isEqualTo(DAYS * Toa5Files.checksum(CHANNELS, 144));
            assertThat(Db.count(data, "SELECT count(*) FROM (SELECT 1 FROM readings GROUP BY sensor_id, ts "
                    + "HAVING count(*) > 1) twice")).isZero();
            assertThat(Db.count(data, "SELECT sum(pg_relation_size(c)) FROM show_chunks('readings') c")).isZero();
        }
    }
}
