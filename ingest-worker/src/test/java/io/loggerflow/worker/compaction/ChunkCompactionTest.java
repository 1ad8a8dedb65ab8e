package io.loggerflow.worker.compaction;

import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.cli.CliRunner;
import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.db.Schema;
import io.loggerflow.worker.jobs.JobSystem;
import io.loggerflow.worker.load.FileStatus;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.TestImports;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import io.loggerflow.worker.testing.Toa5Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Compaction of settled chunks: day files of two loggers across two 30-day chunks (the boundary falls on
 * 2024-03-18), each file one short batch per sensor. A settled chunk is rewritten in the fewest batches with
 * every value kept; a chunk a file was loaded into recently is left alone; a dry run changes nothing.
 */
class ChunkCompactionTest {
    private static final LocalDateTime FIRST_DAY = LocalDateTime.of(2024, 3, 10, 0, 10);
    private static final int DAYS = 12;
    private static final int CHANNELS = 4;
    private static final List<String> LOGGERS = List.of("MAST_A", "MAST_B");
    private static final String PER_SENSOR = "SELECT sensor_id, count(*) AS n, sum(round(value * 1000)) AS total "
            + "FROM readings GROUP BY sensor_id ORDER BY sensor_id";
    private static final String BATCHES = "SELECT i.range_start, (SELECT count(*) FROM %1$s) AS batches,"
            + " (SELECT coalesce(sum(ceil(n / 1000.0)), 0) FROM (SELECT sum(_ts_meta_count) AS n FROM %1$s"
            + " GROUP BY sensor_id) s) AS fewest";

    @TempDir
    Path dir;

    @Test
    void settledChunksAreCompactedAndRecentOnesLeftAlone() throws Exception {
        try (Loggerflow app = Loggerflow.open(TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.of()))) {
            assumeTrue(app.storage() == Schema.Storage.TIMESCALEDB_HYPERTABLE, "compressed batches: TimescaleDB only");
            DataSource data = app.dataSource();
            loadDayFiles(app);
            List<Map<String, Object>> values = Db.rows(data, PER_SENSOR);
            assertThat(Db.count(data, "SELECT count(*) FROM readings"))
                    .isEqualTo((long) LOGGERS.size() * DAYS * 144 * CHANNELS);
            List<Map<String, Object>> loaded = batches(data);
            assertThat(loaded).hasSize(2);
            assertThat(loaded).allSatisfy(chunk -> assertThat(number(chunk, "batches"))
                    .isGreaterThan(ChunkCompaction.SHORT_BATCHES_FACTOR * number(chunk, "fewest")));
            // the first chunk's files were loaded four days ago; the second chunk's today
            Db.rows(data, "UPDATE files SET started_at = now() - interval '96 hours', finished_at = now()"
                    + " - interval '96 hours' WHERE first_ts < (SELECT min(range_end) FROM timescaledb_information.chunks"
                    + " WHERE hypertable_name = 'readings') RETURNING id");

            Settings settled72 = app.settings().with(Map.of("compaction.settled-hours", "72"));
            CliRunner.Result dryRun = CliRunner.run(settled72, "compact", "--dry-run");
            assertThat(dryRun.code()).isZero();
            assertThat(dryRun.output()).contains("BATCHES BEFORE", "2024-02-17T00:00:00Z",
                    "1 settled chunks would be compacted").doesNotContain("2024-04-17T00:00:00Z"); // the second chunk's end
            assertThat(batches(data)).isEqualTo(loaded);

            ChunkCompaction.Outcome first;
            try (Connection connection = data.getConnection()) {
                first = new ChunkCompaction(Duration.ofHours(72)).run(connection, false);
            }
            assertThat(first.timescale()).isTrue();
            assertThat(first.chunks()).singleElement().satisfies(chunk -> {
                assertThat(chunk.rangeStart()).hasToString("2024-02-17T00:00:00Z");
                assertThat(chunk.after()).hasValueSatisfying(after -> {
                    assertThat(after.batches()).isEqualTo(after.fewest()).isLessThan(chunk.before().batches());
                    assertThat(after.readings()).isEqualTo(chunk.before().readings()).isPositive();
                    // a few kilobytes of batches here: the relations' fixed pages dominate (bytes: see the bench)
                    assertThat(after.bytes()).isPositive();
                });
            });
            List<Map<String, Object>> afterFirst = batches(data);
            assertThat(number(afterFirst.get(0), "batches")).isEqualTo(number(afterFirst.get(0), "fewest"));
            assertThat(afterFirst.get(1)).isEqualTo(loaded.get(1)); // loaded into recently: untouched

            CliRunner.Result all = CliRunner.run(app.settings().with(Map.of("compaction.settled-hours", "0")), "compact");
            assertThat(all.code()).isZero();
            assertThat(all.output()).contains("2024-04-17T00:00:00Z", "1 settled chunks, 1 compacted, 0 busy");
            assertThat(batches(data)).allSatisfy(chunk -> assertThat(number(chunk, "batches"))
                    .isEqualTo(number(chunk, "fewest")));

            assertThat(Db.rows(data, PER_SENSOR)).isEqualTo(values);
            assertThat(Db.count(data, "SELECT count(*) FROM (SELECT 1 FROM readings GROUP BY sensor_id, ts "
                    + "HAVING count(*) > 1) twice")).isZero();
            assertThat(Db.count(data, "SELECT count(*) FROM timescaledb_information.chunks"
                    + " WHERE hypertable_name = 'readings' AND NOT is_compressed")).isZero();
        }
    }

    @Test
    void plainPostgresqlHasNothingToCompact() throws Exception {
        try (Loggerflow app = Loggerflow.open(TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.of()))) {
            assumeTrue(app.storage() == Schema.Storage.NATIVE_PARTITIONED, "plain PostgreSQL only");
            loadDayFiles(app);
            List<Map<String, Object>> values = Db.rows(app.dataSource(), PER_SENSOR);
            try (Connection connection = app.dataSource().getConnection()) {
                ChunkCompaction.Outcome outcome = new ChunkCompaction(Duration.ZERO).run(connection, false);
                assertThat(outcome.timescale()).isFalse();
                assertThat(outcome.chunks()).isEmpty();
            }
            CliRunner.Result result = CliRunner.run(app.settings().with(Map.of("compaction.settled-hours", "0")),
                    "compact");
            assertThat(result.code()).isZero();
            assertThat(result.output()).contains("plain PostgreSQL", "nothing to compact");
            assertThat(Db.rows(app.dataSource(), PER_SENSOR)).isEqualTo(values);
        }
    }

    @Test
    void runSchedulesTheNightlyCompactionOnTimescaleDbOnly() throws Exception {
        try (Loggerflow app = Loggerflow.open(TestWorker.settings(TestPostgres.freshDatabase(), dir,
                Map.of("compaction.cron", "30 2 * * *")))) {
            app.startWorkers();
            assertThat(app.jobs().recurringJobSchedules(JobSystem.COMPACTION_JOB_ID)).isEqualTo(
                    app.storage() == Schema.Storage.TIMESCALEDB_HYPERTABLE
                            ? Map.of(JobSystem.COMPACTION_JOB_ID, "30 2 * * *") : Map.of());
        }
    }

    private void loadDayFiles(Loggerflow app) throws Exception {
        for (String logger : LOGGERS) {
            for (int day = 0; day < DAYS; day++) {
                Path file = Toa5Files.write(dir.resolve(logger + "_" + day + ".dat"), logger, FIRST_DAY.plusDays(day),
                        144, CHANNELS);
                assertThat(TestImports.importFile(app, file).status()).isEqualTo(FileStatus.LOADED);
            }
        }
    }

    /** Each compressed chunk's range start, batches and the fewest batches its readings need, in time order. */
    private static List<Map<String, Object>> batches(DataSource data) {
        return Db.rows(data, "SELECT format('%I.%I', cc.schema_name, cc.table_name) AS compressed, i.range_start"
                + " FROM timescaledb_information.chunks i JOIN _timescaledb_catalog.chunk ch"
                + " ON ch.schema_name = i.chunk_schema AND ch.table_name = i.chunk_name"
                + " JOIN _timescaledb_catalog.chunk cc ON cc.id = ch.compressed_chunk_id"
                + " WHERE i.hypertable_name = 'readings' ORDER BY i.range_start").stream()
                .map(chunk -> Db.rows(data, BATCHES.formatted(chunk.get("compressed")) + " FROM"
                        + " timescaledb_information.chunks i WHERE i.range_start = ?", chunk.get("range_start")).get(0))
                .toList();
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }
}
