package io.loggerflow.worker.load;

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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A file loads its good rows, with an exact account of the others: field damage (clock steps, re-collected
 * blocks, truncated lines, bad cells, clock resets) on small TOA5 files written here. Every test checks the
 * stored values (per sensor count and sum) against what the file holds, not only counts.
 */
class RowAccountingTest {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final LocalDateTime T0 = LocalDateTime.parse("2024-03-01T00:01:00");
    private static final List<String> SENSORS = List.of("AirT_Avg", "RH_Avg");

    @TempDir
    Path dir;

    private Loggerflow app;
    private DataSource data;

    @BeforeEach
    void open() {
        app = Loggerflow.open(TestWorker.settings(TestPostgres.freshDatabase(), dir.resolve("data"), Map.of()));
        data = app.dataSource();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aClockSteppedBackOnceLoadsEveryRowTheLaterOfTwoRowsWithOneStampWinsAndTheStepIsNoted() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < 60; r++) { // from row 30 on, the stamps are 3 minutes lower: 27..29 come twice
            rows.add(Row.of(T0.plusMinutes(r < 30 ? r : r - 3), r));
        }
        ImportOutcome outcome = load(toa5("stepped.dat", "One_Min", rows));

        assertThat(outcome.status()).as(outcome.reason()).isEqualTo(FileStatus.LOADED);
        assertStored(expected(rows, Duration.ofMinutes(1)));
        Map<String, Object> file = fileRow(outcome);
        assertThat(file).containsEntry("skipped_rows", 0L).containsEntry("data_rows", 60L)
                .containsEntry("repeated_rows", 0L);
        assertThat(file.get("notes")).isEqualTo("[\"clock stepped back 2 min at line 35\", \"3 rows repeat an earlier"
                + " row's stamp with other values: the later row wins (lines 35, 36, 37)\"]");
        assertThat((String) file.get("reason")).startsWith("clock stepped back 2 min at line 35; ");
    }

    @Test
    void aReCollectedBlockIsStoredOnceAndItsRowsCounted() throws Exception {
        List<Row> rows = minuteRows(30);
        rows.addAll(rows.subList(10, 20)); // LoggerNet appended records 10..19 again
        rows.add(Row.of(T0.plusMinutes(30), 30));
        ImportOutcome outcome = load(toa5("recollected.dat", "One_Min", rows));

        assertThat(outcome.status()).isEqualTo(FileStatus.LOADED);
        assertStored(expected(rows, Duration.ofMinutes(1)));
        assertThat(perSensorCount()).containsOnly(Map.entry("AirT_Avg", 31L), Map.entry("RH_Avg", 31L));
        Map<String, Object> file = fileRow(outcome);
        assertThat(file).containsEntry("repeated_rows", 10L).containsEntry("skipped_rows", 0L)
                .containsEntry("data_rows", 41L);
        assertThat(file.get("notes")).isEqualTo("[\"clock stepped back 19 min at line 35\", \"10 repeated rows stored once\"]");
        assertThat(outcome.readings()).isEqualTo(62);
    }

    @Test
    void theSameStampWithOtherValuesKeepsTheLaterRowAndSaysWhichLines() throws Exception {
        List<Row> rows = minuteRows(20);
        rows.add(new Row(T0.plusMinutes(5), 20, new double[]{-1.25, 99.5}));
        ImportOutcome outcome = load(toa5("redone.dat", "One_Min", rows));

        assertThat(outcome.status()).isEqualTo(FileStatus.LOADED);
        assertStored(expected(rows, Duration.ofMinutes(1)));
        assertThat(Db.rows(data, "SELECT s.name, r.value FROM readings r JOIN sensors s ON s.id = r.sensor_id"
                + " WHERE r.ts = ?::timestamptz ORDER BY s.name", "2024-03-01T00:05:00Z"))
                .containsExactly(Map.of("name", "AirT_Avg", "value", -1.25), Map.of("name", "RH_Avg", "value", 99.5));
        assertThat(fileRow(outcome).get("notes")).isEqualTo("[\"clock stepped back 14 min at line 25\", \"1 row"
                + " repeats an earlier row's stamp with other values: the later row wins (line 25)\"]");
    }

    @Test
    void aTruncatedLastLineLeavesThatRowOutWithItsLineAndReason() throws Exception {
        List<Row> rows = minuteRows(20);
        Path file = toa5("cut.dat", "One_Min", rows);
        Files.writeString(file, Files.readString(file) + "\"" + STAMP.format(T0.plusMinutes(20)) + "\",20,3"); // cut

        ImportOutcome strict = load(withName(file, "cut-strict.dat"), BadRows.FAIL);
        assertThat(strict.status()).isEqualTo(FileStatus.FAILED);
        assertThat(strict.reason()).startsWith("cut-strict.dat, line 25").contains("expected 4 fields but found 3");

        ImportOutcome outcome = load(file);
        assertThat(outcome.status()).as(outcome.reason()).isEqualTo(FileStatus.LOADED);
        assertStored(expected(rows, Duration.ofMinutes(1)));
        assertThat(outcome.skippedRows()).isEqualTo(1);
        Map<String, Object> row = fileRow(outcome);
        assertThat(row).containsEntry("skipped_rows", 1L).containsEntry("data_rows", 21L);
        assertThat((String) row.get("skipped")).contains("\"kind\": \"row\", \"line\": 25")
                .contains("expected 4 fields but found 3");
    }

    @Test
    void aCellThatIsNotANumberLeavesItsRowOutAndTheArchivedFileGetsARejectedList() throws Exception {
        List<Row> rows = minuteRows(20);
        rows.set(7, new Row(rows.get(7).stamp(), 7, null)); // written as a cell that is not a number
        Path inbox = Files.createDirectories(app.settings().inbox());
        Path file = toa5(inbox, "badcell.dat", "One_Min", rows);

        ImportOutcome outcome = app.importService().importFile(new ImportRequest(file, true, "default",
                Optional.empty(), ZoneOffset.UTC, Optional.empty()));
        assertThat(outcome.status()).isEqualTo(FileStatus.LOADED);
        rows.remove(7);
        assertStored(expected(rows, Duration.ofMinutes(1)));
        assertThat(outcome.movedTo()).isEqualTo(app.settings().archiveDir().resolve("default")
                .resolve(LocalDate.now(ZoneOffset.UTC).toString()).resolve("badcell.dat"));
        assertThat(Files.readString(outcome.movedTo().resolveSibling("badcell.dat.rejected.txt"))).isEqualTo(
                String.join(System.lineSeparator(), "badcell.dat: 1 of 20 rows left out",
                        "line 12, column AirT_Avg: not a number: 'oops'", ""));
        assertThat(fileRow(outcome)).containsEntry("skipped_rows", 1L)
                .containsEntry("reason", "1 row left out (first: line 12, column AirT_Avg: not a number: 'oops')");
    }

    @Test
    void moreBadRowsThanTheAllowedShareRefuseTheFileNamingTheOptionAndFailRefusesAtTheFirst() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < 20; r++) {
            rows.add(r % 6 == 3 ? new Row(T0.plusMinutes(r), r, null) : Row.of(T0.plusMinutes(r), r)); // 3 of 20
        }
        Path file = toa5("mapping.dat", "One_Min", rows);

        ImportOutcome refused = load(file);
        assertThat(refused.status()).isEqualTo(FileStatus.FAILED);
        assertThat(refused.reason()).isEqualTo("mapping.dat: 3 of its 20 rows are bad, more than bad-rows-max-share"
                + " (10%): a wrong format or mapping rather than damage; first: line 8, column AirT_Avg: not a number: 'oops'");
        assertThat(Db.count(data, "SELECT count(*) FROM readings")).isZero();

        ImportOutcome strict = load(withName(file, "mapping-strict.dat"), BadRows.FAIL);
        assertThat(strict.reason()).isEqualTo("mapping-strict.dat, line 8, column AirT_Avg: not a number: 'oops'");

        ImportOutcome lenient = load(withName(file, "mapping-lenient.dat"), new BadRows(true, 0.15));
        assertThat(lenient.status()).isEqualTo(FileStatus.LOADED);
        assertThat(lenient.skippedRows()).isEqualTo(3);
        rows.removeIf(row -> row.values() == null);
        assertStored(expected(rows, Duration.ofMinutes(1)));
    }

    @Test
    void aRowStampedInTheYearOfAClockResetIsLeftOutAndTheOrderChecksIgnoreIt() throws Exception {
        List<Row> rows = minuteRows(30);
        rows.set(12, Row.of(LocalDateTime.parse("1990-01-01T00:00:00"), 12));
        Path file = toa5("reset.dat", "One_Min", rows);
        assertThat(load(withName(file, "reset-strict.dat"), BadRows.FAIL).reason())
                .startsWith("reset-strict.dat, line 17, column TIMESTAMP: stamp 1990-01-01T00:00:00Z lies years away");

        ImportOutcome outcome = load(file);
        assertThat(outcome.status()).as(outcome.reason()).isEqualTo(FileStatus.LOADED);
        rows.remove(12);
        assertStored(expected(rows, Duration.ofMinutes(1)));
        Map<String, Object> stored = fileRow(outcome);
        assertThat(stored).containsEntry("skipped_rows", 1L).containsEntry("notes", null)
                .containsEntry("first_ts", Instant.parse("2024-03-01T00:00:00Z"));
        assertThat((String) stored.get("skipped")).contains("\"kind\": \"clock_reset\", \"line\": 17")
                .contains("stamp 1990-01-01T00:00:00Z lies years away from the file's other rows");
    }

    @Test
    void aTwoRowFileOfASourceWithAnEstablishedStepIsShiftedByThatStep() throws Exception {
        List<Row> history = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            history.add(Row.of(LocalDateTime.parse("2024-03-02T00:00:00").plusDays(d), d));
        }
        assertThat(load(toa5("stats-history.dat", "Stats", history)).status()).isEqualTo(FileStatus.LOADED);
        List<Row> pair = dailyPair("2024-03-20", 20);

        ImportOutcome outcome = load(toa5("stats-pair.dat", "Stats", pair));
        assertLoadedShiftedTo(outcome, "2024-03-19T00:00:00Z", "2024-03-20T00:00:00Z");
        List<Row> all = new ArrayList<>(history);
        all.addAll(pair);
        assertStored(expected(all, Duration.ofDays(1)));

        ImportOutcome stranger = load(toa5("other-pair.dat", "Stats", pair, "OTHER_STN"));
        assertThat(stranger.status()).isEqualTo(FileStatus.FAILED); // a new source, a name that states nothing
        assertThat(stranger.reason()).contains("the source has no stored readings to tell it")
                .contains("set option interval");
    }

    @Test
    void aTwoRowDailyFileOfANewSourceTakesTheIntervalTheTableNameStates() throws Exception {
        List<Row> pair = dailyPair("2024-03-02", 1);
        ImportOutcome outcome = load(toa5("daily.dat", "Daily", pair));

        assertLoadedShiftedTo(outcome, "2024-03-01T00:00:00Z", "2024-03-02T00:00:00Z");
        assertStored(expected(pair, Duration.ofDays(1)));
    }

    /** One data row: values null for a row whose first cell is not a number. */
    private record Row(LocalDateTime stamp, long record, double[] values) {
        static Row of(LocalDateTime stamp, long record) {
            return new Row(stamp, record, new double[]{record * 1.5 + 0.25, 40 + record * 0.5});
        }

        String line() {
            String cells = values == null ? "\"oops\",1.0" : values[0] + "," + values[1];
            return "\"" + STAMP.format(stamp) + "\"," + record + "," + cells;
        }
    }

    /** Rows 0..n-1 of a 1-minute table, stamped (end of interval) from 00:01. */
    private static List<Row> minuteRows(int n) {
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            rows.add(Row.of(T0.plusMinutes(r), r));
        }
        return rows;
    }

    /** Two rows of a daily table, stamped at the end of the given day and the next. */
    private static List<Row> dailyPair(String firstStampDay, long firstRecord) {
        LocalDateTime first = LocalDate.parse(firstStampDay).atStartOfDay();
        return List.of(Row.of(first, firstRecord), Row.of(first.plusDays(1), firstRecord + 1));
    }

    private void assertLoadedShiftedTo(ImportOutcome outcome, String first, String last) {
        assertThat(outcome.status()).as(outcome.reason()).isEqualTo(FileStatus.LOADED);
        assertThat(fileRow(outcome)).containsEntry("first_ts", Instant.parse(first))
                .containsEntry("last_ts", Instant.parse(last));
    }

    private Path toa5(String name, String table, List<Row> rows) throws Exception {
        return toa5(dir, name, table, rows, "FX_STN");
    }

    private Path toa5(String name, String table, List<Row> rows, String station) throws Exception {
        return toa5(dir, name, table, rows, station);
    }

    private Path toa5(Path folder, String name, String table, List<Row> rows) throws Exception {
        return toa5(folder, name, table, rows, "FX_STN");
    }

    private static Path toa5(Path folder, String name, String table, List<Row> rows, String station) throws Exception {
        List<String> lines = new ArrayList<>(List.of(
                "\"TOA5\",\"" + station + "\",\"CR1000X\",\"4711\",\"CR1000X.Std.07.01\",\"CPU:fx.CR1X\",\"1\",\""
                        + table + "\"",
                "\"TIMESTAMP\",\"RECORD\",\"AirT_Avg\",\"RH_Avg\"",
                "\"TS\",\"RN\",\"Deg C\",\"%\"",
                "\"\",\"\",\"Avg\",\"Avg\""));
        rows.forEach(row -> lines.add(row.line()));
        return Files.write(folder.resolve(name), lines);
    }

    private Path withName(Path file, String name) throws Exception {
        return Files.copy(file, dir.resolve(name));
    }

    /** Per sensor, the values the file's good rows give: stamps shifted to the interval start, the later row wins. */
    private static Map<String, double[]> expected(List<Row> rows, Duration interval) {
        Map<LocalDateTime, double[]> byStamp = new LinkedHashMap<>();
        rows.forEach(row -> byStamp.put(row.stamp().minus(interval), row.values()));
        Map<String, double[]> perSensor = new TreeMap<>();
        for (int c = 0; c < SENSORS.size(); c++) {
            int channel = c;
            perSensor.put(SENSORS.get(c), new double[]{byStamp.size(),
                    byStamp.values().stream().mapToDouble(v -> v[channel]).sum()});
        }
        return perSensor;
    }

    private void assertStored(Map<String, double[]> expected) {
        List<Map<String, Object>> stored = Db.rows(data, "SELECT s.name, count(*) AS n, sum(r.value) AS total"
                + " FROM readings r JOIN sensors s ON s.id = r.sensor_id GROUP BY s.name ORDER BY s.name");
        assertThat(stored).hasSize(expected.size());
        for (Map<String, Object> row : stored) {
            double[] want = expected.get((String) row.get("name"));
            assertThat(row.get("n")).as("readings of %s", row.get("name")).isEqualTo((long) want[0]);
            assertThat((Double) row.get("total")).as("sum of %s", row.get("name")).isCloseTo(want[1], within(1e-6));
        }
        assertThat(Db.count(data, "SELECT count(*) FROM (SELECT sensor_id, ts FROM readings GROUP BY sensor_id, ts"
                + " HAVING count(*) > 1) d")).as("duplicate (sensor_id, ts) readings").isZero();
    }

    private Map<String, Long> perSensorCount() {
        Map<String, Long> counts = new TreeMap<>();
        Db.rows(data, "SELECT s.name, count(*) AS n FROM readings r JOIN sensors s ON s.id = r.sensor_id GROUP BY s.name")
                .forEach(row -> counts.put((String) row.get("name"), (Long) row.get("n")));
        return counts;
    }

    private Map<String, Object> fileRow(ImportOutcome outcome) {
        Map<String, Object> row = Db.rows(data, "SELECT data_rows, skipped_rows, repeated_rows, reason, skipped::text"
                + " AS skipped, notes::text AS notes, first_ts, last_ts FROM files WHERE id = ?", outcome.fileId()).get(0);
        row.computeIfPresent("first_ts", (k, v) -> ((java.sql.Timestamp) v).toInstant());
        row.computeIfPresent("last_ts", (k, v) -> ((java.sql.Timestamp) v).toInstant());
        return row;
    }

    private ImportOutcome load(Path file) throws Exception {
        return load(file, BadRows.DEFAULT);
    }

    private ImportOutcome load(Path file, BadRows badRows) throws Exception {
        FolderSettings folder = new FolderSettings("default", Optional.empty(), ZoneOffset.UTC, Optional.empty(),
                Map.of(), badRows);
        return app.importService().importFile(new ImportRequest(file, false, folder, Optional.empty()));
    }
}
