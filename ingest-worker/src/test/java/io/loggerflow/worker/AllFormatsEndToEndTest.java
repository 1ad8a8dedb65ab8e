package io.loggerflow.worker;

import io.loggerflow.parsers.FormatRegistry;
import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.SampleExpectations;
import io.loggerflow.parsers.SampleExpectations.Sample;
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
import java.util.HashMap;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One file of every supported format dropped into a running worker's inbox lands in readings. */
class AllFormatsEndToEndTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    /** format name -> its first sample in sample-data/ (the parsers' contract test holds every format to one). */
    private static final Map<String, Sample> SAMPLES = SampleExpectations.firstPerFormat();

    @TempDir
    Path dataDir;

    private static String text(Object value) {
        return value == null ? "-" : value.toString();
    }

    /** A height or orientation as a number's text ("-" when none), so 80, 80.0 and "80" compare equal. */
    private static String number(Object value) {
        if (value == null || value.equals("-")) {
            return "-";
        }
        return java.math.BigDecimal.valueOf(Double.parseDouble(value.toString())).stripTrailingZeros().toPlainString();
    }

    @Test
    void everyFormatDroppedInTheInboxLandsInReadingsWithItsSensors() throws Exception {
        assertThat(SAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(
                FormatRegistry.standard().formats().stream().map(LoggerFormat::name).toList());
        // one folder per format, so samples of the same logger (TOA5 and TOB1 of MAST01) stay separate sources;
        // a format that is never detected gets its folder configured with the sample's options file
        Map<String, String> folders = new HashMap<>();
        for (Sample sample : SAMPLES.values()) {
            sample.optionsFile().ifPresent(options -> {
                folders.put("folder." + sample.format() + ".format", sample.format());
                folders.put("folder." + sample.format() + ".options-file", options.toString());
            });
        }
        Settings settings = TestWorker.settings(TestPostgres.freshDatabase(), dataDir, folders);
        try (Loggerflow app = Loggerflow.open(settings)) {
            app.startWorkers();
            app.startWatcher();
            var data = app.dataSource();
            for (Map.Entry<String, Sample> sample : SAMPLES.entrySet()) {
                Path source = sample.getValue().file();
                Path folder = settings.inbox().resolve(sample.getKey());
                Files.createDirectories(folder);
                Files.copy(source, folder.resolve(sample.getKey() + "-" + source.getFileName()));
            }
            Await.until("every sample to be handled", TIMEOUT,
                    () -> Db.count(data, "SELECT count(*) FROM files WHERE parent_id IS NULL AND status <> 'loading'")
                            == SAMPLES.size());

            for (Map.Entry<String, Sample> sample : SAMPLES.entrySet()) {
                String name = sample.getKey() + "-" + sample.getValue().file().getFileName();
                // a file of several tables (mixed-array) stores its source on the row of its (first) table
                Map<String, Object> file = Db.rows(data, "SELECT f.status, f.format, f.readings, f.reason, "
                        + "coalesce(f.source_id, (SELECT min(t.source_id) FROM files t WHERE t.parent_id = f.id)) "
                        + "AS source_id FROM files f WHERE f.parent_id IS NULL AND f.name = ?", name).get(0);
                assertThat(file.get("status")).as(name + ": " + file.get("reason")).isEqualTo("loaded");
                assertThat(file.get("format")).isEqualTo(sample.getKey());
                assertThat((Long) file.get("readings")).as(name).isPositive();
                assertThat(Db.count(data, "SELECT count(*) FROM readings r JOIN sensors s ON s.id = r.sensor_id "
                        + "WHERE s.source_id = ?", file.get("source_id"))).isEqualTo(file.get("readings"));
                // Task 43 metadata derived from each format's header and column names, as expected.tsv pins it
                for (String line : sample.getValue().expectedLines()) {
                    String[] f = line.split("\t", -1);
                    if (!f[0].equals("channel")) {
                        continue;
                    }
                    Map<String, Object> sensor = Db.rows(data, "SELECT measurement_type, statistic, height_m, "
                            + "orientation_deg, task43_unit FROM sensors WHERE source_id = ? AND name = ?",
                            file.get("source_id"), f[1]).get(0);
                    assertThat(Arrays.asList(text(sensor.get("measurement_type")), text(sensor.get("statistic")),
                            number(sensor.get("height_m")), number(sensor.get("orientation_deg")),
                            text(sensor.get("task43_unit"))))
                            .as(name + " " + f[1] + ": type, statistic, height, orientation, unit")
                            .containsExactly(f[4], f[5], number(f[6]), number(f[7]), f[8]);
                }
                assertThat(Db.single(data, "SELECT site FROM sources WHERE id = ?", file.get("source_id")))
                        .as(name + " site: its inbox folder").isEqualTo(sample.getKey());
            }
        }
    }
}
