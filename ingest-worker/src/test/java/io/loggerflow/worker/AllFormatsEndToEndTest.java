package io.loggerflow.worker;

import io.loggerflow.parsers.SampleData;
import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.testing.Await;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One file of every supported format dropped into a running worker's inbox lands in readings. */
class AllFormatsEndToEndTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    /** format name -> sample (the generic wide CSV goes to a folder configured with its mapping). */
    private static final Map<String, String> SAMPLES = new LinkedHashMap<>();

    static {
        SAMPLES.put("toa5", "campbell/MAST01_Ten_Min_2024_03_01.dat");
        SAMPLES.put("tob1", "campbell-tob1/MAST01_Ten_Min_2024_03_01.dat");
        SAMPLES.put("nrg-symphoniepro", "nrg/012345_2024-03-01_00.00_000123_meas.txt");
        SAMPLES.put("nrg-logr", "nrg/20240301_0000_945800742_000318_statistical.dat");
        SAMPLES.put("windographer", "windographer/MastB_10min_2024-03-01.txt");
        SAMPLES.put("windcube-sta", "windcube/WLS7-812_2024_03_01__00_00_00.sta");
        SAMPLES.put("zx-csv", "zx/Wind10_812@Y2024_M03_D01.ZPH.csv");
        SAMPLES.put("generic-tidy", "generic/tidy_site7_2024-03-01.csv");
        SAMPLES.put("generic-wide", "generic/ammonit-like_D150123_2024-03-01.csv");
    }

    @TempDir
    Path dataDir;

    @Test
    void everyFormatDroppedInTheInboxLandsInReadingsWithItsSensors() throws Exception {
        Path mapping = SampleData.file("generic/ammonit-like.mapping.properties");
        Settings settings = TestWorker.settings(TestPostgres.freshDatabase(), dataDir, Map.of(
                "folder.ammonit.format", "generic-wide",
                "folder.ammonit.options-file", mapping.toString()));
        try (Loggerflow app = Loggerflow.open(settings)) {
            app.startWorkers();
            app.startWatcher();
            var data = app.dataSource();
            for (Map.Entry<String, String> sample : SAMPLES.entrySet()) {
                Path source = SampleData.file(sample.getValue());
                // one site per format, so samples of the same logger (TOA5 and TOB1 of MAST01) stay separate sources
                Path folder = settings.inbox().resolve(sample.getKey().equals("generic-wide") ? "ammonit" : sample.getKey());
                Files.createDirectories(folder);
                Files.copy(source, folder.resolve(sample.getKey() + "-" + source.getFileName()));
            }
            Await.until("every sample to be handled", TIMEOUT,
                    () -> Db.count(data, "SELECT count(*) FROM files") == SAMPLES.size());

            for (Map.Entry<String, String> sample : SAMPLES.entrySet()) {
                String name = sample.getKey() + "-" + Path.of(sample.getValue()).getFileName();
                Map<String, Object> file = Db.rows(data, "SELECT status, format, readings, reason, source_id FROM files "
                        + "WHERE name = ?", name).get(0);
                assertThat(file.get("status")).as(name + ": " + file.get("reason")).isEqualTo("loaded");
                assertThat(file.get("format")).isEqualTo(sample.getKey());
                assertThat((Long) file.get("readings")).as(name).isPositive();
                assertThat(Db.count(data, "SELECT count(*) FROM readings r JOIN sensors s ON s.id = r.sensor_id "
                        + "WHERE s.source_id = ?", file.get("source_id"))).isEqualTo(file.get("readings"));
                // Task 43 metadata derived from each format's header and column names
                assertThat(Db.count(data, "SELECT count(*) FROM sensors WHERE source_id = ? AND measurement_type = "
                        + "'wind_speed' AND height_m > 0 AND statistic IS NOT NULL AND task43_unit = 'm/s'",
                        file.get("source_id"))).as(name + " wind speed sensors with metadata").isPositive();
            }
            assertThat(Db.single(data, "SELECT s.site FROM sources s JOIN files f ON f.source_id = s.id "
                    + "WHERE f.format = 'generic-wide'")).isEqualTo("ammonit");
        }
    }
}
