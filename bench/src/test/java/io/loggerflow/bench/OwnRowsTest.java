package io.loggerflow.bench;

import io.loggerflow.bench.generate.FileFormat;
import io.loggerflow.bench.generate.GeneratorSpec;
import io.loggerflow.bench.generate.LoadGenerator;
import io.loggerflow.bench.generate.Packing;
import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.TestImports;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The benchmark removes its own rows and never a row someone else loaded into the same database. */
class OwnRowsTest {
    private static final Instant BASELINE_DAY = Instant.parse("2030-01-15T00:00:00Z");

    @TempDir
    Path dir;

    private Loggerflow app;
    private BenchDatabase db;

    @BeforeEach
    void open() throws Exception {
        app = Loggerflow.open(TestWorker.settings(TestPostgres.freshDatabase(), dir.resolve("data"), Map.of()));
        app.startWorkers();
        db = BenchDatabase.connect(app.connectionInfo());
    }

    @AfterEach
    void close() throws Exception {
        db.close();
        app.close();
    }

    @Test
    void baselineRowsAloneAreTruncated() throws Exception {
        insertBaselineRows(3);

        assertThat(new OwnRows(db).removeBaseline()).isTrue();
        assertThat(count("SELECT count(*) FROM readings")).isZero();
    }

    @Test
    void baselineRowsBesideSomeoneElsesAreDeletedAlone() throws Exception {
        long theirs = loadSomeoneElsesFile();
        insertBaselineRows(3);

        assertThat(new OwnRows(db).removeBaseline()).isFalse();
        assertThat(count("SELECT count(*) FROM readings")).isEqualTo(theirs).isPositive();
        assertThat(count("SELECT count(*) FROM readings WHERE file_id = ?", OwnRows.BASELINE_FILE_ID)).isZero();
    }

    @Test
    void removesWhatItsJobsLoadedAndNothingElse() throws Exception {
        long theirs = loadSomeoneElsesFile();
        List<UUID> jobs = importForBench(file("bench", 2, "mine"));
        assertThat(count("SELECT count(*) FROM sources WHERE site = 'bench'")).isEqualTo(2);

        new OwnRows(db).removeLoadedBy(jobs);

        assertThat(count("SELECT count(*) FROM readings")).isEqualTo(theirs);
        assertThat(count("SELECT count(*) FROM sources")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM sources WHERE site = 'bench'")).isZero();
        assertThat(count("SELECT count(*) FROM sensors s JOIN sources o ON o.id = s.source_id WHERE o.site = 'default'"))
                .isEqualTo(4);
        assertThat(count("SELECT count(*) FROM files")).isEqualTo(1);
    }

    @Test
    void refusesWhenItsSourceAlsoHoldsAFileItDidNotLoad() throws Exception {
        List<UUID> jobs = importForBench(file("bench", 1, "mine"));
        List<Path> later = new LoadGenerator().generate(new GeneratorSpec(1, 1, 1, LocalDate.of(2024, 2, 1), 5,
                FileFormat.TOA5, Packing.NONE, 0, "bench"), dir.resolve("later")).files();
        importForBench(later); // the same source, not among the jobs given below
        long readings = count("SELECT count(*) FROM readings");

        assertThatThrownBy(() -> new OwnRows(db).removeLoadedBy(jobs))
                .hasMessageContaining("also hold files it did not load");
        assertThat(count("SELECT count(*) FROM readings")).isEqualTo(readings).isPositive();
        assertThat(count("SELECT count(*) FROM files")).isEqualTo(2);
    }

    /** Imports a one-sensor day of site "other"'s logger for site default; returns the readings it stored. */
    private long loadSomeoneElsesFile() throws Exception {
        TestImports.importFile(app, file("other", 1, "theirs").get(0));
        return count("SELECT count(*) FROM readings");
    }

    private List<Path> file(String site, int loggers, String folder) throws Exception {
        return new LoadGenerator().generate(new GeneratorSpec(loggers, 1, 1, LocalDate.of(2024, 1, 1), 1,
                FileFormat.TOA5, Packing.NONE, 0, site), dir.resolve(folder)).files();
    }

    private List<UUID> importForBench(List<Path> files) throws Exception {
        List<UUID> jobs = new ArrayList<>();
        for (Path file : files) {
            jobs.add(app.enqueueImport(file, false, Optional.empty(), "bench", null, null));
        }
        for (UUID job : jobs) {
            assertThat(app.awaitImport(job, Duration.ofMinutes(1)).status()).isEqualTo("loaded");
        }
        return jobs;
    }

    private void insertBaselineRows(int rows) throws Exception {
        try (PreparedStatement partitions = db.connection().prepareStatement("SELECT loggerflow_ensure_partitions(?, ?)");
             PreparedStatement insert = db.connection().prepareStatement(
                     "INSERT INTO readings (ts, sensor_id, value, file_id) VALUES (?, ?, 1.5, ?)")) {
            partitions.setTimestamp(1, Timestamp.from(BASELINE_DAY));
            partitions.setTimestamp(2, Timestamp.from(BASELINE_DAY));
            partitions.execute();
            for (int sensor = 1; sensor <= rows; sensor++) {
                insert.setTimestamp(1, Timestamp.from(BASELINE_DAY));
                insert.setInt(2, sensor);
                insert.setLong(3, OwnRows.BASELINE_FILE_ID);
                insert.executeUpdate();
            }
        }
    }

    private long count(String sql, Object... params) {
        return Db.count(app.dataSource(), sql, params);
    }
}
