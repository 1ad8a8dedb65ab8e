package io.loggerflow.worker.health;

import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.cli.CliRunner;
import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.load.FileStatus;
import io.loggerflow.worker.load.ImportRequest;
import io.loggerflow.worker.testing.Await;
import io.loggerflow.worker.testing.Samples;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestImports;
import io.loggerflow.worker.testing.TestWorker;
import io.loggerflow.worker.testing.Toa5Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Metrics after real imports, and the health command on stale, flat-lined and fresh data. */
class HealthCommandAndMetricsTest {
    @TempDir
    Path dir;

    @Test
    void metricsEndpointCountsImportsAndPublishesHealthGauges() throws Exception {
        Settings settings = TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.of("http.port", "0",
                "health.refresh-seconds", "5"));
        try (Loggerflow app = Loggerflow.open(settings)) {
            int port = app.startHttpApi();
            assertThat(TestImports.importFile(app, Samples.DAY1).status()).isEqualTo(FileStatus.LOADED);
            assertThat(TestImports.importFile(app, Samples.DAY2).status()).isEqualTo(FileStatus.LOADED);
            assertThat(TestImports.importFile(app, Samples.DAY1).status()).isEqualTo(FileStatus.DUPLICATE);
            assertThat(TestImports.importFile(app, Files.writeString(dir.resolve("junk.dat"), "junk")).status()).isEqualTo(FileStatus.FAILED);
            app.startWorkers();
            app.startHealthMonitor();

            String[] scrape = new String[1];
            Await.until("health gauges in the scrape", Duration.ofSeconds(30), () -> {
                scrape[0] = TestImports.scrapeMetrics(port);
                return scrape[0].contains("loggerflow_source_reading_age_seconds");
            });
            String metrics = scrape[0];
            assertThat(metrics).containsPattern("loggerflow_files_total\\{[^}]*format=\"toa5\"[^}]*site=\"default\","
                    + "source=\"MAST01/Ten_Min\",status=\"loaded\"} 2.0");
            assertThat(metrics).containsPattern("loggerflow_files_total\\{[^}]*status=\"duplicate\"} 1.0");
            assertThat(metrics).containsPattern("loggerflow_files_total\\{[^}]*status=\"failed\"} 1.0");
            assertThat(metrics).containsPattern("loggerflow_readings_total\\{[^}]*format=\"toa5\"[^}]*} " + (2867 + 2874) + ".0");
            assertThat(metrics).containsPattern("loggerflow_bytes_total\\{[^}]*} "
                    + (Files.size(Samples.DAY1) + Files.size(Samples.DAY2)) + ".0");
            assertThat(metrics).contains("loggerflow_parse_seconds_bucket", "loggerflow_load_seconds_count");
            // the 2024 samples are long stale
            assertThat(metrics).containsPattern("loggerflow_source_stale\\{[^}]*source=\"MAST01/Ten_Min\"} 1.0");
            assertThat(metrics).contains("loggerflow_health_ok{application=\"loggerflow\"} 0.0");
            assertThat(metrics).contains("hikaricp_connections_max", "jobrunr_jobs_by_state", "jvm_memory_used_bytes");
        }
    }

    @Test
    void healthReportsAStaleSourceAndAFlatLinedSensorAndExitsNonZeroButZeroOnFreshData() throws Exception {
        Settings settings = TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.of());
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
        Path fresh = Toa5Files.write(dir.resolve("fresh.dat"), "FRESH", now.minusHours(10), 60, 3);
        try (Loggerflow app = Loggerflow.open(settings)) {
            TestImports.importFile(app, fresh);
        }
        CliRunner.Result healthy = CliRunner.run(settings, "health");
        assertThat(healthy.code()).as(healthy.output()).isZero();
        assertThat(healthy.output()).containsPattern("default\\s+FRESH\\s+Ten_Min\\s+\\S+\\s+\\d+m\\s+\\S+\\s+ok")
                .contains("HEALTHY");

        Path stale = Toa5Files.write(dir.resolve("stale.dat"), "OLD", now.minusDays(3), 30, 3);
        Path flat = Toa5Files.write(dir.resolve("flat.dat"), "STUCK", now.minusHours(10), 60, 3, 1);
        try (Loggerflow app = Loggerflow.open(settings)) {
            TestImports.importFile(app, stale);
            TestImports.importFile(app, flat);
        }
        CliRunner.Result unhealthy = CliRunner.run(settings, "health");
        assertThat(unhealthy.code()).as(unhealthy.output()).isEqualTo(1);
        assertThat(unhealthy.output()).containsPattern("default\\s+OLD\\s+Ten_Min\\s+\\S+\\s+\\d+[hd]\\s+\\S+\\s+STALE")
                .containsPattern("default/STUCK/Ten_Min\\s+WS_1_Avg\\s+60\\s+")
                .doesNotContainPattern("STUCK/Ten_Min\\s+WS_0_Avg").contains("UNHEALTHY");
    }


}
