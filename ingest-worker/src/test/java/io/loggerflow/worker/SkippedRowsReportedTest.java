package io.loggerflow.worker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.loggerflow.worker.cli.CliRunner;
import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.testing.Await;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.TestImports;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A running worker shows what it left out of a file everywhere a user looks: {@code /files/{id}}, the
 * metric, {@code status} (rows and the source's columns that are not stored), the archived
 * {@code .rejected.txt}, and {@code import}'s line.
 */
class SkippedRowsReportedTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String TOKEN = "t0ken-for-status";

    @TempDir
    Path dir;

    @Test
    void aFileWithABadRowIsLoadedAndItsAccountShownByTheApiTheMetricStatusAndImport() throws Exception {
        Settings settings = TestWorker.settings(TestPostgres.freshDatabase(), dir.resolve("data"), Map.of(
                Settings.Key.HTTP_PORT.property, "0",
                Settings.Key.UPLOAD_ENABLED.property, "true",
                Settings.Key.UPLOAD_TOKEN.property, TOKEN));
        List<String> lines = new ArrayList<>(List.of(
                "\"TOA5\",\"FX_STN\",\"CR1000X\",\"4711\",\"CR1000X.Std.07.01\",\"CPU:fx.CR1X\",\"1\",\"Hourly\"",
                "\"TIMESTAMP\",\"RECORD\",\"AirT_Max\",\"AirT_TMx\"",
                "\"TS\",\"RN\",\"Deg C\",\"Deg C\"",
                "\"\",\"\",\"Max\",\"TMx\""));
        for (int h = 1; h <= 12; h++) {
            String cell = h == 6 ? "\"broken\"" : String.valueOf(10 + h * 0.5);
            lines.add(String.format("\"2024-03-01 %02d:00:00\",%d,%s,\"2024-03-01 %02d:17:00\"", h, h, cell, h - 1));
        }
        double storedSum = 0;
        for (int h = 1; h <= 12; h++) {
            storedSum += h == 6 ? 0 : 10 + h * 0.5;
        }

        try (Loggerflow app = Loggerflow.open(settings)) {
            app.startWorkers();
            app.startWatcher();
            int port = app.startHttpApi();
            Files.write(settings.inbox().resolve("hourly.dat"), lines);
            Await.until("hourly.dat to load", TIMEOUT, () -> Db.count(app.dataSource(),
                    "SELECT count(*) FROM files WHERE name = 'hourly.dat' AND status = 'loaded'") == 1);
            var data = app.dataSource();
            assertThat(Db.rows(data, "SELECT count(*) AS n, sum(value) AS total FROM readings"))
                    .containsExactly(Map.of("n", 11L, "total", storedSum));

            String jobId = String.valueOf(Db.single(data, "SELECT job_id FROM files WHERE name = 'hourly.dat'"));
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/files/" + jobId))
                    .header("Authorization", "Bearer " + TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode file = new ObjectMapper().readTree(response.body());
            assertThat(file.get("status").asText()).isEqualTo("loaded");
            assertThat(file.get("rows").asLong()).isEqualTo(12);
            assertThat(file.get("readings").asLong()).isEqualTo(11);
            assertThat(file.get("skippedRows").asLong()).isEqualTo(1);
            assertThat(file.get("skipped").get(0).get("line").asLong()).isEqualTo(10);
            assertThat(file.get("skipped").get(0).get("column").asText()).isEqualTo("AirT_Max");
            assertThat(file.get("skipped").get(0).get("kind").asText()).isEqualTo("value");
            assertThat(file.get("notes").size()).isZero();

            assertThat(TestImports.scrapeMetrics(port)).containsPattern(
                    "loggerflow_rows_skipped_total\\{[^}]*kind=\"value\"[^}]*site=\"default\"[^}]*} 1.0");

            Path archived = settings.archiveDir().resolve("default").resolve(LocalDate.now(ZoneOffset.UTC).toString());
            Await.until("the rejected list next to the archived file", TIMEOUT,
                    () -> Files.exists(archived.resolve("hourly.dat.rejected.txt")));
            assertThat(Files.readString(archived.resolve("hourly.dat.rejected.txt")))
                    .contains("hourly.dat: 1 of 12 rows left out").contains("line 10, column AirT_Max: ");
        }

        CliRunner.Result status = CliRunner.run(settings, "status");
        assertThat(status.output()).contains("COLUMNS NOT STORED")
                .containsPattern("default\\s+FX_STN\\s+Hourly\\s+AirT_TMx\\s+time of maximum \\(TMx\\)");
        assertThat(status.output()).containsPattern("loaded\\s+12\\s+11\\s+1\\s+2024-03-01T00:00:00Z")
                .contains("1 row left out (first: line 10, column AirT_Max: ");

        lines.set(9, lines.get(9).replace("\"broken\"", "\"still broken\""));
        Path again = Files.write(dir.resolve("hourly-again.dat"), lines);
        CliRunner.Result imported = CliRunner.run(settings, "import", again.toString());
        assertThat(imported.code()).as(imported.output()).isZero();
        assertThat(imported.output()).containsPattern("loaded\\s+11\\s+1\\s+2024-03-01T00:00:00Z \\.\\. "
                + "2024-03-01T11:00:00Z; 1 row left out \\(first: line 10, column AirT_Max: ");
        assertThat(again.resolveSibling("hourly-again.dat.rejected.txt")).doesNotExist(); // import writes nothing there
    }
}
