package io.loggerflow.worker.load;

import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.Samples;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import io.loggerflow.worker.testing.Toa5Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The loader's guarantees on the real database (embedded PostgreSQL with a primary key, or TimescaleDB
 * where uniqueness is the loader's job): never two readings for one (sensor, ts), overlaps update only
 * what changed, late files load; a known source's next file registers only what is new and keeps metadata
 * set by hand; a partition dropped by hand is created again on the retry.
 */
class ImportServiceTest {
    @TempDir
    Path dir;

    private Loggerflow app;
    private ImportService service;
    private DataSource data;

    @BeforeEach
    void open() {
        Settings settings = TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.of());
        app = Loggerflow.open(settings);
        data = app.dataSource();
        service = app.importService();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aCorrectedFileOverlappingLoadedDataUpdatesExactlyTheChangedValues() throws Exception {
        assertThat(load(Samples.DAY1).status()).isEqualTo(FileStatus.LOADED);
        List<String> lines = new ArrayList<>(Files.readAllLines(Samples.DAY1));
        for (int row = 10; row < 20; row++) { // change WS_80m_Avg (field 3) on 10 rows
            String[] fields = lines.get(row).split(",");
            fields[2] = String.valueOf(Double.parseDouble(fields[2]) + 1.0);
            lines.set(row, String.join(",", fields));
        }
        Path corrected = write("corrected.dat", lines);

        ImportOutcome outcome = load(corrected);
        assertThat(outcome.status()).isEqualTo(FileStatus.LOADED);
        assertThat(Db.rows(data, "SELECT readings_inserted, readings_updated FROM files WHERE id = ?", outcome.fileId()))
                .containsExactly(Map.of("readings_inserted", 0L, "readings_updated", 10L));
        assertThat(readings()).isEqualTo(2867);
        assertNoDuplicates();
        assertThat(Db.single(data, "SELECT value FROM readings r JOIN sensors s ON s.id = r.sensor_id "
                + "WHERE s.name = 'WS_80m_Avg' AND ts = ?::timestamptz", timestampOf(lines.get(10))))
                .isEqualTo(Double.parseDouble(lines.get(10).split(",")[2]));
    }

    @Test
    void aFileSpanningLoadedAndNewPeriodsInsertsOnlyTheNewReadings() throws Exception {
        load(Samples.DAY1);
        List<String> day1 = Files.readAllLines(Samples.DAY1);
        List<String> day2 = Files.readAllLines(Samples.DAY2);
        List<String> spanning = new ArrayList<>(day1.subList(0, 4));
        spanning.addAll(day1.subList(4 + 72, day1.size())); // second half of day 1 (already loaded)
        spanning.addAll(day2.subList(4, 4 + 72));           // first half of day 2 (new)
        long newValues = Samples.countValues(write("half-day2.dat", concat(day2.subList(0, 4), day2.subList(4, 76))));

        ImportOutcome outcome = load(write("spanning.dat", spanning));
        assertThat(Db.rows(data, "SELECT readings_inserted, readings_updated FROM files WHERE id = ?", outcome.fileId()))
                .containsExactly(Map.of("readings_inserted", newValues, "readings_updated", 0L));
        assertThat(readings()).isEqualTo(2867 + newValues);
        assertNoDuplicates();
    }

    @Test
    void aLateFileOlderThanEverythingLoadedBackfills() throws Exception {
        load(Samples.DAY2);
        ImportOutcome late = load(Samples.DAY1);
        assertThat(late.status()).isEqualTo(FileStatus.LOADED);
        assertThat(late.readings()).isEqualTo(2867);
        assertThat(readings()).isEqualTo(2867 + 2874);
        assertNoDuplicates();
    }

    @Test
    void overlappingFilesOfOneSourceLoadingAtOnceNeverDuplicateReadings() throws Exception {
        List<String> day1 = Files.readAllLines(Samples.DAY1);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 6; i++) { // six different files (a trailing blank line apart) covering the same day
            List<String> lines = new ArrayList<>(day1);
            for (int k = 0; k < i; k++) {
                lines.add("");
            }
            files.add(write("copy" + i + ".dat", lines));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<ImportOutcome>> tasks = files.stream().<Callable<ImportOutcome>>map(f -> () -> load(f)).toList();
            for (Future<ImportOutcome> future : pool.invokeAll(tasks)) {
                assertThat(future.get().status()).isEqualTo(FileStatus.LOADED);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(readings()).isEqualTo(2867);
        assertNoDuplicates();
        assertThat(Db.count(data, "SELECT sum(readings_inserted) FROM files")).isEqualTo(2867);
    }

    @Test
    void twoSitesWithTheSameLoggerNameAreSeparateSources() throws Exception {
        load(Samples.DAY1);
        Path other = write("other-site.dat", concat(Files.readAllLines(Samples.DAY1), List.of("")));
        service.importFile(new ImportRequest(other, false, "south", Optional.empty(), ZoneOffset.UTC, Optional.empty()));
        assertThat(Db.count(data, "SELECT count(*) FROM sources")).isEqualTo(2);
        assertThat(readings()).isEqualTo(2 * 2867);
    }

    @Test
    void aNonNumericCellLeavesItsRowOutAndCountsItUnlessBadRowsFail() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(Samples.DAY1));
        lines.set(4 + 9, lines.get(4 + 9).replaceFirst(",48010,[0-9.]+,", ",48010,n/a,")); // line 14, WS_80m_Avg
        Path bad = write("bad-cell.dat", lines);

        var strict = new io.loggerflow.worker.config.FolderSettings("default", Optional.empty(), ZoneOffset.UTC,
                Optional.empty(), Map.of(), io.loggerflow.worker.config.BadRows.FAIL);
        ImportOutcome refused = service.importFile(new ImportRequest(bad, false, strict, Optional.empty()));
        assertThat(refused.status()).isEqualTo(FileStatus.FAILED);
        assertThat(refused.reason()).isEqualTo("bad-cell.dat, line 14, column WS_80m_Avg: not a number: 'n/a'");
        assertThat(readings()).isZero();

        ImportOutcome lenient = load(bad); // bad-rows = skip is the default
        assertThat(lenient.status()).isEqualTo(FileStatus.LOADED);
        assertThat(lenient.skippedRows()).isEqualTo(1);
        assertThat(readings()).isEqualTo(2867 - 20); // the bad row's 20 values are left out, nothing else
        assertThat(Db.rows(data, "SELECT data_rows, skipped_rows, reason, skipped::text AS skipped FROM files WHERE id = ?",
                lenient.fileId())).containsExactly(Map.of("data_rows", 144L, "skipped_rows", 1L,
                "reason", "1 row left out (first: line 14, column WS_80m_Avg: not a number: 'n/a')",
                "skipped", "[{\"kind\": \"value\", \"line\": 14, \"column\": \"WS_80m_Avg\", \"reason\": \"not a number: 'n/a'\"}]"));
    }

    @Test
    void contentTheDatabaseRefusesFailsTheFileInsteadOfRetryingForever() throws Exception {
        // a column name longer than a btree index entry can hold (incompressible, so TOAST cannot shrink it)
        StringBuilder name = new StringBuilder("WS_");
        java.util.Random random = new java.util.Random(7);
        while (name.length() < 12_000) {
            name.append(Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(Samples.DAY1));
        lines.set(1, lines.get(1).replace("\"WS_60m_Avg\"", "\"" + name + "\""));
        ImportOutcome outcome = load(write("long.dat", lines));
        assertThat(outcome.status()).isEqualTo(FileStatus.FAILED);
        assertThat(outcome.reason()).startsWith("long.dat: the database refused its content (SQLSTATE 54");
        assertThat(readings()).isZero();
    }

    @Test
    void aNulByteInTheHeaderIsStoredAsTheReplacementCharacterInsteadOfFailingTheFile() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(Samples.DAY1));
        lines.set(0, lines.get(0).replace("\"MAST01\"", "\"MAST\u000001\"")); // PostgreSQL text cannot hold NUL
        ImportOutcome outcome = load(write("nul.dat", lines));
        assertThat(outcome.status()).isEqualTo(FileStatus.LOADED);
        assertThat(Db.count(data, "SELECT count(*) FROM sources WHERE logger = 'MAST\uFFFD01'")).isEqualTo(1);
        assertThat(readings()).isEqualTo(2867);
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
    void sensorIdsFollowTheFilesColumnOrderWhicheverPlanTheAntiJoinGets() throws Exception {
        // many channels and an analysed sensors table: the plans a fleet's next logger meets
        load(Toa5Files.write(dir.resolve("a.dat"), "MAST_A", LocalDateTime.of(2024, 3, 1, 0, 0), 6, 300));
        try (var connection = data.getConnection(); var statement = connection.createStatement()) {
            statement.execute("ANALYZE sensors");
        }
        load(Toa5Files.write(dir.resolve("b.dat"), "MAST_B", LocalDateTime.of(2024, 3, 1, 0, 0), 6, 300));
        for (String logger : List.of("MAST_A", "MAST_B")) {
            List<Object> byId = Db.rows(data, "SELECT s.name FROM sensors s JOIN sources src ON src.id = s.source_id "
                    + "WHERE src.logger = ? ORDER BY s.id", logger).stream().map(r -> r.get("name")).toList();
            assertThat(byId).as(logger).hasSize(300).isEqualTo(IntStream.range(0, 300)
                    .mapToObj(c -> "WS_" + c + "_Avg").toList());
        }
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

    private long readings() {
        return Db.count(data, "SELECT count(*) FROM readings");
    }

    private void assertNoDuplicates() {
        assertThat(Db.count(data, "SELECT count(*) FROM (SELECT sensor_id, ts FROM readings GROUP BY sensor_id, ts "
                + "HAVING count(*) > 1) d")).as("duplicate (sensor_id, ts) readings").isZero();
    }

    private Path write(String name, List<String> lines) throws Exception {
        return Files.write(dir.resolve(name), lines);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The stored timestamp of a TOA5 line: its interval start, 10 minutes before the stamp. */
    private static String timestampOf(String line) {
        return java.time.LocalDateTime.parse(line.substring(1, 20).replace(' ', 'T')).minusMinutes(10) + ":00Z";
    }
}
