package io.loggerflow.worker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.load.FileStatus;
import io.loggerflow.worker.load.ImportOutcome;
import io.loggerflow.worker.load.ImportRequest;
import io.loggerflow.worker.testing.Await;
import io.loggerflow.worker.testing.Samples;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.TestImports;
import io.loggerflow.worker.testing.TestWorker;
import io.loggerflow.worker.testing.Toa5Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Grafana dashboards under {@code dashboards/grafana/dashboards}: well-formed, every PromQL expression names only
 * metrics a real worker publishes, and every SQL query runs against the real schema.
 */
class DashboardsTest {
    private static final Set<String> DATASOURCES = Set.of("prometheus", "loggerflow-db");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    /** A metric name of ours: not inside a string (removed first), not part of a longer identifier or a $variable. */
    private static final Pattern METRIC = Pattern.compile(
            "(?<![A-Za-z0-9_:$])((?:loggerflow|jobrunr|hikaricp|jvm|process|system)_[A-Za-z0-9_:]*)");
    private static final Pattern TYPE_LINE = Pattern.compile("^# TYPE (\\S+) \\S+", Pattern.MULTILINE);
    private static final Pattern TIME_FILTER = Pattern.compile("\\$__timeFilter\\(([^)]+)\\)");

    @TempDir
    Path dir;

    @Test
    void everyDashboardIsWellFormedAndUsesOnlyTheProvisionedDatasources() throws IOException {
        List<Path> files = dashboardFiles();
        assertThat(files).extracting(f -> f.getFileName().toString())
                .contains("ingestion.json", "sensor-health.json", "jvm-pool.json");
        Set<String> uids = new HashSet<>();
        for (Path file : files) {
            JsonNode dashboard = new ObjectMapper().readTree(file.toFile());
            String name = file.getFileName().toString();
            assertThat(dashboard.path("uid").asText()).as(name + " uid").isNotBlank();
            assertThat(uids.add(dashboard.path("uid").asText())).as(name + " uid is unique").isTrue();
            assertThat(dashboard.path("title").asText()).as(name + " title").isNotBlank();
            assertThat(dashboard.path("schemaVersion").asInt()).as(name + " schemaVersion").isBetween(36, 41);
            List<JsonNode> panels = panels(dashboard);
            assertThat(panels).as(name + " panels").isNotEmpty();
            Set<Integer> ids = new HashSet<>();
            for (JsonNode panel : panels) {
                String what = name + " panel '" + panel.path("title").asText() + "'";
                assertThat(panel.path("title").asText()).as(name + " panel title").isNotBlank();
                assertThat(ids.add(panel.path("id").asInt())).as(what + " id is unique").isTrue();
                assertThat(panel.path("gridPos").isObject()).as(what + " gridPos").isTrue();
                if (panel.path("type").asText().equals("row")) {
                    continue;
                }
                assertThat(panel.path("datasource").path("uid").asText()).as(what + " datasource").isIn(DATASOURCES);
                assertThat(panel.path("targets")).as(what + " targets").isNotEmpty();
                for (JsonNode target : panel.path("targets")) {
                    if (target.has("datasource")) {
                        assertThat(target.path("datasource").path("uid").asText()).as(what + " target datasource")
                                .isEqualTo(panel.path("datasource").path("uid").asText());
                    }
                    boolean prometheus = panel.path("datasource").path("uid").asText().equals("prometheus");
                    String query = prometheus ? target.path("expr").asText() : target.path("rawSql").asText();
                    assertThat(query).as(what + (prometheus ? " expr" : " rawSql")).isNotBlank();
                    if (prometheus) {
                        assertBalanced(what, query);
                    }
                }
            }
            for (JsonNode variable : dashboard.path("templating").path("list")) {
                assertThat(variable.path("datasource").path("uid").asText()).as(name + " variable " + variable.path("name"))
                        .isIn(DATASOURCES);
            }
        }
    }

    @Test
    void everyMetricTheDashboardsQueryIsPublishedAndEverySqlQueryRunsOnTheSchema() throws Exception {
        Settings settings = TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.of("http.port", "0",
                "health.refresh-seconds", "5"));
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
        // recent data with a flat-lined sensor (WS_1_Avg), so the health and per-day panels have rows to show
        Path fresh = Toa5Files.write(dir.resolve("fresh.dat"), "FRESH", now.minusHours(10), 60, 3, 1);
        try (Loggerflow app = Loggerflow.open(settings)) {
            int port = app.startHttpApi();
            assertThat(TestImports.importFile(app, Samples.DAY1).status()).isEqualTo(FileStatus.LOADED);
            assertThat(TestImports.importFile(app, Samples.DAY2).status()).isEqualTo(FileStatus.LOADED);
            assertThat(TestImports.importFile(app, fresh).status()).isEqualTo(FileStatus.LOADED);
            assertThat(TestImports.importFile(app, Files.writeString(dir.resolve("junk.dat"), "junk")).status()).isEqualTo(FileStatus.FAILED);
            app.startWorkers();
            app.startHealthMonitor();

            String[] scrape = new String[1];
            Await.until("health gauges and GC timings in the scrape", Duration.ofSeconds(30), () -> {
                System.gc(); // GC pause timers appear with the first collection
                scrape[0] = TestImports.scrapeMetrics(port);
                return scrape[0].contains("loggerflow_source_reading_age_seconds")
                        && scrape[0].contains("jvm_gc_pause_seconds_count");
            });
            Set<String> published = publishedNames(TestImports.scrapeMetrics(port));

            Map<String, String> referenced = new LinkedHashMap<>(); // metric name -> where it is used
            for (Path file : dashboardFiles()) {
                JsonNode dashboard = new ObjectMapper().readTree(file.toFile());
                for (JsonNode panel : panels(dashboard)) {
                    for (JsonNode target : panel.path("targets")) {
                        if (target.hasNonNull("expr")) {
                            String where = file.getFileName() + " / " + panel.path("title").asText() + ": "
                                    + target.path("expr").asText();
                            metricNames(target.path("expr").asText()).forEach(m -> referenced.putIfAbsent(m, where));
                        }
                    }
                }
                for (JsonNode variable : dashboard.path("templating").path("list")) {
                    String query = variable.path("query").isObject() ? variable.path("query").path("query").asText()
                            : variable.path("query").asText();
                    metricNames(query).forEach(m -> referenced.putIfAbsent(m, file.getFileName() + " / $"
                            + variable.path("name").asText() + ": " + query));
                }
            }
            assertThat(referenced.keySet()).as("the dashboards' metrics (sanity check of the extraction)")
                    .contains("loggerflow_files_total", "loggerflow_readings_total", "loggerflow_parse_seconds_bucket",
                            "loggerflow_load_seconds_bucket", "loggerflow_source_reading_age_seconds",
                            "loggerflow_source_stale", "loggerflow_source_flatlined_sensors",
                            "loggerflow_source_gappy_sensors", "jobrunr_jobs_by_state", "hikaricp_connections_active",
                            "hikaricp_connections_pending", "hikaricp_connections_acquire_seconds_sum",
                            "jvm_memory_used_bytes", "jvm_gc_pause_seconds_sum", "process_cpu_usage");
            List<String> missing = referenced.entrySet().stream().filter(e -> !published.contains(e.getKey()))
                    .map(e -> e.getKey() + "  (in " + e.getValue() + ")").toList();
            assertThat(missing).as("metrics used by the dashboards but absent from /metrics").isEmpty();

            Map<String, List<Map<String, Object>>> results = runSqlPanels(app.dataSource());
            assertThat(results).as("SQL panels").hasSizeGreaterThanOrEqualTo(4);
            assertThat(results.get("ingestion.json / $site")).as("sites from the database")
                    .containsExactly(Map.of("site", "default"));
            results.forEach((panel, rows) -> assertThat(rows).as(panel + " returns rows on the test data").isNotEmpty());
            assertThat(results.get("ingestion.json / Latest failed files")).singleElement()
                    .satisfies(row -> assertThat(row).containsEntry("name", "junk.dat"));
            assertThat(results.get("ingestion.json / Failures by reason")).singleElement()
                    .satisfies(row -> assertThat((String) row.get("reason")).startsWith("unknown format: ").hasSize(60));
            assertThat(results.get("sensor-health.json / Sensors with gaps or flat lines (last 7 days)"))
                    .anySatisfy(row -> assertThat(row).containsEntry("logger", "FRESH").containsEntry("sensor", "WS_1_Avg"))
                    .allSatisfy(row -> assertThat(row.get("sensor")).isNotEqualTo("WS_0_Avg"));
            // The fresh logger's 60 rows of 10-minute data, none flagged: every expected interval holds a reading.
            assertThat(results.get("coverage.json / Coverage per sensor and month"))
                    .filteredOn(row -> row.get("source").equals("default/FRESH/Ten_Min") && row.get("sensor").equals("WS_0_Avg"))
                    .extracting(row -> ((Number) row.get("expected_intervals")).longValue() + "/"
                            + ((Number) row.get("valid_readings")).longValue())
                    .satisfies(months -> assertThat(months.stream().mapToLong(m -> Long.parseLong(m.split("/")[0])).sum())
                            .isEqualTo(60L))
                    .allSatisfy(month -> assertThat(month.split("/")[0]).isEqualTo(month.split("/")[1]));
            assertThat(results.get("sensor-health.json / Readings per day per logger"))
                    .hasSizeBetween(1, 2) // the fresh file's 10 hours may span midnight
                    .allSatisfy(row -> assertThat(row).containsEntry("source", "default/FRESH/Ten_Min"))
                    .extracting(row -> ((Number) row.get("readings")).longValue())
                    .satisfies(perDay -> assertThat(perDay.stream().mapToLong(Long::longValue).sum()).isEqualTo(60L * 3));
        }
    }

    /** Runs every SQL panel's query, Grafana macros replaced, read-only; returns the rows per "file / panel title". */
    private static Map<String, List<Map<String, Object>>> runSqlPanels(DataSource dataSource)
            throws IOException, SQLException {
        Map<String, List<Map<String, Object>>> results = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true); // Grafana should query with a read-only role
            try {
                for (Path file : dashboardFiles()) {
                    JsonNode dashboard = new ObjectMapper().readTree(file.toFile());
                    for (JsonNode variable : dashboard.path("templating").path("list")) {
                        if (variable.path("datasource").path("uid").asText().equals("loggerflow-db")) {
                            String name = file.getFileName() + " / $" + variable.path("name").asText();
                            try (Statement statement = connection.createStatement()) {
                                results.put(name, Db.rows(statement.executeQuery(variable.path("query").asText())));
                            } catch (SQLException e) {
                                throw new AssertionError(name + " fails: " + e.getMessage(), e);
                            }
                        }
                    }
                    for (JsonNode panel : panels(dashboard)) {
                        for (JsonNode target : panel.path("targets")) {
                            if (!target.hasNonNull("rawSql")) {
                                continue;
                            }
                            String name = file.getFileName() + " / " + panel.path("title").asText();
                            String sql = withMacros(target.path("rawSql").asText());
                            assertThat(sql).as(name + ": unsupported Grafana macro or variable").doesNotContain("$");
                            try (Statement statement = connection.createStatement()) {
                                statement.execute("EXPLAIN " + sql);
                                results.put(name, Db.rows(statement.executeQuery(sql)));
                            } catch (SQLException e) {
                                throw new AssertionError(name + " fails: " + e.getMessage() + "\n" + sql, e);
                            }
                        }
                    }
                }
            } finally {
                connection.rollback();
            }
        }
        return results;
    }

    /** The Grafana macros and variables the dashboards use, as Grafana would expand them for a 1-day range. */
    static String withMacros(String rawSql) {
        String sql = TIME_FILTER.matcher(rawSql)
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " BETWEEN now() - interval '1 day' AND now()"));
        return sql.replace("${site}", "'default'").replace("$site", "'default'");
    }

    /** Metric family names in a scrape, with the series names a family's samples can have. */
    static Set<String> publishedNames(String scrape) {
        Set<String> names = new TreeSet<>();
        Matcher type = TYPE_LINE.matcher(scrape);
        while (type.find()) {
            String family = type.group(1);
            names.add(family);
            for (String suffix : List.of("_bucket", "_count", "_sum", "_total", "_created")) {
                names.add(family + suffix);
            }
        }
        return names;
    }

    /** The loggerflow, JobRunr, HikariCP, JVM, process and system metric names in a PromQL expression. */
    static Set<String> metricNames(String promql) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = METRIC.matcher(STRING_LITERAL.matcher(promql).replaceAll("\"\""));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static void assertBalanced(String what, String expr) {
        String code = STRING_LITERAL.matcher(expr).replaceAll("\"\"");
        StringBuilder open = new StringBuilder();
        for (char c : code.toCharArray()) {
            switch (c) {
                case '(', '{', '[' -> open.append(c);
                case ')', '}', ']' -> {
                    char expected = c == ')' ? '(' : c == '}' ? '{' : '[';
                    assertThat(open.length() > 0 && open.charAt(open.length() - 1) == expected)
                            .as(what + ": unbalanced '" + c + "' in " + expr).isTrue();
                    open.setLength(open.length() - 1);
                }
                default -> { }
            }
        }
        assertThat(open.toString()).as(what + ": unclosed brackets in " + expr).isEmpty();
    }

    /** Every panel, including those inside collapsed rows. */
    private static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            all.add(panel);
            panel.path("panels").forEach(all::add);
        }
        return all;
    }

    private static List<Path> dashboardFiles() {
        Path start = Path.of("").toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            Path candidate = p.resolve("dashboards/grafana/dashboards");
            if (Files.isDirectory(candidate)) {
                try (Stream<Path> files = Files.list(candidate)) {
                    return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new AssertionError("no dashboards/grafana/dashboards above " + start);
    }



}
