package io.loggerflow.worker;

import io.loggerflow.exporter.ExportConfig;
import io.loggerflow.exporter.ExportConfigs;
import io.loggerflow.exporter.RangeRule;
import io.loggerflow.exporter.SourceSelection;
import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.load.FileStatus;
import io.loggerflow.worker.testing.Await;
import io.loggerflow.worker.testing.Samples;
import io.loggerflow.worker.testing.TestImports;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import org.jobrunr.jobs.states.StateName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The alerting rules of {@code dashboards/prometheus/alerts.yml} query what a real worker publishes: every
 * metric they name is in its /metrics, with the labels they match on. (Whether each alert fires is tested by
 * promtool in .ci/run: alerts.test.yml.)
 */
class AlertRulesTest {
    private static final Pattern EXPR = Pattern.compile("(?m)^\\s+expr: (.+)$");
    private static final Pattern RAN_AT = Pattern.compile(
            "loggerflow_export_last_run_timestamp_seconds\\{[^}]*config=\"nightly\"[^}]*} (\\S+)");

    @TempDir
    Path dir;

    @Test
    void everyMetricAndLabelTheAlertsUseIsPublishedByAWorker() throws Exception {
        Map<String, String> referenced = new LinkedHashMap<>(); // metric -> the expression using it
        for (String expr : EXPR.matcher(Files.readString(alertsFile())).results().map(m -> m.group(1)).toList()) {
            DashboardsTest.metricNames(expr).forEach(name -> referenced.putIfAbsent(name, expr));
        }
        assertThat(referenced.keySet()).as("sanity check of the extraction").containsExactlyInAnyOrder(
                "loggerflow_source_stale", "loggerflow_files_total", "loggerflow_source_flatlined_sensors",
                "loggerflow_exports_total", "loggerflow_export_last_run_timestamp_seconds", "jobrunr_jobs_by_state",
                "hikaricp_connections_pending");

        Settings settings = TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.of("http.port", "0",
                "health.refresh-seconds", "5"));
        try (Loggerflow app = Loggerflow.open(settings)) {
            int port = app.startHttpApi();
            assertThat(TestImports.importFile(app, Samples.DAY1).status()).isEqualTo(FileStatus.LOADED);
            assertThat(TestImports.importFile(app, Files.writeString(dir.resolve("junk.dat"), "junk")).status())
                    .isEqualTo(FileStatus.FAILED);
            try (Connection connection = app.dataSource().getConnection()) {
                ExportConfigs.save(connection, new ExportConfig("nightly", SourceSelection.site("default"),
                        RangeRule.all(), dir.resolve("exports"), null, true));
            }
            app.startWorkers();
            app.startHealthMonitor();
            Await.until("the recurring export job", Duration.ofSeconds(30),
                    () -> app.jobs().recurringJobSchedules("export-").containsKey("export-nightly"));
            UUID export = app.jobs().triggerRecurringJob("export-nightly").orElseThrow();
            Await.until("export job " + export, Duration.ofSeconds(60),
                    () -> app.jobs().state(export).orElseThrow() == StateName.SUCCEEDED);
            double lastRun;
            // the run is in the database, with its outcome: the gauge reports it, not the configuration's creation
            try (Connection connection = app.dataSource().getConnection();
                 var rs = connection.createStatement().executeQuery(
                         "SELECT extract(epoch FROM last_run_at)::float8, last_run_outcome FROM export_configs WHERE name = 'nightly'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(2)).isEqualTo("ok");
                lastRun = rs.getDouble(1);
                assertThat(lastRun).isGreaterThan(System.currentTimeMillis() / 1000.0 - 60);
            }

            String[] scrape = new String[1];
            Await.until("health gauges and export outcomes in the scrape", Duration.ofSeconds(30), () -> {
                scrape[0] = TestImports.scrapeMetrics(port);
                return scrape[0].contains("loggerflow_source_stale{") && scrape[0].contains("loggerflow_exports_total{")
                        && ranAt(scrape[0]).filter(at -> Math.abs(at - lastRun) < 0.01).isPresent();
            });
            Set<String> published = DashboardsTest.publishedNames(scrape[0]);
            List<String> missing = referenced.entrySet().stream().filter(e -> !published.contains(e.getKey()))
                    .map(e -> e.getKey() + "  (in " + e.getValue() + ")").toList();
            assertThat(missing).as("metrics the alerts use but absent from /metrics").isEmpty();

            // the labels the rules select on and group by, with the values they match
            assertThat(scrape[0]).containsPattern("loggerflow_source_stale\\{[^}]*site=\"default\"[^}]*\\}")
                    .containsPattern("loggerflow_source_stale\\{[^}]*source=\"MAST01/Ten_Min\"")
                    .containsPattern("loggerflow_source_flatlined_sensors\\{[^}]*site=\"default\"[^}]*source=")
                    .containsPattern("loggerflow_files_total\\{[^}]*site=\"default\"[^}]*status=\"failed\"")
                    .containsPattern("loggerflow_exports_total\\{[^}]*config=\"nightly\"[^}]*outcome=\"exported\"")
                    .containsPattern("jobrunr_jobs_by_state\\{[^}]*state=\"ENQUEUED\"")
                    .containsPattern("hikaricp_connections_pending\\{[^}]*pool=\"loggerflow\"");
        }
    }

    private static Optional<Double> ranAt(String scrape) {
        return RAN_AT.matcher(scrape).results().map(m -> Double.parseDouble(m.group(1))).findFirst();
    }

    private static Path alertsFile() throws IOException {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("dashboards/prometheus/alerts.yml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IOException("dashboards/prometheus/alerts.yml not found above " + Path.of("").toAbsolutePath());
    }
}
