package io.loggerflow.worker.task43;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.loggerflow.exporter.Actor;
import io.loggerflow.exporter.Calibration;
import io.loggerflow.exporter.Calibrations;
import io.loggerflow.exporter.SourceKey;
import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.cli.CliRunner;
import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.load.FileStatus;
import io.loggerflow.worker.load.ImportRequest;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The IEA Task 43 demo station (the standard's own demo document) on a source whose columns it names. */
class StationImportExportTest {
    private static final SourceKey DEMO = new SourceKey("demo", "Test_MM1", "Ten_Min");
    private static final Actor ANA = new Actor("ana", "station sheet rev 3");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TI30SEC = "$.measurement_location[0].measurement_point[0] (statistic of column "
            + "'CH1Ti30sec'): stored ti, document ti30sec";

    @TempDir
    Path dir;

    private Loggerflow app;
    private Settings settings;
    private JsonNode demo;

    @BeforeEach
    void open() throws Exception {
        settings = TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.of());
        app = Loggerflow.open(settings);
        try (InputStream in = getClass().getResourceAsStream("/task43/iea43_wra_data_model_demo.json")) {
            demo = JSON.readTree(in);
        }
        Path file = dir.resolve("Test_MM1_Ten_Min.dat");
        writeToa5(file, columnNames(demo));
        assertThat(app.importService().importFile(new ImportRequest(file, false, "demo", Optional.empty(),
                ZoneOffset.UTC, Optional.empty())).status()).isEqualTo(FileStatus.LOADED);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theDemoStationImportsOntoTheSourceAndItsExportMeetsTheSchema() throws Exception {
        // The file's own metadata already says "ti" for CH1Ti30sec (from its name): the document says more,
        // but a stored value is only replaced when asked.
        String before = sensorsTable();
        ImportReport refused = importDemo(OnConflict.FAIL);
        assertThat(refused.applied()).isFalse();
        assertThat(refused.conflicts()).containsExactly(TI30SEC);
        assertThat(sensorsTable()).isEqualTo(before);

        ImportReport report = importDemo(OnConflict.REPLACE);
        assertThat(report.applied()).isTrue();
        assertThat(report.sensorsUpdated()).isEqualTo(61);
        assertThat(sensor("CH1Avg")).containsExactly("wind_speed", "avg", 80.1, 315.0, "m/s", "anemometer", "09183000");
        assertThat(sensor("CH1SD")).containsExactly("wind_speed", "sd", 80.1, 315.0, "m/s", "anemometer", "09183000");
        assertThat(sensor("CH7Max")).containsExactly("wind_direction", "max", 76.1, 315.0, "deg", "wind_vane", "01234589");
        assertThat(Db.rows(app.dataSource(), "SELECT latitude_ddeg, longitude_ddeg, station_type FROM sources")
                .get(0).values()).containsExactly(53.5, -8.0, "mast");

        // The logger's offset for CH1 was programmed as 0.2491 from 2020-04-15 (UTC-5); the certificate says
        // 0.2419: one calibration of the point from then on (the export maps its mean, minimum and maximum,
        // scales its sd, recomputes its ti). Every other anemometer's logger already applies its certificate.
        // The vanes' dead bands (315, then 135 for Dir_56mNW from 2020-04-18) become direction offsets.
        assertThat(Db.rows(app.dataSource(), "SELECT p.name, c.valid_from = timestamptz '2020-04-15 05:00:00+00' AS from_0500z, "
                + "c.valid_to IS NULL AS open, c.slope, c.offset_value, c.logger_slope, c.logger_offset, "
                + "c.changed_by, c.reason FROM calibrations c JOIN measurement_points p ON p.id = c.point_id "
                + "WHERE c.slope IS NOT NULL")).extracting(row -> List.copyOf(row.values()).toString())
                .containsExactly(List.of("Spd_80.1_315", true, true, 0.04573, 0.2419, 0.04573, 0.2491, "ana",
                        ANA.reason()).toString());
        assertThat(Db.rows(app.dataSource(), "SELECT p.name, c.valid_from, c.valid_to, c.direction_offset "
                + "FROM calibrations c JOIN measurement_points p ON p.id = c.point_id WHERE c.slope IS NULL "
                + "ORDER BY p.name, c.valid_from")).extracting(row -> row.values().toString())
                .containsExactly("[Dir_56mNW, 2020-04-12 17:00:00.0, 2020-04-18 05:00:00.0, 315.0]",
                        "[Dir_56mNW, 2020-04-18 05:00:00.0, null, 135.0]", "[Dir_76mNW, 2020-04-12 17:00:00.0, null, 315.0]");
        assertThat(Db.count(app.dataSource(), "SELECT count(*) FROM calibrations WHERE sensor_id IS NOT NULL")).isZero();
        assertThat(report.calibrationsAdded()).isEqualTo(4);

        // Importing the same document again changes nothing.
        ImportReport again = importDemo(OnConflict.FAIL);
        assertThat(again.applied()).isTrue();
        assertThat(again.conflicts()).isEmpty();
        assertThat(again.sensorsUpdated()).isZero();
        assertThat(again.pointsSet()).isZero();
        assertThat(again.calibrationsAdded()).isZero();
        assertThat(again.calibrationsUnchanged()).isEqualTo(4);

        // task43 export: the command refuses a document the schema would not accept, so a written one is valid.
        Path out = dir.resolve("station/demo.json");
        CliRunner.Result result = CliRunner.run(settings, "task43", "export", "--source", DEMO.toString(), "--out",
                out.toString(), "--author", "ana", "--organisation", "loggerflow tests");
        assertThat(result.code()).as(result.output()).isZero();
        JsonNode exported = JSON.readTree(Files.readString(out));
        assertThat(StationSchema.violations(exported)).isEmpty();
        JsonNode points = exported.at("/measurement_location/0/measurement_point");
        JsonNode ch1 = null;
        for (JsonNode point : points) {
            if (point.at("/logger_measurement_config/0/column_name").toString().contains("\"CH1Avg\"")) {
                ch1 = point;
            }
        }
        assertThat(ch1).isNotNull();
        assertThat(ch1.get("height_m").asDouble()).isEqualTo(80.1);
        assertThat(ch1.at("/mounting_arrangement/0/boom_orientation_deg").asDouble()).isEqualTo(315.0);
        assertThat(ch1.at("/logger_measurement_config/0/slope").asDouble()).isEqualTo(0.04573);
        assertThat(ch1.at("/logger_measurement_config/0/offset").asDouble()).isEqualTo(0.2491);
        assertThat(ch1.at("/logger_measurement_config/0/date_from").asText()).isEqualTo("2020-04-15T05:00:00");
        assertThat(ch1.at("/sensor/0/calibration/0/offset").asDouble()).isEqualTo(0.2419);
        assertThat(ch1.at("/logger_measurement_config/0/column_name").size()).isEqualTo(5);
        assertThat(points.size()).isEqualTo(14);
    }

    @Test
    void whatAPersonSetIsAConflictAndNothingChangesUnlessTold() throws Exception {
        Db.rows(app.dataSource(), "UPDATE sensors SET height_m = 99 WHERE name = 'CH1Avg' RETURNING id");
        String before = sensorsTable();
        try (Connection connection = app.dataSource().getConnection()) {
            Calibrations.add(connection, Calibration.of(DEMO, "CH1Max", Instant.parse("2020-04-01T00:00:00Z"), null,
                    1.0, 0.5, null, null), ANA);
        }

        ImportReport refused = importDemo(OnConflict.FAIL);
        assertThat(refused.applied()).isFalse();
        assertThat(refused.conflicts()).containsExactly(
                "$.measurement_location[0].measurement_point[0] (height_m of column 'CH1Avg'): stored 99.0, "
                        + "document 80.1",
                TI30SEC,
                "$.measurement_location[0].measurement_point[0].logger_measurement_config[1] with "
                        + "$.measurement_location[0].measurement_point[0].sensor[0].calibration[0]: point "
                        + "'Spd_80.1_315' has calibration 1 of column 'CH1Max' over 2020-04-01T00:00:00Z to open "
                        + "(slope 1.0, offset 0.5)");
        assertThat(sensorsTable()).isEqualTo(before);
        assertThat(Db.count(app.dataSource(), "SELECT count(*) FROM calibrations")).isEqualTo(1);

        ImportReport kept = importDemo(OnConflict.KEEP);
        assertThat(kept.applied()).isTrue();
        assertThat(sensor("CH1Avg")).containsExactly("wind_speed", "avg", 99.0, 315.0, "m/s", "anemometer", "09183000");
        assertThat(Db.rows(app.dataSource(), "SELECT s.name, c.slope FROM calibrations c JOIN sensors s "
                + "ON s.id = c.sensor_id ORDER BY s.name")).extracting(row -> List.copyOf(row.values()).toString())
                .containsExactly("[CH1Max, 1.0]");
        assertThat(Db.count(app.dataSource(), "SELECT count(*) FROM calibrations c JOIN measurement_points p "
                + "ON p.id = c.point_id WHERE p.name = 'Spd_80.1_315'")).isZero();

        ImportReport replaced = importDemo(OnConflict.REPLACE);
        assertThat(replaced.calibrationsRemoved()).isEqualTo(1);
        assertThat(Db.count(app.dataSource(), "SELECT count(*) FROM calibrations c JOIN measurement_points p "
                + "ON p.id = c.point_id WHERE p.name = 'Spd_80.1_315' AND c.offset_value = 0.2419")).isEqualTo(1);
        assertThat(sensor("CH1Avg").get(2)).isEqualTo(80.1);
        assertThat(Db.rows(app.dataSource(), "SELECT action, changed_by, reason FROM cleaning_changes "
                + "WHERE action = 'delete'").get(0).values()).containsExactly("delete", "ana", ANA.reason());
    }

    @Test
    void unknownColumnsBadJsonAndSchemaViolationsNameTheirPathAndChangeNothing() throws Exception {
        String before = sensorsTable();
        ObjectNode renamed = demo.deepCopy();
        ((ObjectNode) renamed.at("/measurement_location/0/measurement_point/1/logger_measurement_config/0/column_name/0"))
                .put("column_name", "CH2Average");
        assertThatThrownBy(() -> apply(renamed, OnConflict.REPLACE))
                .isInstanceOf(StationDocumentException.class)
                .hasMessageContaining("$.measurement_location[0].measurement_point[1].logger_measurement_config[0]"
                        + ".column_name[0].column_name: source demo/Test_MM1/Ten_Min has no column 'CH2Average'");

        assertThatThrownBy(() -> StationDocument.parse("{\"author\": \"ana\",\n \"date\": }", "broken.json"))
                .isInstanceOf(StationDocumentException.class)
                .hasMessageStartingWith("broken.json: not valid JSON at line 2, column");

        ObjectNode invalid = demo.deepCopy();
        ((ObjectNode) invalid.at("/measurement_location/0/measurement_point/3")).put("height_m", "high");
        assertThatThrownBy(() -> StationDocument.parse(invalid.toString(), "invalid.json"))
                .isInstanceOf(StationDocumentException.class)
                .satisfies(e -> assertThat(((StationDocumentException) e).problems())
                        .anyMatch(p -> p.startsWith("$.measurement_location[0].measurement_point[3].height_m")));

        assertThat(sensorsTable()).isEqualTo(before);
        assertThat(Db.count(app.dataSource(), "SELECT count(*) FROM calibrations")).isZero();
    }

    @Test
    void theDocumentSetsTheMeasurementPointsExactly() throws Exception {
        // before: points derived from the column names, one per stem (CH5 and CH14 apart)
        assertThat(points()).contains("[CH5, true, [CH5Avg, CH5Max, CH5Min, CH5SD]]",
                "[CH14, true, [CH14Avg, CH14Max, CH14Min, CH14SD]]");

        ImportReport report = importDemo(OnConflict.REPLACE);

        assertThat(report.pointsSet()).isEqualTo(14);
        // every document point by its name, grouping exactly its columns (CH5 then CH14 at Spd_40mNW), none
        // derived; the derived points left empty are gone
        assertThat(points()).containsExactly(
                "[Dir_56mNW, false, [CH8Avg, CH8Max, CH8Min, CH8SD]]",
                "[Dir_76mNW, false, [CH7Avg, CH7Max, CH7Min, CH7SD]]",
                "[Logger_V, false, [CH15Avg, CH15Max, CH15Min, CH15SD]]",
                "[Prs_76m, false, [CH12Avg, CH12Max, CH12Min, CH12SD]]",
                "[RH_5m, false, [CH11Avg, CH11Max, CH11Min, CH11SD]]",
                "[Spd_30mNW, false, [CH6Avg, CH6Max, CH6Min, CH6SD]]",
                "[Spd_40mNW, false, [CH14Avg, CH14Max, CH14Min, CH14SD, CH5Avg, CH5Max, CH5Min, CH5SD]]",
                "[Spd_40mSE, false, [CH13Avg, CH13Max, CH13Min, CH13SD]]",
                "[Spd_60mNW, false, [CH3Avg, CH3Max, CH3Min, CH3SD]]",
                "[Spd_60mSE, false, [CH4Avg, CH4Max, CH4Min, CH4SD]]",
                "[Spd_80.1_315, false, [CH1Avg, CH1Max, CH1Min, CH1SD, CH1Ti30sec]]",
                "[Spd_80mSE, false, [CH2Avg, CH2Max, CH2Min, CH2SD]]",
                "[Tmp_5m, false, [CH10Avg, CH10Max, CH10Min, CH10SD]]",
                "[Tmp_78m, false, [CH9Avg, CH9Max, CH9Min, CH9SD]]");
        assertThat(Db.rows(app.dataSource(), "SELECT measurement_type, height_m, orientation_deg, changed_by "
                + "FROM measurement_points WHERE name = 'Spd_40mNW'").get(0).values())
                .containsExactly("wind_speed", 40.1, 315.0, "ana");
        assertThat(Db.count(app.dataSource(), "SELECT count(*) FROM cleaning_changes "
                + "WHERE table_name = 'measurement_points' AND changed_by = 'ana'")).isEqualTo(14);

        // a person moves a column away and sets a height: the document sets the point again, the
        // person's height being a conflict (kept unless replaced)
        try (Connection connection = app.dataSource().getConnection()) {
            io.loggerflow.exporter.MeasurementPoints.create(connection, io.loggerflow.exporter.MeasurementPoint.of(
                    DEMO, "spare", null, null, null), ANA);
            io.loggerflow.exporter.MeasurementPoints.assign(connection, DEMO, "CH2SD", "spare", ANA);
            io.loggerflow.exporter.MeasurementPoints.edit(connection, DEMO, "Spd_80mSE",
                    io.loggerflow.exporter.MeasurementPoint.of(DEMO, null, null, 81.0, null), ANA);
        }
        ImportReport kept = importDemo(OnConflict.KEEP);
        assertThat(kept.conflicts()).containsExactly("$.measurement_location[0].measurement_point[1] (height_m of "
                + "point 'Spd_80mSE'): stored 81.0, document 80.2");
        assertThat(kept.pointsSet()).isEqualTo(1);
        assertThat(points()).contains("[Spd_80mSE, false, [CH2Avg, CH2Max, CH2Min, CH2SD]]");
        assertThat(Db.rows(app.dataSource(), "SELECT height_m FROM measurement_points WHERE name = 'Spd_80mSE'")
                .get(0).values()).containsExactly(81.0);
    }

    @Test
    void anExportAppliesTheDocumentsCalibrationsToThePointsStatistics() throws Exception {
        assertThat(importDemo(OnConflict.REPLACE).applied()).isTrue();
        Path zip = dir.resolve("export/demo.zip");
        try (Connection connection = app.exportDataSource().getConnection()) {
            new io.loggerflow.exporter.SourceExporter().export(connection, io.loggerflow.exporter.Sources.id(connection,
                    DEMO), io.loggerflow.exporter.RangeRule.all(), zip);
        }
        List<String> speed = io.loggerflow.worker.testing.ExportZips.lines(zip, "wind_speed.csv");
        // Stored values 5 + 0.1 r + 0.01 c (file row r, stamped at its end, so stored 10 minutes earlier; file
        // column c): CH1Avg/SD/Min/Max/Ti30sec are c = 0..4. Before 05:00Z (r = 5) as stored:
        assertThat(cells(speed, "2020-04-15 04:50:00", "CH1Avg", "CH1SD", "CH1Min", "CH1Max", "CH1Ti30sec"))
                .containsExactly("5.5", "5.51", "5.52", "5.53", "5.54");
        // From 05:00Z (r = 6): scale = 0.04573 / 0.04573 = 1, shift = 0.2419 - 0.2491 = -0.0072, so avg, min and
        // max drop by 0.0072, the sd stays, and ti = 5.64 / (1 - 0.0072 / 5.6) = 31.584 / 5.5928 = 5.647261
        assertThat(cells(speed, "2020-04-15 05:00:00", "CH1Avg", "CH1SD", "CH1Min", "CH1Max", "CH1Ti30sec"))
                .containsExactly("5.5928", "5.61", "5.6128", "5.6228", "5.647261");
        // CH7 (c = 33..36): the vane's dead band at 315 turns avg, min and max by 315; its sd stays
        List<String> direction = io.loggerflow.worker.testing.ExportZips.lines(zip, "wind_direction.csv");
        assertThat(cells(direction, "2020-04-15 05:00:00", "CH7Avg", "CH7SD", "CH7Min", "CH7Max"))
                .containsExactly("320.93", "5.94", "320.95", "320.96");
    }

    /** The cells of the named columns in the row of {@code stamp} of a wide export file. */
    private static List<String> cells(List<String> lines, String stamp, String... columns) {
        List<String> header = List.of(lines.get(0).split(",", -1));
        String[] row = io.loggerflow.worker.testing.ExportZips.row(lines, stamp);
        List<String> cells = new ArrayList<>();
        for (String column : columns) {
            cells.add(row[header.indexOf(column)]);
        }
        return cells;
    }

    /** Each point of the source: name, derived, its sensors' names. */
    private List<String> points() {
        return Db.rows(app.dataSource(), "SELECT p.name, p.derived, array_agg(s.name ORDER BY s.name)::text AS sensors "
                + "FROM measurement_points p JOIN sensors s ON s.point_id = p.id GROUP BY p.name, p.derived "
                + "ORDER BY p.name").stream().map(row -> "[" + row.get("name") + ", " + row.get("derived") + ", ["
                + String.valueOf(row.get("sensors")).replaceAll("[{}]", "").replace(",", ", ") + "]]").toList();
    }

    @Test
    void theImportCommandReportsConflictsAndExitsOne() throws Exception {
        Path file = dir.resolve("demo.json");
        Files.writeString(file, demo.toString());
        CliRunner.Result first = CliRunner.run(settings, "task43", "import", file.toString(), "--source", DEMO.toString(),
                "--by", "ana", "--on-conflict", "replace");
        assertThat(first.code()).as(first.output()).isZero();
        assertThat(first.output()).contains("conflict: " + TI30SEC, "61 sensors updated, 14 measurement points set, 4 calibrations added",
                "1 conflicts replaced");
        Db.rows(app.dataSource(), "UPDATE sensors SET statistic = 'max' WHERE name = 'CH1Avg' RETURNING id");
        CliRunner.Result second = CliRunner.run(settings, "task43", "import", file.toString(), "--source",
                DEMO.toString());
        assertThat(second.code()).isEqualTo(1);
        assertThat(second.output()).contains("conflict: $.measurement_location[0].measurement_point[0] (statistic of "
                + "column 'CH1Avg'): stored max, document avg", "nothing changed: 1 conflicts");
    }

    private ImportReport importDemo(OnConflict mode) throws Exception {
        return apply(demo, mode);
    }

    private ImportReport apply(JsonNode document, OnConflict mode) throws Exception {
        try (Connection connection = app.dataSource().getConnection()) {
            return StationImport.apply(connection, DEMO, StationDocument.parse(document.toString(), "demo.json"),
                    "demo.json", null, mode, ANA);
        }
    }

    private String sensorsTable() {
        return Db.rows(app.dataSource(), "SELECT * FROM sensors ORDER BY id").toString();
    }

    private List<Object> sensor(String name) {
        return List.copyOf(Db.rows(app.dataSource(), "SELECT measurement_type, statistic, height_m, orientation_deg, "
                + "task43_unit, sensor_type, serial_number FROM sensors WHERE name = ?", name).get(0).values());
    }

    private static List<String> columnNames(JsonNode document) {
        List<String> names = new ArrayList<>();
        for (JsonNode point : document.at("/measurement_location/0/measurement_point")) {
            for (JsonNode config : point.get("logger_measurement_config")) {
                for (JsonNode column : config.get("column_name")) {
                    if (!names.contains(column.get("column_name").asText())) {
                        names.add(column.get("column_name").asText());
                    }
                }
            }
        }
        return names;
    }

    /** The demo mast's logger file: every column the station names, twelve 10-minute rows around 2020-04-15 05:00Z. */
    private static void writeToa5(Path file, List<String> columns) throws Exception {
        StringBuilder text = new StringBuilder("\"TOA5\",\"Test_MM1\",\"CR1000X\",\"1\",\"os\",\"prog\",\"1\",\"Ten_Min\"\n");
        text.append("\"TIMESTAMP\",\"RECORD\"");
        columns.forEach(c -> text.append(",\"").append(c).append('"'));
        text.append("\n\"TS\",\"RN\"").append(",\"\"".repeat(columns.size()));
        text.append("\n\"\",\"\"").append(",\"\"".repeat(columns.size())).append('\n');
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        LocalDateTime first = LocalDateTime.of(2020, 4, 15, 4, 10);
        for (int r = 0; r < 12; r++) {
            text.append('"').append(stamp.format(first.plusMinutes(10L * r))).append("\",").append(r);
            for (int c = 0; c < columns.size(); c++) {
                text.append(',').append(5 + r * 0.1 + c * 0.01);
            }
            text.append('\n');
        }
        Files.writeString(file, text);
    }
}
