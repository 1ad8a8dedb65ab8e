package io.loggerflow.worker.export;

import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.db.ConnectionInfo;
import io.loggerflow.worker.load.FileStatus;
import io.loggerflow.worker.load.ImportRequest;
import io.loggerflow.worker.testing.CliProcess;
import io.loggerflow.worker.testing.ExportZips;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import io.loggerflow.worker.testing.Toa5Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Exporting a source of 5 million readings in a JVM limited to 256 MB of heap. */
class LargeExportTest {
    private static final int CHANNELS = 40;
    private static final int ROWS = 125_000; // 40 x 125 000 = 5 million readings, 868 days of 10-minute data

    @TempDir
    Path dir;

    @Test
    void aFiveMillionReadingSourceExportsWithin256MbOfHeap() throws Exception {
        ConnectionInfo db = TestPostgres.freshDatabase();
        Path file = Toa5Files.write(dir.resolve("BIG_Ten_Min.dat"), "BIG", LocalDateTime.of(2020, 1, 1, 0, 10),
                ROWS, CHANNELS);
        try (Loggerflow app = Loggerflow.open(TestWorker.settings(db, dir.resolve("data"), Map.of()))) {
            assertThat(app.importService().importFile(new ImportRequest(file, false, "default", Optional.empty(),
                    ZoneOffset.UTC, Optional.empty())).status()).isEqualTo(FileStatus.LOADED);
        }
        Files.delete(file);

        Path out = dir.resolve("exports");
        Path log = dir.resolve("export.log");
        int exit = CliProcess.run(db, dir.resolve("data"), "256m", log,
                "export", "--source", "default/BIG/Ten_Min", "--out", out.toString());
        assertThat(exit).as(Files.readString(log)).isZero();

        // Every value comes back: row count and the sum of all values (three decimals) match the input.
        Path zip = out.resolve("default_BIG_Ten_Min.zip");
        AtomicLong lines = new AtomicLong();
        AtomicLong checksum = new AtomicLong();
        ExportZips.forEachLine(zip, "wind_speed.csv", line -> {
            if (lines.incrementAndGet() > 5) {
                String[] cells = line.split(",");
                for (int i = 1; i < cells.length; i++) {
                    checksum.addAndGet(Math.round(Double.parseDouble(cells[i]) * 1000));
                }
            }
        });
        assertThat(lines.get()).isEqualTo(5 + ROWS);
        assertThat(checksum.get()).isEqualTo(Toa5Files.checksum(CHANNELS, ROWS));
        assertThat(Files.readString(log)).contains("5000000");
    }
}
