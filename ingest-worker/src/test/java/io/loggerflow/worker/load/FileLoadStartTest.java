package io.loggerflow.worker.load;

import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.Samples;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The start of a load in one round trip (loggerflow_begin_file_load) and the partitions known to be there:
 * a known source's next file registers only what is new, keeps metadata set by hand, and a partition dropped
 * by hand is created again on the retry.
 */
class FileLoadStartTest {
    @TempDir
    Path dir;

    private Loggerflow app;
    private ImportService service;
    private DataSource data;

    @BeforeEach
    void open() {
        app = Loggerflow.open(TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.<String, String>of()));
        data = app.dataSource();
        service = app.importService();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aSensorNewToAKnownSourceIsRegisteredAndItsReadingsStoredUnderIt() throws Exception {
        load(Samples.DAY1);
        long sensorsBefore = Db.count(data, "SELECT count(*) FROM sensors");
        Object ws80 = Db.single(data, "SELECT id FROM sensors WHERE name = 'WS_80m_Avg'");
        List<String> lines = new ArrayList<>(Files.readAllLines(Samples.DAY2));
        lines.set(1, lines.get(1) + ",\"WS_20m_Avg\"");
        lines.set(2, lines.get(2) + ",\"m/s\"");
        lines.set(3, lines.get(3) + ",\"Avg\"");
        for (int row = 4; row < lines.size(); row++) {
            lines.set(row, lines.get(row) + "," + (row + 0.25));
        }
        ImportOutcome outcome = load(Files.write(dir.resolve("day2-with-20m.dat"), lines));

        assertThat(outcome.status()).isEqualTo(FileStatus.LOADED);
        assertThat(Db.count(data, "SELECT count(*) FROM sensors")).isEqualTo(sensorsBefore + 1);
        assertThat(Db.count(data, "SELECT count(*) FROM sources")).isEqualTo(1);
        assertThat(Db.rows(data, "SELECT unit, height_m, statistic FROM sensors WHERE name = 'WS_20m_Avg'"))
                .containsExactly(Map.of("unit", "m/s", "height_m", 20.0, "statistic", "avg"));
        long dataRows = lines.size() - 4;
        assertThat(Db.count(data, "SELECT count(*) FROM readings r JOIN sensors s ON s.id = r.sensor_id "
                + "WHERE s.name = 'WS_20m_Avg'")).isEqualTo(dataRows);
        assertThat(Db.single(data, "SELECT r.value FROM readings r JOIN sensors s ON s.id = r.sensor_id "
                + "WHERE s.name = 'WS_20m_Avg' ORDER BY r.ts LIMIT 1")).isEqualTo(4.25);
        // the known sensors keep their ids: both days' readings of WS_80m_Avg are under one sensor
        assertThat(Db.count(data, "SELECT count(*) FROM readings WHERE sensor_id = ?", ws80))
                .isEqualTo(Db.count(data, "SELECT sum(data_rows) FROM files WHERE status = 'loaded'"));
    }

    @Test
    void metadataSetByHandIsKeptAndMetadataStillMissingIsFilledByTheNextFile() throws Exception {
        load(Samples.DAY1);
        Db.rows(data, "UPDATE sensors SET height_m = 99 WHERE name = 'WS_80m_Avg' RETURNING id");
        Db.rows(data, "UPDATE sensors SET unit = NULL WHERE name = 'WS_60m_Avg' RETURNING id");
        load(Samples.DAY2);
        assertThat(Db.single(data, "SELECT height_m FROM sensors WHERE name = 'WS_80m_Avg'")).isEqualTo(99.0);
        assertThat(Db.single(data, "SELECT unit FROM sensors WHERE name = 'WS_60m_Avg'")).isEqualTo("m/s");
    }

    @Test
    void aPartitionDroppedByHandFailsOneLoadAndItsRetryCreatesItAgain() throws Exception {
        assumeTrue("p".equals(String.valueOf(Db.single(data, "SELECT relkind FROM pg_class WHERE oid = 'readings'::regclass"))),
                "readings are a hypertable: no partitions of loggerflow's own");
        load(Samples.DAY1); // March 2024: the month's partition is now known to this process
        try (var connection = data.getConnection(); var statement = connection.createStatement()) {
            statement.execute("DROP TABLE readings_202403");
        }
        assertThatThrownBy(() -> load(Samples.DAY2)).isInstanceOf(SQLException.class); // the job is retried
        ImportOutcome retried = load(Samples.DAY2);
        assertThat(retried.status()).isEqualTo(FileStatus.LOADED);
        assertThat(Db.count(data, "SELECT count(*) FROM readings")).isEqualTo(retried.readings());
    }

    private ImportOutcome load(Path file) throws Exception {
        return service.importFile(new ImportRequest(file, false, "default", Optional.empty(), ZoneOffset.UTC,
                Optional.empty()));
    }
}
