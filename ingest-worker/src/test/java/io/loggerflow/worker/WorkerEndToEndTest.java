package io.loggerflow.worker;

import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.db.ConnectionInfo;
import io.loggerflow.worker.testing.Await;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.Samples;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.security.MessageDigest;

import static org.assertj.core.api.Assertions.assertThat;

/** The walking skeleton: a TOA5 file dropped in the watched inbox lands as tidy readings through a JobRunr job. */
class WorkerEndToEndTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static ConnectionInfo db;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void database() {
        db = TestPostgres.freshDatabase();
    }

    @Test
    void aToa5FileDroppedInTheInboxLandsAsTidyReadingsAndARedropIsADuplicate() throws Exception {
        Settings settings = TestWorker.settings(db, dataDir, Map.of());
        String name = Samples.DAY1.getFileName().toString();
        try (Loggerflow app = Loggerflow.open(settings)) {
            app.startWorkers();
            int dashboardPort = app.startDashboard();
            app.startWatcher();
            var data = app.dataSource();

            Path dropped = settings.inbox().resolve(name);
            Files.copy(Samples.DAY1, dropped);
            Await.until("the file to be loaded", TIMEOUT,
                    () -> Db.count(data, "SELECT count(*) FROM files WHERE status = 'loaded'") == 1);

            // 144 rows x 20 channels minus the 13 NAN cells of the sample: NAN is stored as no row.
            // TOA5 stamps the end of each 10-minute interval; stored timestamps mark its start.
            assertThat(Samples.countValues(Samples.DAY1)).isEqualTo(2867);
            assertThat(Db.count(data, "SELECT count(*) FROM readings")).isEqualTo(2867);
            assertThat(value(data, "WS_80m_Avg", "2024-03-01T00:00:00Z")).isEqualTo(8.387);
            assertThat(value(data, "BattV_Min", "2024-03-01T00:00:00Z")).isEqualTo(12.63);
            assertThat(value(data, "WD_78m_Avg", "2024-03-01T00:20:00Z")).isEqualTo(221.796);
            assertThat(Db.count(data, "SELECT count(*) FROM readings r JOIN sensors s ON s.id = r.sensor_id "
                    + "WHERE s.name = 'WS_60m_Avg' AND r.ts = '2024-03-01T08:20:00Z'")).isZero(); // NAN in the file

            List<Map<String, Object>> sensors = Db.rows(data, "SELECT s.name, s.unit, s.logger_statistic, src.site, "
                    + "src.logger, src.table_name, s.measurement_type, s.statistic, s.height_m, s.task43_unit "
                    + "FROM sensors s JOIN sources src ON src.id = s.source_id ORDER BY s.id");
            assertThat(sensors).hasSize(20);
            assertThat(sensors.get(0)).containsEntry("name", "WS_80m_Avg").containsEntry("unit", "m/s")
                    .containsEntry("logger_statistic", "Avg").containsEntry("site", "default")
                    .containsEntry("logger", "MAST01").containsEntry("table_name", "Ten_Min")
                    .containsEntry("measurement_type", "wind_speed").containsEntry("statistic", "avg")
                    .containsEntry("height_m", 80.0).containsEntry("task43_unit", "m/s");
            assertThat(sensors).anySatisfy(s -> assertThat(s).containsEntry("name", "AirTC_2m_Avg")
                    .containsEntry("unit", "Deg C").containsEntry("measurement_type", "air_temperature")
                    .containsEntry("task43_unit", "deg_C").containsEntry("height_m", 2.0));
            assertThat(sensors).anySatisfy(s -> assertThat(s).containsEntry("name", "WD_78m_Std")
                    .containsEntry("logger_statistic", "WVc").containsEntry("measurement_type", "wind_direction")
                    .containsEntry("statistic", "sd"));

            Map<String, Object> file = Db.rows(data, "SELECT * FROM files").get(0);
            assertThat(file).containsEntry("status", "loaded").containsEntry("name", name)
                    .containsEntry("data_rows", 144L).containsEntry("readings", 2867L)
                    .containsEntry("size_bytes", Files.size(Samples.DAY1))
                    .containsEntry("sha256", sha256(Samples.DAY1));
            assertThat(((java.sql.Timestamp) file.get("first_ts")).toInstant()).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
            assertThat(((java.sql.Timestamp) file.get("last_ts")).toInstant()).isEqualTo(Instant.parse("2024-03-01T23:50:00Z"));

            Path archived = settings.archiveDir().resolve("default").resolve(LocalDate.now(ZoneOffset.UTC).toString())
                    .resolve(name);
            Await.until("the original to move to archive/", TIMEOUT, () -> Files.exists(archived));
            assertThat(dropped).doesNotExist();
            assertThat(Files.mismatch(archived, Samples.DAY1)).isEqualTo(-1L);
            assertThat(file.get("archived_path")).isIn(null, archived.toString());

            String succeeded = get(dashboardPort, "/api/jobs?state=SUCCEEDED&offset=0&limit=20");
            assertThat(succeeded).contains("import " + name);
            assertThat(get(dashboardPort, "/dashboard/")).containsIgnoringCase("<html");

            Files.copy(Samples.DAY1, dropped);
            Await.until("the re-sent file to be recorded", TIMEOUT,
                    () -> Db.count(data, "SELECT count(*) FROM files WHERE status = 'duplicate'") == 1);
            assertThat(Db.count(data, "SELECT count(*) FROM readings")).isEqualTo(2867);
            assertThat(Db.single(data, "SELECT reason FROM files WHERE status = 'duplicate'"))
                    .isEqualTo("same content as file " + file.get("id"));
            Await.until("the duplicate to be archived too", TIMEOUT, () -> !Files.exists(dropped));
        }
    }

    private static double value(javax.sql.DataSource data, String sensor, String ts) {
        return (Double) Db.single(data, "SELECT r.value FROM readings r JOIN sensors s ON s.id = r.sensor_id "
                + "WHERE s.name = ? AND r.ts = ?::timestamptz", sensor, ts);
    }

    private static String get(int port, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        return response.body();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
