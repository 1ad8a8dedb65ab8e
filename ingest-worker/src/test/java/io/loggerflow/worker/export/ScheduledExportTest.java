package io.loggerflow.worker.export;

import io.loggerflow.exporter.Actor;
import io.loggerflow.exporter.ExportConfig;
import io.loggerflow.exporter.ExportConfigs;
import io.loggerflow.exporter.Flag;
import io.loggerflow.exporter.Flags;
import io.loggerflow.exporter.RangeRule;
import io.loggerflow.exporter.SourceSelection;
import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.load.ImportRequest;
import io.loggerflow.worker.testing.Await;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.ExportZips;
import io.loggerflow.worker.testing.Samples;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import org.jobrunr.jobs.states.StateName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stored export configuration becomes a JobRunr recurring job; triggered, it writes its zip, does nothing
 * when nothing changed, and re-exports after a backfilled file or a new flag.
 */
class ScheduledExportTest {
    @TempDir
    Path dir;

    private Loggerflow app;

    @BeforeEach
    void open() {
        app = Loggerflow.open(TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.of("workers", "2")));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aRecurringExportRunsWhenTriggeredAndOnlyReExportsChangedSources() throws Exception {
        load(Samples.DAY2);
        Path out = dir.resolve("exports");
        try (Connection connection = app.dataSource().getConnection()) {
            ExportConfigs.save(connection, new ExportConfig("nightly", SourceSelection.site("default"), RangeRule.all(),
                    out, null, true));
        }
        app.startWorkers();
        int dashboard = app.startDashboard();
        Await.until("the recurring export job", Duration.ofSeconds(30),
                () -> "0 2 * * *".equals(app.jobs().recurringJobSchedules("export-").get("export-nightly")));
        assertThat(get(dashboard, "/api/recurring-jobs?offset=0&limit=20")).contains("export-nightly", "export nightly");

        Path zip = out.resolve("default_MAST01_Ten_Min.zip");
        triggerAndWait();
        assertThat(dataRows(zip)).isEqualTo(144);
        Instant firstExport = exportedAt();
        FileTime firstWrite = Files.getLastModifiedTime(zip);

        triggerAndWait(); // nothing changed: no work
        assertThat(exportedAt()).isEqualTo(firstExport);
        assertThat(Files.getLastModifiedTime(zip)).isEqualTo(firstWrite);
        assertThat(counter("unchanged")).isEqualTo(1.0);

        load(Samples.DAY1); // a late file backfills the day before
        triggerAndWait();
        assertThat(dataRows(zip)).isEqualTo(288);
        Instant afterBackfill = exportedAt();
        assertThat(afterBackfill).isAfter(firstExport);

        try (Connection connection = app.dataSource().getConnection()) {
            Flags.add(connection, Flag.of(ExportTest.MAST, "WS_80m_Avg", Instant.parse("2024-03-01T00:00:00Z"),
                    Instant.parse("2024-03-01T01:00:00Z")), new Actor("ana", "icing"));
        }
        triggerAndWait();
        assertThat(exportedAt()).isAfter(afterBackfill);
        assertThat(ExportZips.row(ExportZips.lines(zip, "wind_speed.csv"), "2024-03-01 00:50:00")[1]).isEmpty();
        assertThat(counter("exported")).isEqualTo(3.0);

        // A zip replaced behind the configuration's back (another export, a user) is written again.
        Files.writeString(zip, "not this configuration's export");
        assertThat(app.configuredExports().run("nightly")).extracting(r -> r.status().name()).containsExactly("EXPORTED");
        assertThat(dataRows(zip)).isEqualTo(288);
    }

    private void triggerAndWait() throws InterruptedException {
        UUID job = app.jobs().triggerRecurringJob("export-nightly").orElseThrow();
        Await.until("export job " + job, Duration.ofSeconds(60),
                () -> app.jobs().state(job).orElseThrow() == StateName.SUCCEEDED);
    }

    private Instant exportedAt() {
        return ((java.sql.Timestamp) Db.single(app.dataSource(),
                "SELECT exported_at FROM export_watermarks WHERE config_name = 'nightly'")).toInstant();
    }

    private double counter(String outcome) {
        var counter = app.metrics().registry().find("loggerflow.exports").tags("config", "nightly", "outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static long dataRows(Path zip) throws Exception {
        return ExportZips.lines(zip, "wind_speed.csv").size() - 5;
    }

    private void load(Path file) throws Exception {
        app.importService().importFile(new ImportRequest(file, false, "default", Optional.empty(), ZoneOffset.UTC,
                Optional.empty()));
    }

    private static String get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
