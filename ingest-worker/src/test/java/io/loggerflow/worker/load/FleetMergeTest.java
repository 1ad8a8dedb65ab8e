package io.loggerflow.worker.load;

import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.db.Schema;
import io.loggerflow.worker.testing.Archives;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.TestImports;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import io.loggerflow.worker.testing.Toa5Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Corrections at fleet scale, on both databases: a month file of an 80-sensor logger re-sent with every value
 * changed (345 600 readings, beyond TimescaleDB's default of 100 000 tuples decompressed per transaction), and
 * day files of ten loggers re-sent identical and changed, over chunks compressed beforehand. Every file
 * merges, counts are exact, no (sensor, ts) is stored twice; on TimescaleDB an identical re-send leaves the
 * compressed chunks untouched and a changed one leaves them compressed again.
 */
class FleetMergeTest {
    private static final LocalDateTime MONTH = LocalDateTime.of(2024, 3, 1, 0, 0);
    private static final int MAST_CHANNELS = 80;
    private static final int MONTH_ROWS = 30 * 144;
    private static final int DAY_LOGGERS = 10;
    private static final int DAY_CHANNELS = 20;
    private static final int DAYS = 5;

    @TempDir
    Path dir;

    @Test
    void correctionsOfAFleetAllMergeExactlyAndLeaveTheChunksCompressed() throws Exception {
        try (Loggerflow app = Loggerflow.open(TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.of()))) {
            DataSource data = app.dataSource();
            boolean hypertable = app.storage() == Schema.Storage.TIMESCALEDB_HYPERTABLE;
            Files.createDirectories(dir.resolve("in"));
            load(app, zip("MAST80_month.zip", Toa5Files.write(file("MAST80_2024_03.dat"), "MAST80", MONTH, MONTH_ROWS,
                    MAST_CHANNELS)));
            for (int logger = 0; logger < DAY_LOGGERS; logger++) {
                for (int day = 0; day < DAYS; day++) {
                    load(app, zip("DAY" + logger + "_" + day + ".zip", Toa5Files.write(file("DAY" + logger + "_" + day
                            + ".dat"), "DAY" + logger, MONTH.plusDays(day), 144, DAY_CHANNELS)));
                }
            }
            long stored = (long) MAST_CHANNELS * MONTH_ROWS + (long) DAY_LOGGERS * DAYS * 144 * DAY_CHANNELS;
            assertThat(readings(data)).isEqualTo(stored);
            if (hypertable) { // as the compression policy would have done by the time corrections arrive
                Db.rows(data, "SELECT compress_chunk(c, if_not_compressed => true) FROM show_chunks('readings') c");
                assertThat(uncompressedOrPartialChunks(data)).isZero();
            }

            // Overlapping day files whose values are stored already: nothing written, nothing decompressed.
            for (int logger = 0; logger < DAY_LOGGERS; logger++) {
                String name = "DAY" + logger + "_3_again.dat";
                load(app, zip("DAY" + logger + "_3_again.zip",
                        Toa5Files.write(file(name), "DAY" + logger, MONTH.plusDays(3), 143, DAY_CHANNELS)));
                assertThat(merged(data, name)).isEqualTo(Map.of("readings", 143L * DAY_CHANNELS,
                        "readings_inserted", 0L, "readings_updated", 0L));
            }
            if (hypertable) {
                assertThat(uncompressedOrPartialChunks(data)).isZero();
            }

            // The month corrected: one row earlier, so every stored value changes and one row is new.
            load(app, zip("MAST80_month_fix.zip", Toa5Files.write(file("MAST80_2024_03_fix.dat"), "MAST80",
                    MONTH.minusMinutes(10), MONTH_ROWS + 1, MAST_CHANNELS)));
            assertThat(merged(data, "MAST80_2024_03_fix.dat")).isEqualTo(Map.of(
                    "readings", (MONTH_ROWS + 1L) * MAST_CHANNELS,
                    "readings_inserted", (long) MAST_CHANNELS, "readings_updated", (long) MONTH_ROWS * MAST_CHANNELS));
            assertThat(Db.count(data, "SELECT sum(round(r.value * 1000)) FROM readings r JOIN sensors s ON s.id = "
                    + "r.sensor_id JOIN sources src ON src.id = s.source_id WHERE src.logger = 'MAST80'"))
                    .isEqualTo(Toa5Files.checksum(MAST_CHANNELS, MONTH_ROWS + 1));

            // Each day logger's second day corrected the same way (its first stamp is the first day's last).
            for (int logger = 0; logger < DAY_LOGGERS; logger++) {
                String name = "DAY" + logger + "_1_fix.dat";
                load(app, zip("DAY" + logger + "_1_fix.zip",
                        Toa5Files.write(file(name), "DAY" + logger, MONTH.plusDays(1).minusMinutes(10), 145, DAY_CHANNELS)));
                assertThat(merged(data, name)).isEqualTo(Map.of("readings", 145L * DAY_CHANNELS,
                        "readings_inserted", 0L, "readings_updated", 145L * DAY_CHANNELS));
            }
            assertThat(Db.single(data, "SELECT value FROM readings r JOIN sensors s ON s.id = r.sensor_id JOIN sources "
                    + "src ON src.id = s.source_id WHERE src.logger = 'DAY7' AND s.name = 'WS_3_Avg' "
                    + "AND r.ts = '2024-03-02T00:00:00Z'")) // the fix file's third row: stamps end intervals
                    .isEqualTo(Toa5Files.value(3, 2));

            assertThat(readings(data)).isEqualTo(stored + MAST_CHANNELS);
            assertThat(Db.count(data, "SELECT count(*) FROM (SELECT 1 FROM readings GROUP BY sensor_id, ts "
                    + "HAVING count(*) > 1) twice")).isZero();
            assertThat(Db.count(data, "SELECT count(*) FROM files WHERE status <> 'loaded'")).isZero();
            if (hypertable) {
                assertThat(uncompressedOrPartialChunks(data)).isZero();
                // the decompressed rows' pages given back: the chunks' row parts are empty again
                assertThat(Db.count(data, "SELECT sum(pg_relation_size(c)) FROM show_chunks('readings') c")).isZero();
            }
        }
    }

    private Path file(String name) {
        return dir.resolve("in").resolve(name);
    }

    private Path zip(String name, Path member) throws Exception {
        Path zip = Archives.zip(dir.resolve(name), Map.of(member.getFileName().toString(), member));
        Files.delete(member);
        return zip;
    }

    private static void load(Loggerflow app, Path file) throws Exception {
        assertThat(TestImports.importFile(app, file).status()).isEqualTo(FileStatus.LOADED);
    }

    private static long readings(DataSource data) {
        return Db.count(data, "SELECT count(*) FROM readings");
    }

    private static Map<String, Object> merged(DataSource data, String member) {
        return Db.rows(data, "SELECT readings, readings_inserted, readings_updated FROM files WHERE name = ?", member)
                .get(0);
    }

    /** Chunks not compressed, or compressed with rows left uncompressed (status flag 8 of TimescaleDB's catalog). */
    private static long uncompressedOrPartialChunks(DataSource data) {
        return Db.count(data, "SELECT count(*) FROM _timescaledb_catalog.chunk c JOIN _timescaledb_catalog.hypertable h "
                + "ON h.id = c.hypertable_id WHERE h.table_name = 'readings' "
                + "AND (c.status & 1 = 0 OR c.status & 8 <> 0)");
    }
}
