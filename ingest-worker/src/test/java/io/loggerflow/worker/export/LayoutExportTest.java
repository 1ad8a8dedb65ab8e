package io.loggerflow.worker.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.loggerflow.exporter.Actor;
import io.loggerflow.exporter.Calibration;
import io.loggerflow.exporter.Calibrations;
import io.loggerflow.exporter.ExportFormat;
import io.loggerflow.exporter.ExportLayout;
import io.loggerflow.exporter.ExportResult;
import io.loggerflow.exporter.Flag;
import io.loggerflow.exporter.Flags;
import io.loggerflow.exporter.RangeRule;
import io.loggerflow.exporter.SourceExporter;
import io.loggerflow.exporter.Sources;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.windographer.WindographerFormat;
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

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The windographer and task43 layouts of the sample mast, read back as their consumers read them. */
class LayoutExportTest {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Loggerflow app;

    @BeforeEach
    void open() throws Exception {
        app = Loggerflow.open(TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.of()));
        for (Path day : List.of(Samples.DAY1, Samples.DAY2)) {
            assertThat(app.importService().importFile(new ImportRequest(day, false, "default", Optional.empty(),
                    ZoneOffset.UTC, Optional.empty())).status()).isEqualTo(FileStatus.LOADED);
        }
        try (Connection connection = app.dataSource().getConnection()) {
            Calibrations.add(connection, Calibration.of(ExportTest.MAST, "WS_80m_Avg",
                    Instant.parse("2024-03-01T06:00:00Z"), null, 0.7598, 0.2802, 0.765, 0.35), new Actor("ana", "cert"));
            Flags.add(connection, Flag.of(ExportTest.MAST, "WD_78m_Avg", Instant.parse("2024-03-01T02:00:00Z"),
                    Instant.parse("2024-03-01T03:00:00Z")), new Actor("ana", "vane iced"));
        }
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aWindographerExportLoadsBackThroughOurWindographerReaderWithTheSameReadings() throws Exception {
        Path perType = export(dir.resolve("per-type/mast.zip"), ExportFormat.PER_TYPE);
        Path text = export(dir.resolve("wg/mast.txt"), new ExportFormat(ExportLayout.WINDOGRAPHER, "", null));
        assertThat(text.getFileName().toString()).endsWith(".txt");
        Map<String, List<String>> cleaned = perTypeRows(perType);

        List<String> lines = Files.readAllLines(text);
        int names = lines.indexOf(lines.stream().filter(l -> l.startsWith("Date/Time\t")).findFirst().orElseThrow());
        assertThat(lines.subList(0, names)).contains("Site = default", "Logger = MAST01 (table Ten_Min)",
                "Time zone = UTC", "Time stamps indicate the beginning of the time step.");
        assertThat(lines.get(names).split("\t")).contains("Speed 80m", "Speed 80m SD", "Speed 80m Max", "Direction 78m",
                "Direction 78m SD");
        assertThat(lines.get(names + 1).split("\t", -1)[0]).isEqualTo("Units");
        assertThat(List.of(lines.get(names + 1).split("\t", -1))).contains("m/s");

        long readings = 0;
        long dataRows = 0;
        Set<String> stamps = new HashSet<>();
        try (RowReader reader = new WindographerFormat().open(InputSource.of(text), ParseSettings.UTC)) {
            assertThat(new WindographerFormat().detect(Files.readAllBytes(text))).isTrue();
            assertThat(reader.channels()).hasSize(cleaned.get("timestamp_utc").size());
            int speed = List.of(lines.get(names).split("\t")).indexOf("Speed 80m") - 1;
            assertThat(reader.channels().get(speed).heightM()).isEqualTo(80.0);
            assertThat(reader.channels().get(speed).statistic()).isEqualTo("Avg");
            // The units row is a header line to our reader too: its units become the channels' units.
            assertThat(reader.channels().get(speed).unit()).isEqualTo("m/s");
            while (reader.next()) { // no row is left out: a RowException fails the test
                assertThat(reader.lineNumber()).isGreaterThan(names + 2);
                dataRows++;
                String stamp = STAMP.format(Instant.ofEpochMilli(reader.timestampMillis()));
                stamps.add(stamp);
                List<String> expected = cleaned.get(stamp);
                assertThat(expected).as(stamp).isNotNull();
                for (int c = 0; c < expected.size(); c++) {
                    double value = reader.value(c);
                    if (expected.get(c).isEmpty()) {
                        assertThat(value).as(stamp + " column " + c).isNaN();
                    } else {
                        assertThat(value).as(stamp + " column " + c).isCloseTo(Double.parseDouble(expected.get(c)),
                                within(1e-9));
                        readings++;
                    }
                }
            }
        }
        // Every line after the units row was read as a data row: none left out.
        assertThat(dataRows).isEqualTo(lines.subList(names + 2, lines.size()).stream().filter(l -> !l.isBlank()).count());
        assertThat(stamps).hasSize(cleaned.size() - 5);
        // Every reading the per-type export holds (calibrated, flagged ones left out) came back.
        long flagged = 6;
        assertThat(readings).isEqualTo(Db.count(app.dataSource(), "SELECT count(*) FROM readings") - flagged);
    }

    @Test
    void aWindographerExportWritesTheStationsLocationAndTheMissingCodeAsked() throws Exception {
        Db.rows(app.dataSource(), "UPDATE sources SET latitude_ddeg = 53.5, longitude_ddeg = -8.25 RETURNING id");
        Path text = export(dir.resolve("wg/mast.txt"), new ExportFormat(ExportLayout.WINDOGRAPHER, "9999", null));
        List<String> lines = Files.readAllLines(text);
        assertThat(lines).contains("Latitude = N 53.500000", "Longitude = W 8.250000", "Missing data = 9999");
        String flaggedRow = lines.stream().filter(l -> l.startsWith("01/03/2024 02:00:00\t")).findFirst().orElseThrow();
        int direction = List.of(lines.stream().filter(l -> l.startsWith("Date/Time\t")).findFirst().orElseThrow()
                .split("\t")).indexOf("Direction 78m");
        assertThat(flaggedRow.split("\t")[direction]).isEqualTo("9999");
        // Our reader treats 9999 as missing by default, as Windographer's exports do.
        try (RowReader reader = new WindographerFormat().open(InputSource.of(text), ParseSettings.UTC)) {
            boolean flaggedRowRead = false;
            while (reader.next()) {
                if (reader.timestampMillis() == Instant.parse("2024-03-01T02:00:00Z").toEpochMilli()) {
                    assertThat(reader.value(direction - 1)).isNaN();
                    flaggedRowRead = true;
                }
            }
            assertThat(flaggedRowRead).isTrue();
        }
    }

    @Test
    void aTask43ExportNamesItsColumnsByTheGrammarAndItsHeaderMeetsTheFormatsSchema() throws Exception {
        Db.rows(app.dataSource(), "UPDATE sources SET latitude_ddeg = 53.5, longitude_ddeg = -8.25, "
                + "station_type = 'mast', serial = '4711' RETURNING id");
        Db.rows(app.dataSource(), "UPDATE sensors SET sensor_type = 'anemometer', serial_number = 'A-12 345' "
                + "WHERE name = 'WS_80m_Avg' RETURNING id");
        Path zip = export(dir.resolve("t43/mast.zip"), new ExportFormat(ExportLayout.TASK43, "", null));
        assertThat(ExportZips.entries(zip)).containsExactly("default_MAST01_Ten_Min.csv", "coverage.csv", "export.txt");
        List<String> lines = ExportZips.lines(zip, "default_MAST01_Ten_Min.csv");
        int end = lines.indexOf("}");
        JsonNode header = JSON.readTree(String.join("\n", lines.subList(0, end + 1)));
        assertThat(headerSchema().validate(header)).isEmpty();
        assertThat(header.get("latitude_ddeg").asDouble()).isEqualTo(53.5);
        assertThat(header.path("logger_main_config").get(0).get("averaging_period_minutes").asInt()).isEqualTo(10);
        assertThat(header.path("logger_main_config").get(0).get("timestamp_is_end_of_period").asBoolean()).isFalse();

        String[] names = lines.get(end + 1).split(",", -1);
        assertThat(names[0]).isEqualTo("timestamp");
        JsonNode wra = JSON.readTree(LayoutExportTest.class.getResourceAsStream("/task43/iea43_wra_data_model.schema.json"));
        Set<String> types = values(wra.at("/definitions/measurement_type/enum"));
        JsonNode point = wra.at("/properties/measurement_location/items/properties/measurement_point/items/properties");
        Set<String> statistics = values(point.at("/logger_measurement_config/items/properties/column_name/items"
                + "/properties/statistic_type_id/enum"));
        Set<String> sensorTypes = values(point.at("/sensor/items/properties/sensor_type_id/enum"));
        Set<String> units = values(point.at("/logger_measurement_config/items/properties/measurement_units_id/enum"));
        Set<String> unique = new HashSet<>();
        for (String name : List.of(names).subList(1, names.length)) {
            String[] parts = name.split("__", -1);
            assertThat(parts.length).as(name).isBetween(6, 7);
            assertThat(types).as(name).contains(parts[0]);
            assertThat(statistics).as(name).contains(parts[1]);
            assertThat(parts[2]).as(name).matches("null|-?\\d{3,}(\\.\\d+)?");
            assertThat(parts[3].equals("null") || sensorTypes.contains(parts[3])).as(name).isTrue();
            assertThat(parts[4]).as(name).isNotEmpty().doesNotContain(" ");
            assertThat(parts[5].equals("null") || units.contains(parts[5])).as(name).isTrue();
            assertThat(unique.add(name)).as(name).isTrue();
        }
        assertThat(names).contains("wind_speed__avg__080__anemometer__A-12_345__m/s", "wind_direction__avg__078__null__null__deg");
        String firstRow = lines.get(end + 2);
        assertThat(firstRow).startsWith("2024-03-01T00:00:00,");
        assertThat(firstRow.split(",", -1)).hasSize(names.length);
    }

    @Test
    void everyZipCarriesItsCoverage() throws Exception {
        for (ExportFormat format : List.of(ExportFormat.PER_TYPE, new ExportFormat(ExportLayout.TASK43, "", null),
                new ExportFormat(ExportLayout.WINDOGRAPHER, "", true))) {
            Path zip = export(dir.resolve(format.layout() + "/mast.zip"), format);
            List<String> coverage = ExportZips.lines(zip, "coverage.csv");
            assertThat(coverage.get(0)).isEqualTo("source,sensor,measurement_type,statistic,height_m,month,"
                    + "expected_intervals,valid_readings,coverage_pct");
            // Two whole days of 10-minute data in one month; the vane's hour-long flag window costs 6 intervals.
            assertThat(coverage).contains("default/MAST01/Ten_Min,WS_80m_Avg,wind_speed,avg,80,2024-03,288,288,100.00",
                    "default/MAST01/Ten_Min,WD_78m_Avg,wind_direction,avg,78,2024-03,288,282,97.92");
        }
    }

    private Path export(Path file, ExportFormat format) throws Exception {
        try (Connection connection = app.exportDataSource().getConnection()) {
            ExportResult result = new SourceExporter().export(connection, Sources.id(connection, ExportTest.MAST),
                    RangeRule.all(), file, format);
            assertThat(result.status()).isEqualTo(ExportResult.Status.EXPORTED);
            return result.zip();
        }
    }

    /** The per-type export's cells by timestamp, types side by side in file order; header lines by their label. */
    private static Map<String, List<String>> perTypeRows(Path zip) throws Exception {
        Map<String, List<String>> rows = new HashMap<>();
        for (String entry : ExportZips.entries(zip)) {
            if (!entry.endsWith(".csv") || entry.equals("coverage.csv")) {
                continue;
            }
            for (String line : ExportZips.lines(zip, entry)) {
                String[] cells = line.split(",", -1);
                rows.computeIfAbsent(cells[0], k -> new ArrayList<>()).addAll(List.of(cells).subList(1, cells.length));
            }
        }
        return rows;
    }

    private static Schema headerSchema() throws Exception {
        try (InputStream in = LayoutExportTest.class.getResourceAsStream("/task43/floating_lidar_file_format_header.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }

    private static Set<String> values(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
