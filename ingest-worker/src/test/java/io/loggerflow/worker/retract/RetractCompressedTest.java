package io.loggerflow.worker.retract;

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
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A month file of an 80-sensor logger (345 600 readings) retracted over compressed chunks: beyond TimescaleDB's
 * default of 100 000 tuples decompressed per transaction, so the retraction raises the limit for its own
 * transaction, and compresses the chunks again after its commit. On the native table the same retraction is a
 * plain delete; the counts are checked on both.
 */
class RetractCompressedTest {
    private static final LocalDateTime MONTH = LocalDateTime.of(2024, 3, 1, 0, 0);
    private static final int CHANNELS = 80;
    private static final int ROWS = 30 * 144;

    @TempDir
    Path dir;

    @Test
    void aMonthFileRetractsOverCompressedChunksAndLeavesThemCompressed() throws Exception {
        try (Loggerflow app = Loggerflow.open(TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.of()))) {
            DataSource data = app.dataSource();
            boolean hypertable = app.storage() == Schema.Storage.TIMESCALEDB_HYPERTABLE;
            long month = TestImports.importFile(app, Toa5Files.write(dir.resolve("MAST80_2024_03.dat"), "MAST80",
                    MONTH, ROWS, CHANNELS)).fileId();
            TestImports.importFile(app, Toa5Files.write(dir.resolve("OTHER_2024_03.dat"), "OTHER", MONTH, 144, 5));
            if (hypertable) { // as the compression policy would have done by the time the retraction comes
                Db.rows(data, "SELECT compress_chunk(c, if_not_compressed => true) FROM show_chunks('readings') c");
            }

            List<RetractedPart> parts;
            try (Connection connection = data.getConnection()) {
                parts = FileRetraction.retract(connection, List.of(month), "test", "wrong zone", false);
            }

            assertThat(parts).singleElement().satisfies(part -> {
                assertThat(part.removed()).isEqualTo((long) ROWS * CHANNELS);
                assertThat(part.overwritten()).isZero();
            });
            assertThat(Db.count(data, "SELECT count(*) FROM readings WHERE file_id = ?", month)).isZero();
            assertThat(Db.count(data, "SELECT count(*) FROM readings")).isEqualTo(144L * 5);
            assertThat(Db.single(data, "SELECT status FROM files WHERE id = ?", month)).isEqualTo("retracted");
            if (hypertable) { // compressed again, with no row left in the chunks' uncompressed part
                assertThat(Db.count(data, "SELECT count(*) FROM _timescaledb_catalog.chunk c "
                        + "JOIN _timescaledb_catalog.hypertable h ON h.id = c.hypertable_id "
                        + "WHERE h.table_name = 'readings' "
                        + "AND (c.status & 1 = 0 OR c.status & 8 <> 0)")).isZero();
            }
        }
    }
}
