package io.loggerflow.worker.robustness;

import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.load.FileStatus;
import io.loggerflow.worker.load.ImportRequest;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A TOA5 and a TOB1 file of one table ({@link CampbellPair}) store the very same (sensor, ts, value) readings. */
class Toa5Tob1PairTest {
    private static final String READINGS_OF_SITE = "SELECT s.name, r.ts, r.value FROM readings r "
            + "JOIN sensors s ON s.id = r.sensor_id JOIN sources o ON o.id = s.source_id WHERE o.site = ?";

    @TempDir
    Path dir;

    @Test
    void theTextAndTheBinaryFileOfOneTableStoreIdenticalReadings() throws Exception {
        CampbellPair pair = new CampbellPair(48);
        String name = "PAIR01_Ten_Min_2024_03_05.dat";
        Path toa5 = Files.write(Files.createDirectories(dir.resolve("toa5")).resolve(name), pair.toa5());
        Path tob1 = Files.write(Files.createDirectories(dir.resolve("tob1")).resolve(name), pair.tob1());
        try (Loggerflow app = Loggerflow.open(TestWorker.settings(TestPostgres.freshDatabase(), dir.resolve("data"),
                Map.of()))) {
            for (var file : Map.of("pair-toa5", toa5, "pair-tob1", tob1).entrySet()) {
                var outcome = app.importService().importFile(new ImportRequest(file.getValue(), false, file.getKey(),
                        Optional.empty(), ZoneOffset.UTC, Optional.empty()));
                assertThat(outcome.status()).as(file.getKey() + ": " + outcome.reason()).isEqualTo(FileStatus.LOADED);
            }
            var data = app.dataSource();
            assertThat(Db.count(data, "SELECT count(*) FROM (" + READINGS_OF_SITE + ") t", "pair-toa5"))
                    .as("readings of the TOA5 file").isEqualTo(pair.nonMissingValues());
            assertThat(Db.count(data, "SELECT count(*) FROM (" + READINGS_OF_SITE + ") t", "pair-tob1"))
                    .as("readings of the TOB1 file").isEqualTo(pair.nonMissingValues());
            assertThat(Db.rows(data, "(" + READINGS_OF_SITE + " EXCEPT " + READINGS_OF_SITE + ") LIMIT 5",
                    "pair-toa5", "pair-tob1")).as("TOA5 readings the TOB1 file does not store").isEmpty();
            assertThat(Db.rows(data, "(" + READINGS_OF_SITE + " EXCEPT " + READINGS_OF_SITE + ") LIMIT 5",
                    "pair-tob1", "pair-toa5")).as("TOB1 readings the TOA5 file does not store").isEmpty();
            Object first = Db.single(data, "SELECT min(ts) FROM (" + READINGS_OF_SITE + ") t", "pair-tob1");
            assertThat(first instanceof java.sql.Timestamp t ? t.toInstant() : ((java.time.OffsetDateTime) first).toInstant())
                    .as("stored at the interval's start: the first row stamped 00:10 is the 00:00 interval")
                    .isEqualTo(java.time.Instant.parse("2024-03-05T00:00:00Z"));
        }
    }
}
