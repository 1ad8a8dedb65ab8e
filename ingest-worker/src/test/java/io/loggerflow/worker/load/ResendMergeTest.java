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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Re-sent files merged against the stored readings, value by value, on both databases: an identical re-send
 * leaves every stored row as it was (same file, and on PostgreSQL the same tuple), a changed one rewrites exactly
 * the changed cells and adds exactly the new ones, and a cell the re-send lacks keeps its stored reading.
 */
class ResendMergeTest {
    private static final LocalDateTime DAY = LocalDateTime.of(2024, 3, 1, 0, 10);
    private static final int CHANNELS = 6;
    /** Every stored reading; on PostgreSQL with its tuple (a compressed TimescaleDB reading has no stable one). */
    private static final String ROWS_BY_STAMP = "SELECT s.name AS sensor, r.ts, r.value, r.file_id%s "
            + "FROM readings r JOIN sensors s ON s.id = r.sensor_id ORDER BY s.name, r.ts";

    @TempDir
    Path dir;

    @Test
    void aReSendWritesExactlyTheCellsThatDiffer() throws Exception {
        try (Loggerflow app = Loggerflow.open(TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.of()))) {
            DataSource data = app.dataSource();
            boolean hypertable = app.storage() == Schema.Storage.TIMESCALEDB_HYPERTABLE;
            load(app, write("day.dat", 0, 144, Map.of()));
            long dayId = fileId(data, "day.dat");
            String everyRow = ROWS_BY_STAMP.formatted(hypertable ? "" : ", CAST(r.ctid AS text) AS tuple");
            List<Map<String, Object>> before = Db.rows(data, everyRow);
            assertThat(before).hasSize(144 * CHANNELS);

            // the first 100 rows again, the same values: another file by content, merged, and nothing written
            load(app, write("day_again.dat", 0, 100, Map.of()));
            assertThat(counts(data, "day_again.dat")).isEqualTo(Map.of("readings", 100L * CHANNELS,
                    "readings_inserted", 0L, "readings_updated", 0L));
            assertThat(Db.rows(data, everyRow)).isEqualTo(before);

            // rows 100..150: two cells changed, one cell missing, rows 144..150 new
            load(app, write("day_fix.dat", 100, 51, Map.of("120/2", "99.5", "130/5", "-7.25", "140/1", "NAN")));
            long fixId = fileId(data, "day_fix.dat");
            assertThat(counts(data, "day_fix.dat")).isEqualTo(Map.of("readings", 51L * CHANNELS - 1,
                    "readings_inserted", 7L * CHANNELS, "readings_updated", 2L));
            assertThat(Db.rows(data, "SELECT s.name, r.value FROM readings r JOIN sensors s ON s.id = r.sensor_id "
                    + "WHERE r.file_id = ? AND r.ts <= (SELECT max(ts) FROM readings WHERE file_id = ?) ORDER BY r.value",
                    fixId, dayId))
                    .containsExactly(Map.of("name", "WS_5_Avg", "value", -7.25),
                            Map.of("name", "WS_2_Avg", "value", 99.5));
            assertThat(Db.count(data, "SELECT count(*) FROM readings WHERE file_id = ?", fixId))
                    .isEqualTo(7L * CHANNELS + 2);
            assertThat(Db.count(data, "SELECT count(*) FROM readings WHERE file_id = ?", dayId))
                    .isEqualTo(144L * CHANNELS - 2); // the missing cell's reading kept
            assertThat(Db.single(data, "SELECT r.value FROM readings r JOIN sensors s ON s.id = r.sensor_id "
                    + "WHERE s.name = 'WS_1_Avg' AND r.ts = (SELECT min(ts) FROM readings) + INTERVAL '1400 minutes'"))
                    .isEqualTo(Toa5Files.value(1, 140));
            assertThat(Db.count(data, "SELECT count(*) FROM (SELECT 1 FROM readings GROUP BY sensor_id, ts "
                    + "HAVING count(*) > 1) twice")).isZero();
            if (!hypertable) { // rows the fix did not change are the very same tuples
                assertThat(Db.rows(data, everyRow).stream().filter(row -> ((Number) row.get("file_id")).longValue() == dayId))
                        .allMatch(before::contains);
            }
        }
    }

    private Path write(String name, int from, int rows, Map<String, String> cells) throws Exception {
        return Toa5Files.write(dir.resolve(name), "RESEND", DAY, from, rows, CHANNELS, cells);
    }

    private static void load(Loggerflow app, Path file) throws Exception {
        assertThat(TestImports.importFile(app, file).status()).isEqualTo(FileStatus.LOADED);
    }

    private static long fileId(DataSource data, String name) {
        return Db.count(data, "SELECT id FROM files WHERE name = ?", name);
    }

    private static Map<String, Object> counts(DataSource data, String name) {
        return Db.rows(data, "SELECT readings, readings_inserted, readings_updated FROM files WHERE name = ?", name)
                .get(0);
    }
}
