package io.loggerflow.worker.load;

import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.SampleExpectations;
import io.loggerflow.parsers.SampleExpectations.Sample;
import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.config.BadRows;
import io.loggerflow.worker.config.FolderSettings;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A file of several tables (a mixed-array file of two output arrays) loads each table as a source of its own. */
class MultiTableImportTest {
    private static final Path FOLDER = SampleExpectations.root().resolve("campbell-mixed-array");
    /** The sample's two declarations, one per array, each with the whole mapping plus its own table-id. */
    private static final List<Sample> SAMPLES = SampleExpectations.of(FOLDER);
    private static final Path FILE = SAMPLES.get(0).file();

    @TempDir
    Path dir;

    private Loggerflow app;
    private DataSource data;

    @BeforeEach
    void open() {
        app = Loggerflow.open(TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.of()));
        data = app.dataSource();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aFolderMappingBothArraysLoadsThemAsTwoTablesOfOneLogger() throws Exception {
        ImportOutcome outcome = load(FILE, bothArrays());

        assertThat(outcome.status()).isEqualTo(FileStatus.LOADED);
        assertThat(Db.rows(data, "SELECT logger, table_name FROM sources ORDER BY table_name")).containsExactly(
                Map.of("logger", "CR23X_Mast", "table_name", "Hourly"),
                Map.of("logger", "CR23X_Mast", "table_name", "Ten_Min"));
        long expectedReadings = 0;
        for (Sample sample : SAMPLES) {
            Map<String, double[]> expected = channels(sample);
            assertThat(stored(tableOf(sample))).as(tableOf(sample)).hasSameSizeAs(expected);
            for (Map.Entry<String, double[]> channel : expected.entrySet()) {
                double[] countAndSum = stored(tableOf(sample)).get(channel.getKey());
                assertThat(countAndSum).as(channel.getKey()).isNotNull();
                assertThat(countAndSum[0]).as(channel.getKey() + " count").isEqualTo(channel.getValue()[0]);
                assertThat(countAndSum[1]).as(channel.getKey() + " sum").isCloseTo(channel.getValue()[1], within(1e-6));
                expectedReadings += (long) channel.getValue()[0];
            }
        }
        assertThat(outcome.readings()).isEqualTo(expectedReadings);
        assertThat(Db.rows(data, "SELECT path, status, members, format FROM files WHERE parent_id IS NULL"))
                .containsExactly(Map.of("path", FILE.toString(), "status", "loaded", "members", 2,
                        "format", "campbell-mixed-array"));
        assertThat(Db.rows(data, "SELECT path, status FROM files WHERE parent_id = ? ORDER BY id", outcome.fileId()))
                .containsExactly(Map.of("path", FILE + "#table=110", "status", "loaded"),
                        Map.of("path", FILE + "#table=160", "status", "loaded"));
        assertThat(Db.count(data, "SELECT readings FROM files WHERE id = ?", outcome.fileId())).isEqualTo(expectedReadings);
    }

    @Test
    void aReSentFileIsADuplicateAndStoresNothingNew() throws Exception {
        ImportOutcome first = load(FILE, bothArrays());
        long readings = Db.count(data, "SELECT count(*) FROM readings");
        long files = Db.count(data, "SELECT count(*) FROM files");

        ImportOutcome again = load(FILE, bothArrays());

        assertThat(again.status()).isEqualTo(FileStatus.DUPLICATE);
        assertThat(again.readings()).isZero();
        assertThat(Db.count(data, "SELECT count(*) FROM readings")).isEqualTo(readings);
        assertThat(Db.count(data, "SELECT count(*) FROM files")).isEqualTo(files + 1);
        assertThat(Db.single(data, "SELECT duplicate_of FROM files WHERE id = ?", again.fileId()))
                .isEqualTo(first.fileId());
    }

    @Test
    void aTableAlreadyLoadedThroughAFolderReadingOnlyItIsADuplicateOnItsOwn() throws Exception {
        ImportOutcome onlyTenMin = load(FILE, SAMPLES.get(0).options()); // table-id = 110
        assertThat(onlyTenMin.status()).isEqualTo(FileStatus.LOADED);
        long tenMinReadings = Db.count(data, "SELECT count(*) FROM readings");

        ImportOutcome both = load(FILE, bothArrays());

        assertThat(both.status()).isEqualTo(FileStatus.LOADED);
        assertThat(Db.rows(data, "SELECT path, status FROM files WHERE parent_id = ? ORDER BY id", both.fileId()))
                .containsExactly(Map.of("path", FILE + "#table=110", "status", "duplicate"),
                        Map.of("path", FILE + "#table=160", "status", "loaded"));
        assertThat(both.readings()).isEqualTo(Db.count(data, "SELECT count(*) FROM readings") - tenMinReadings);
        assertThat(both.readings()).isPositive();
    }

    @Test
    void aFileHoldingAnUnmappedArrayIsRefusedNamingWhatToConfigure() throws Exception {
        Path file = dir.resolve("CR23X_Mast_2024_062.dat");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(FILE));
        lines.add("230,2024,61,610,12.5,3.2");
        Files.write(file, lines);

        ImportOutcome outcome = load(file, bothArrays());

        assertThat(outcome.status()).isEqualTo(FileStatus.FAILED);
        assertThat(outcome.reason()).startsWith(file.getFileName() + ", line 43: array 230 has no mapping")
                .contains("set the folder's format options array.<id>.columns");
        assertThat(Db.count(data, "SELECT count(*) FROM readings")).isZero();
        assertThat(Db.count(data, "SELECT count(*) FROM files WHERE status = 'loaded'")).isZero();
    }

    @Test
    void eachTableKeepsItsOwnRowAccountAndATableRefusedFailsTheFileWhileTheOtherStaysLoaded() throws Exception {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(FILE));
        assertThat(lines.get(6)).isEqualTo("160,2024,61,100,3.49,76.5,12.78");
        assertThat(lines.get(7)).isEqualTo("110,2024,61,110,7.364,0.561,9.208,214.1");
        lines.set(6, "160,2024,61,100,3.49,7x.5,12.78"); // 1 bad row of 6: above the default 10% share
        lines.set(7, "110,2024,61,110,7.3x4,0.561,9.208,214.1"); // 1 bad row of 36: left out, the rest loads
        Path file = Files.write(dir.resolve("CR23X_Mast_2024_061.dat"), lines);

        ImportOutcome outcome = load(file, bothArrays());

        assertThat(outcome.status()).isEqualTo(FileStatus.FAILED);
        assertThat(outcome.reason()).startsWith("1 of 2 tables failed: CR23X_Mast_2024_061.dat#table=160")
                .contains("bad-rows-max-share");
        assertThat(Db.rows(data, "SELECT path, status, skipped_rows, readings FROM files WHERE parent_id = ? ORDER BY id",
                outcome.fileId())).containsExactly(
                new HashMap<>(Map.of("path", file + "#table=110", "status", "loaded", "skipped_rows", 1L,
                        "readings", 143L - 4)),
                nullable(Map.of("path", file + "#table=160", "status", "failed")));
        assertThat(stored("Hourly")).isEmpty();
        assertThat(stored("Ten_Min").get("WS_40m_Avg")[0]).isEqualTo(35);
    }

    private static Map<String, Object> nullable(Map<String, Object> values) {
        Map<String, Object> row = new HashMap<>(values);
        row.put("skipped_rows", null);
        row.put("readings", null);
        return row;
    }

    /** The folder mapping of both arrays: a sample's options without its table-id. */
    private static Map<String, String> bothArrays() {
        Map<String, String> options = new HashMap<>(SAMPLES.get(0).options());
        options.remove(LoggerFormat.TABLE_OPTION);
        return options;
    }

    private static String tableOf(Sample sample) {
        Map<String, String> options = sample.options();
        return options.get("array." + options.get(LoggerFormat.TABLE_OPTION) + ".table");
    }

    /** expected.tsv's channel lines: name, then count and sum of the non-missing values. */
    private static Map<String, double[]> channels(Sample sample) {
        Map<String, double[]> channels = new TreeMap<>();
        for (String line : sample.expectedLines()) {
            String[] fields = line.split("\t");
            if (fields[0].equals("channel")) {
                channels.put(fields[1], new double[]{Double.parseDouble(fields[2]), Double.parseDouble(fields[3])});
            }
        }
        return channels;
    }

    /** Per sensor of the table's source: the count and sum of its stored readings. */
    private Map<String, double[]> stored(String table) {
        Map<String, double[]> stored = new TreeMap<>();
        for (Map<String, Object> row : Db.rows(data, "SELECT s.name, count(*) AS n, sum(r.value) AS total"
                + " FROM readings r JOIN sensors s ON s.id = r.sensor_id JOIN sources o ON o.id = s.source_id"
                + " WHERE o.table_name = ? GROUP BY s.name", table)) {
            stored.put((String) row.get("name"), new double[]{((Number) row.get("n")).doubleValue(),
                    ((Number) row.get("total")).doubleValue()});
        }
        return stored;
    }

    private ImportOutcome load(Path file, Map<String, String> options) throws Exception {
        FolderSettings folder = new FolderSettings("default", Optional.of("campbell-mixed-array"), ZoneOffset.UTC,
                Optional.empty(), options, BadRows.DEFAULT);
        return app.importService().importFile(new ImportRequest(file, false, folder, Optional.empty()));
    }
}
