package io.loggerflow.worker.load;

import io.loggerflow.parsers.FormatRegistry;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.TestImports;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import io.loggerflow.worker.testing.Toa5Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's digest of the stored readings and the loader's of a file agree exactly when the file holds what
 * is stored, on both databases: an identical file is recognised without streaming anything back, and any
 * difference, however small, sends the file to the full comparison.
 */
class StoredDigestsTest {
    private static final LocalDateTime DAY = LocalDateTime.of(2024, 3, 1, 0, 10);
    private static final int CHANNELS = 5;

    @TempDir
    Path dir;

    @Test
    void onlyAFileHoldingExactlyTheStoredReadingsIsIdentical() throws Exception {
        try (Loggerflow app = Loggerflow.open(TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.of()))) {
            Path day = Toa5Files.write(dir.resolve("day.dat"), "DIGEST", DAY, 0, 144, CHANNELS,
                    Map.of("7/1", "-0.0", "9/2", "NAN", "11/3", "1.0E-300"));
            assertThat(TestImports.importFile(app, day).status()).isEqualTo(FileStatus.LOADED);

            assertThat(identical(app, day)).hasValue(144L * CHANNELS - 1);
            // the first 100 rows: stored readings after them lie outside their range
            assertThat(identical(app, Toa5Files.write(dir.resolve("head.dat"), "DIGEST", DAY, 0, 100, CHANNELS,
                    Map.of("7/1", "-0.0", "9/2", "NAN", "11/3", "1.0E-300")))).hasValue(100L * CHANNELS - 1);

            // one value in the last bit, a stamp the store lacks a reading at, a reading the file lacks
            assertThat(identical(app, Toa5Files.write(dir.resolve("changed.dat"), "DIGEST", DAY, 0, 144, CHANNELS,
                    Map.of("7/1", "-0.0", "9/2", "NAN", "11/3", Double.toString(Math.nextUp(1.0E-300)))))).isEmpty();
            assertThat(identical(app, Toa5Files.write(dir.resolve("filled.dat"), "DIGEST", DAY, 0, 144, CHANNELS,
                    Map.of("7/1", "-0.0", "9/2", "4.5", "11/3", "1.0E-300")))).isEmpty();
            assertThat(identical(app, Toa5Files.write(dir.resolve("gap.dat"), "DIGEST", DAY, 0, 144, CHANNELS,
                    Map.of("7/1", "-0.0", "9/2", "NAN", "11/3", "1.0E-300", "50/4", "NAN")))).isEmpty();
            // the same values an interval later
            assertThat(identical(app, Toa5Files.write(dir.resolve("shifted.dat"), "DIGEST", DAY.plusMinutes(10), 0,
                    143, CHANNELS, Map.of()))).isEmpty();
            // -0.0 and 0.0 are equal to SQL but not the same bits: left to the full comparison, which finds no change
            assertThat(identical(app, Toa5Files.write(dir.resolve("zero.dat"), "DIGEST", DAY, 0, 144, CHANNELS,
                    Map.of("7/1", "0.0", "9/2", "NAN", "11/3", "1.0E-300")))).isEmpty();
        }
    }

    /** Holds the file as the merge does, then asks for its digests' verdict. */
    private static OptionalLong identical(Loggerflow app, Path file) throws Exception {
        InputSource source = InputSource.of(file);
        ParsedFile parsed = ParsedFile.scan(source, FormatRegistry.standard().detect(source), ParseSettings.UTC);
        try (RowReader reader = parsed.open(); Connection connection = app.dataSource().getConnection()) {
            int[] sensorIds = reader.channels().stream().mapToInt(channel -> (int) Db.count(app.dataSource(),
                    "SELECT s.id FROM sensors s JOIN sources src ON src.id = s.source_id "
                            + "WHERE src.logger = 'DIGEST' AND s.name = ?", channel.name())).toArray();
            SensorOrderedRows held = new SensorOrderedRows(sensorIds, parsed.rows());
            ReadingsCopy.read(reader, sensorIds.length, parsed, parsed.account().copy(),
                    (stamp, line, values) -> held.add(stamp, values));
            return StoredDigests.identical(connection, held, sensorIds, parsed.first(), parsed.last());
        }
    }
}
