package io.loggerflow.worker.export;

import io.loggerflow.exporter.Actor;
import io.loggerflow.exporter.Calibration;
import io.loggerflow.exporter.Calibrations;
import io.loggerflow.exporter.ExportResult;
import io.loggerflow.exporter.Flag;
import io.loggerflow.exporter.Flags;
import io.loggerflow.exporter.RangeRule;
import io.loggerflow.exporter.SourceExporter;
import io.loggerflow.exporter.SourceKey;
import io.loggerflow.exporter.Sources;
import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.load.FileStatus;
import io.loggerflow.worker.load.ImportRequest;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.ExportZips;
import io.loggerflow.worker.testing.Samples;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Exports of the sample met-mast files, cleaned by a calibration and flag windows. */
class ExportTest {
    static final SourceKey MAST = new SourceKey("default", "MAST01", "Ten_Min");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Actor ANALYST = new Actor("ana", "MEASNET re-calibration certificate 2024-117");

    @TempDir
    Path dir;

    private Loggerflow app;

    @BeforeEach
    void open() {
        app = Loggerflow.open(TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.of()));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void exportsOneCleanedWideFilePerMeasurementTypeWithARowForEveryInterval() throws Exception {
        load(Samples.DAY1);
        load(Samples.DAY2);
        Instant calibratedFrom = Instant.parse("2024-03-01T06:00:00Z");
        try (Connection connection = app.dataSource().getConnection()) {
            // The logger applied a generic 0.765 / 0.35 transfer function; the certificate says 0.7598 / 0.2802.
            Calibrations.add(connection, Calibration.of(MAST, "WS_80m_Avg", calibratedFrom, null, 0.7598, 0.2802,
                    0.765, 0.35), ANALYST);
            Flags.add(connection, Flag.of(MAST, "WD_78m_Avg", Instant.parse("2024-03-01T02:00:00Z"),
                    Instant.parse("2024-03-01T03:00:00Z")), new Actor("ana", "vane iced"));
            Flags.add(connection, Flag.of(MAST, null, Instant.parse("2024-03-02T12:00:00Z"),
                    Instant.parse("2024-03-02T12:30:00Z")), new Actor("ana", "mast maintenance"));
        }

        Path zip = dir.resolve("out/mast.zip");
        ExportResult result = export(zip);

        assertThat(result.status()).isEqualTo(ExportResult.Status.EXPORTED);
        assertThat(ExportZips.entries(zip)).containsExactly("air_pressure.csv", "air_temperature.csv",
                "relative_humidity.csv", "voltage.csv", "wind_direction.csv", "wind_speed.csv", "coverage.csv",
                "export.txt");
        List<String> speed = ExportZips.lines(zip, "wind_speed.csv");
        assertThat(speed.subList(0, 5)).containsExactly(
                "timestamp_utc,WS_80m_Avg,WS_80m_Std,WS_80m_Max,WS_80m_Min,WS_60m_Avg,WS_60m_Std,WS_60m_Max,"
                        + "WS_60m_Min,WS_40m_Avg,WS_40m_Std,WS_40m_Max,WS_40m_Min",
                "height_m,80,80,80,80,60,60,60,60,40,40,40,40",
                "orientation_deg,,,,,,,,,,,,",
                "statistic,avg,sd,max,min,avg,sd,max,min,avg,sd,max,min",
                "unit,m/s,m/s,m/s,m/s,m/s,m/s,m/s,m/s,m/s,m/s,m/s,m/s");

        // Timestamps mark the start of each interval: the logger's 00:10 row is exported as 00:00.
        List<String> data = speed.subList(5, speed.size());
        assertThat(data).hasSize(2 * 144);
        LocalDateTime expected = LocalDateTime.of(2024, 3, 1, 0, 0);
        for (String line : data) {
            assertThat(line).startsWith(STAMP.format(expected) + ",");
            expected = expected.plusMinutes(10);
        }
        assertThat(ExportZips.row(speed, "2024-03-01 00:00:00")[1]).isEqualTo(raw("2024-03-01 00:10:00", "WS_80m_Avg"));

        // Before the calibration's start the raw value; from it on, 0.7598 * (v - 0.35) / 0.765 + 0.2802.
        assertThat(ExportZips.row(speed, "2024-03-01 05:50:00")[1]).isEqualTo(raw("2024-03-01 06:00:00", "WS_80m_Avg"));
        for (String[] cell : new String[][] {{"2024-03-01 06:00:00", "2024-03-01 06:10:00"},
                {"2024-03-02 23:50:00", "2024-03-03 00:00:00"}}) {
            double stored = Double.parseDouble(raw(cell[1], "WS_80m_Avg"));
            assertThat(Double.parseDouble(ExportZips.row(speed, cell[0])[1]))
                    .isCloseTo(0.7598 * (stored - 0.35) / 0.765 + 0.2802, within(1e-6));
        }
        // Other sensors of the type are not calibrated.
        assertThat(ExportZips.row(speed, "2024-03-01 06:00:00")[5]).isEqualTo(raw("2024-03-01 06:10:00", "WS_60m_Avg"));

        // The vane's flag window empties its cells only; the maintenance window empties every file.
        List<String> direction = ExportZips.lines(zip, "wind_direction.csv");
        assertThat(direction.get(0)).isEqualTo("timestamp_utc,WD_78m_Avg,WD_78m_Std,WD_38m_Avg,WD_38m_Std");
        assertThat(ExportZips.row(direction, "2024-03-01 02:00:00")).containsExactly("2024-03-01 02:00:00", "",
                raw("2024-03-01 02:10:00", "WD_78m_Std"), raw("2024-03-01 02:10:00", "WD_38m_Avg"),
                raw("2024-03-01 02:10:00", "WD_38m_Std"));
        assertThat(ExportZips.row(direction, "2024-03-01 02:50:00")[1]).isEmpty();
        assertThat(ExportZips.row(direction, "2024-03-01 03:00:00")[1]).isEqualTo(raw("2024-03-01 03:10:00", "WD_78m_Avg"));
        for (String file : List.of("wind_speed.csv", "wind_direction.csv", "air_temperature.csv", "voltage.csv")) {
            List<String> lines = ExportZips.lines(zip, file);
            for (String stamp : List.of("2024-03-02 12:00:00", "2024-03-02 12:20:00")) {
                assertThat(cells(ExportZips.row(lines, stamp))).as(file + " " + stamp).allMatch(String::isEmpty);
            }
            assertThat(cells(ExportZips.row(lines, "2024-03-02 12:30:00"))).as(file).anyMatch(c -> !c.isEmpty());
        }
        assertThat(ExportZips.lines(zip, "export.txt")).contains("source: default/MAST01/Ten_Min",
                "range: 2024-03-01T00:00:00Z (inclusive) to 2024-03-03T00:00:00Z (exclusive)", "interval_seconds: 600",
                "calibrations_applied: 1", "flag_windows_applied: 2");
        long flagged = 6 + 3 * 20;
        assertThat(result.readings()).isEqualTo(Db.count(app.dataSource(), "SELECT count(*) FROM readings") - flagged);
    }

    @Test
    void everyCleaningChangeIsRecordedWithWhoWhenAndWhyAndBumpsTheSourceVersion() throws Exception {
        load(Samples.DAY1);
        long before = version();
        int calibration;
        try (Connection connection = app.dataSource().getConnection()) {
            calibration = Calibrations.add(connection, Calibration.of(MAST, "WS_80m_Avg",
                    Instant.parse("2024-03-01T00:00:00Z"), null, 1.01, 0.0, null, null), ANALYST);
            Calibrations.remove(connection, calibration, new Actor("bob", "wrong certificate"));
            // A change made by hand in SQL is recorded too, with the database user.
            connection.createStatement().execute("INSERT INTO flags (source_id, flag_from, flag_to, reason) "
                    + "SELECT id, '2024-03-01', '2024-03-02', 'typed in psql' FROM sources");
        }
        assertThat(Db.rows(app.dataSource(), "SELECT table_name, action, changed_by, reason FROM cleaning_changes "
                + "ORDER BY id")).extracting(row -> row.values().stream().map(String::valueOf).toList())
                .containsExactly(List.of("calibrations", "insert", "ana", ANALYST.reason()),
                        List.of("calibrations", "delete", "bob", "wrong certificate"),
                        List.of("flags", "insert", String.valueOf(Db.single(app.dataSource(), "SELECT session_user")),
                                "typed in psql"));
        assertThat(version()).isEqualTo(before + 3);
    }

    private static List<String> cells(String[] row) {
        return List.of(row).subList(1, row.length);
    }

    private long version() {
        return Db.count(app.dataSource(), "SELECT data_version FROM sources");
    }

    private ExportResult export(Path zip) throws Exception {
        try (Connection connection = app.exportDataSource().getConnection()) {
            return new SourceExporter().export(connection, Sources.id(connection, MAST), RangeRule.all(), zip);
        }
    }

    private void load(Path file) throws Exception {
        assertThat(app.importService().importFile(new ImportRequest(file, false, "default", Optional.empty(),
                ZoneOffset.UTC, Optional.empty())).status()).isEqualTo(FileStatus.LOADED);
    }

    /** The cell of a sample TOA5 file (either day) at a logger timestamp (interval end), as written. */
    static String raw(String loggerStamp, String column) throws Exception {
        for (Path file : List.of(Samples.DAY1, Samples.DAY2)) {
            List<String> lines = Files.readAllLines(file);
            List<String> names = List.of(lines.get(1).replace("\"", "").split(","));
            for (String line : lines.subList(4, lines.size())) {
                if (line.startsWith("\"" + loggerStamp + "\"")) {
                    return line.split(",")[names.indexOf(column)];
                }
            }
        }
        throw new AssertionError("no row " + loggerStamp);
    }
}
