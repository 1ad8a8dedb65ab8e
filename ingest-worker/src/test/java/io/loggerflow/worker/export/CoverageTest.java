package io.loggerflow.worker.export;

import io.loggerflow.exporter.Actor;
import io.loggerflow.exporter.Coverage;
import io.loggerflow.exporter.CoverageRow;
import io.loggerflow.exporter.ExportResult;
import io.loggerflow.exporter.Flag;
import io.loggerflow.exporter.Flags;
import io.loggerflow.exporter.RangeRule;
import io.loggerflow.exporter.SourceExporter;
import io.loggerflow.exporter.SourceKey;
import io.loggerflow.exporter.Sources;
import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.cli.CliRunner;
import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.load.FileStatus;
import io.loggerflow.worker.load.ImportRequest;
import io.loggerflow.worker.testing.ExportZips;
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
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage on a fixture whose gaps and flags are known: two sensors, 10-minute data stored from 2024-02-29 23:00
 * to 2024-03-01 00:50 (UTC, interval starts), across a month boundary. Missing rows at 23:20 and 00:30; WS_A is
 * NAN at 23:40 and WS_B at 00:10; a flag window over the whole source at [23:00, 23:10) and one on WS_B at
 * [00:40, 01:00).
 */
class CoverageTest {
    private static final SourceKey COV = new SourceKey("cov", "COV1", "Ten_Min");
    private static final String HEADER = "source,sensor,measurement_type,statistic,height_m,month,expected_intervals,"
            + "valid_readings,coverage_pct";

    @TempDir
    Path dir;

    private Settings settings;
    private Loggerflow app;

    @BeforeEach
    void load() throws Exception {
        settings = TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.of());
        app = Loggerflow.open(settings);
        Path file = dir.resolve("COV1_Ten_Min.dat");
        // Logger stamps mark the END of each interval: 23:10 holds the interval that starts at 23:00.
        StringBuilder text = new StringBuilder("""
                "TOA5","COV1","CR1000X","1","os","prog","1","Ten_Min"
                "TIMESTAMP","RECORD","WS_A","WS_B"
                "TS","RN","m/s","m/s"
                "","","Avg","Avg"
                """);
        String[][] rows = {
                {"2024-02-29 23:10:00", "5.1", "6.1"}, {"2024-02-29 23:20:00", "5.2", "6.2"},
                {"2024-02-29 23:40:00", "5.4", "6.4"}, {"2024-02-29 23:50:00", "NAN", "6.5"},
                {"2024-03-01 00:00:00", "5.6", "6.6"}, {"2024-03-01 00:10:00", "5.7", "6.7"},
                {"2024-03-01 00:20:00", "5.8", "NAN"}, {"2024-03-01 00:30:00", "5.9", "6.9"},
                {"2024-03-01 00:50:00", "6.1", "7.1"}, {"2024-03-01 01:00:00", "6.2", "7.2"}};
        int record = 0;
        for (String[] row : rows) {
            text.append('"').append(row[0]).append("\",").append(record++).append(',').append(row[1]).append(',')
                    .append(row[2]).append('\n');
        }
        Files.writeString(file, text);
        assertThat(app.importService().importFile(new ImportRequest(file, false, "cov", Optional.empty(),
                ZoneOffset.UTC, Optional.empty())).status()).isEqualTo(FileStatus.LOADED);
        try (Connection connection = app.dataSource().getConnection()) {
            Flags.add(connection, Flag.of(COV, null, Instant.parse("2024-02-29T23:00:00Z"),
                    Instant.parse("2024-02-29T23:10:00Z")), new Actor("ana", "mast climbed"));
            Flags.add(connection, Flag.of(COV, "WS_B", Instant.parse("2024-03-01T00:40:00Z"),
                    Instant.parse("2024-03-01T01:00:00Z")), new Actor("ana", "anemometer B iced"));
        }
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void coverageCountsTheValidIntervalsOfEachSensorPerMonthExactly() throws Exception {
        List<CoverageRow> rows;
        try (Connection connection = app.exportDataSource().getConnection()) {
            rows = new Coverage(100).of(connection, Sources.id(connection, COV), RangeRule.all());
        }
        // Feb: 6 intervals 23:00-23:50. WS_A: 23:00 flagged, 23:20 no row, 23:40 NAN -> 3 of 6.
        // WS_B: 23:00 flagged, 23:20 no row -> 4 of 6. Mar: 6 intervals 00:00-00:50. WS_A: 00:30 no row ->
        // 5 of 6. WS_B: 00:10 NAN, 00:30 no row, 00:40 and 00:50 flagged -> 2 of 6.
        assertThat(rows).extracting(r -> r.sensor().name() + " " + r.month() + " " + r.expected() + " " + r.valid())
                .containsExactlyInAnyOrder("WS_A 2024-02 6 3", "WS_A 2024-03 6 5", "WS_B 2024-02 6 4",
                        "WS_B 2024-03 6 2");

        // An explicit range counts whole months: 29 days of February and 31 of March, 144 intervals a day.
        try (Connection connection = app.exportDataSource().getConnection()) {
            rows = new Coverage(100).of(connection, Sources.id(connection, COV),
                    RangeRule.between(Instant.parse("2024-02-01T00:00:00Z"), Instant.parse("2024-04-01T00:00:00Z")));
        }
        assertThat(rows).extracting(r -> r.sensor().name() + " " + r.month() + " " + r.expected() + " " + r.valid())
                .containsExactlyInAnyOrder("WS_A 2024-02 4176 3", "WS_A 2024-03 4464 5", "WS_B 2024-02 4176 4",
                        "WS_B 2024-03 4464 2");
    }

    @Test
    void theCommandAndTheExportsCoverageCsvSayTheSame() throws Exception {
        CliRunner.Result csv = CliRunner.run(settings, "coverage", "--source", COV.toString(), "--format", "csv");
        assertThat(csv.code()).as(csv.output()).isZero();
        List<String> expected = List.of(HEADER,
                "cov/COV1/Ten_Min,WS_A,wind_speed,avg,,2024-02,6,3,50.00",
                "cov/COV1/Ten_Min,WS_A,wind_speed,avg,,2024-03,6,5,83.33",
                "cov/COV1/Ten_Min,WS_B,wind_speed,avg,,2024-02,6,4,66.67",
                "cov/COV1/Ten_Min,WS_B,wind_speed,avg,,2024-03,6,2,33.33");
        assertThat(csv.output().lines().sorted().toList()).isEqualTo(expected.stream().sorted().toList());

        Path zip;
        try (Connection connection = app.exportDataSource().getConnection()) {
            ExportResult result = new SourceExporter().export(connection, Sources.id(connection, COV), RangeRule.all(),
                    dir.resolve("out/cov.zip"));
            zip = result.zip();
        }
        assertThat(ExportZips.lines(zip, "coverage.csv").stream().sorted().toList())
                .isEqualTo(expected.stream().sorted().toList());

        CliRunner.Result table = CliRunner.run(settings, "coverage", "--site", "cov");
        assertThat(table.code()).isZero();
        assertThat(table.output().lines().toList().get(0)).matches("SOURCE +SENSOR +MONTH +EXPECTED +VALID +COVERAGE %");
        assertThat(table.output()).containsPattern("cov/COV1/Ten_Min +WS_B +2024-03 +6 +2 +33.33");
    }
}
