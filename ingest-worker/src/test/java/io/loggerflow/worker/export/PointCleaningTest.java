package io.loggerflow.worker.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.loggerflow.exporter.Actor;
import io.loggerflow.exporter.Calibration;
import io.loggerflow.exporter.Calibrations;
import io.loggerflow.exporter.ExportResult;
import io.loggerflow.exporter.Flag;
import io.loggerflow.exporter.Flags;
import io.loggerflow.exporter.MeasurementPoint;
import io.loggerflow.exporter.MeasurementPoints;
import io.loggerflow.exporter.PointCalibration;
import io.loggerflow.exporter.RangeRule;
import io.loggerflow.exporter.SourceExporter;
import io.loggerflow.exporter.SourceKey;
import io.loggerflow.exporter.SqlResources;
import io.loggerflow.exporter.Sources;
import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.load.FileStatus;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.ExportZips;
import io.loggerflow.worker.testing.TestImports;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cleaning per measurement point, with values computed by hand: a certificate re-calibration of an
 * anemometer point, a vane's direction offset and a flag on a point.
 */
class PointCleaningTest {
    static final SourceKey MAST = new SourceKey("default", "M1", "Ten_Min");
    private static final Actor ANALYST = new Actor("ana", "MEASNET certificate 2024-117");

    /**
     * Four 10-minute rows, stamped at their ends (stored at 00:00 .. 00:30). The anemometer's stored values are
     * v = 0.765 f + 0.35 of round frequencies (avg f = 10, max f = 14, min f = 6): 8.0, 11.06, 4.94; its sd is
     * 0.765 (f: 1.0) and its ti 0.765 / 8 = 0.095625.
     */
    private static final String FILE = """
            "TOA5","M1","CR1000X","1","os","prog","1","Ten_Min"
            "TIMESTAMP","RECORD","WS_80m_Avg","WS_80m_Std","WS_80m_Max","WS_80m_Min","WS_80m_TI","WD_78m_Avg","WD_78m_Std","WD_78m_Max","WD_78m_Min"
            "TS","RN","m/s","m/s","m/s","m/s","","deg","deg","deg","deg"
            "","","Avg","Std","Max","Min","","Avg","Std","Max","Min"
            "2024-03-01 00:10:00",0,8.0,0.765,11.06,4.94,0.095625,350,5,355,345
            "2024-03-01 00:20:00",1,8.0,0.765,11.06,4.94,0.095625,100,4,110,90
            "2024-03-01 00:30:00",2,8.0,0.765,11.06,4.94,0.095625,200,3,210,190
            "2024-03-01 00:40:00",3,8.0,0.765,11.06,4.94,0.095625,340,2,359,335
            """;

    @TempDir
    Path dir;

    private Loggerflow app;

    @BeforeEach
    void open() throws Exception {
        app = Loggerflow.open(TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.of()));
        Path file = Files.writeString(dir.resolve("M1_Ten_Min.dat"), FILE);
        assertThat(TestImports.importFile(app, file).status()).isEqualTo(FileStatus.LOADED);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theColumnsOfOneInstrumentFormOnePointNamedByTheirStem() throws Exception {
        try (Connection connection = app.dataSource().getConnection()) {
            assertThat(MeasurementPoints.list(connection, MAST))
                    .extracting(MeasurementPoint::name, MeasurementPoint::measurementType, MeasurementPoint::heightM,
                            MeasurementPoint::derived, MeasurementPoint::sensors)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("WS_80m", "wind_speed", 80.0, true,
                                    List.of("WS_80m_Avg:avg", "WS_80m_Std:sd", "WS_80m_Max:max", "WS_80m_Min:min",
                                            "WS_80m_TI:ti")),
                            org.assertj.core.groups.Tuple.tuple("WD_78m", "wind_direction", 78.0, true,
                                    List.of("WD_78m_Avg:avg", "WD_78m_Std:sd", "WD_78m_Max:max", "WD_78m_Min:min")));
        }
        // A derived point is no one's change: nothing is recorded until someone edits it.
        assertThat(Db.count(app.dataSource(), "SELECT count(*) FROM cleaning_changes")).isZero();
    }

    @Test
    void aPointIsNamedByTheColumnsStemWhateverTheLoggersNamingStyle() {
        Map<String, String> stems = new java.util.LinkedHashMap<>();
        stems.put("WS_80m_Avg|avg", "WS_80m");
        stems.put("WS_80m_Gust|gust", "WS_80m");
        stems.put("WS_80m_TI|ti", "WS_80m");
        stems.put("Ch1_Anem_80.00m_N_SD|sd", "Ch1_Anem_80.00m_N");
        stems.put("Speed 80 m N Std. Dev.|sd", "Speed 80 m N");
        stems.put("Spd80mNStd|sd", "Spd80mN");
        stems.put("Spd80mNMax|max", "Spd80mN");
        stems.put("BattV_Min|min", "BattV");
        stems.put("RH_2m|avg", "RH_2m");
        stems.put("Avg|avg", "Avg");
        stems.put("PTemp_C_Smp|", "PTemp_C_Smp");
        stems.forEach((nameAndStatistic, stem) -> {
            String[] parts = nameAndStatistic.split("\\|", -1);
            assertThat(Db.single(app.dataSource(), "SELECT loggerflow_point_stem(?, ?)", parts[0],
                    parts[1].isEmpty() ? null : parts[1])).as(nameAndStatistic).isEqualTo(stem);
        });
    }

    @Test
    void aPointCalibrationMapsAvgMinMaxScalesSdAndRecomputesTiFromItsDateOn() throws Exception {
        try (Connection connection = app.dataSource().getConnection()) {
            Calibrations.add(connection, PointCalibration.linear(MAST, "WS_80m", Instant.parse("2024-03-01T00:10:00Z"),
                    null, 0.7598, 0.2802, 0.765, 0.35), ANALYST);
        }
        Path zip = export();
        List<String> speed = ExportZips.lines(zip, "wind_speed.csv");
        assertThat(speed.get(0)).isEqualTo("timestamp_utc,WS_80m_Avg,WS_80m_Std,WS_80m_Max,WS_80m_Min,WS_80m_TI");
        // Before the calibration's date: as stored.
        assertThat(ExportZips.row(speed, "2024-03-01 00:00:00"))
                .containsExactly("2024-03-01 00:00:00", "8", "0.765", "11.06", "4.94", "0.095625");
        // From it on: avg/max/min = 0.7598 f + 0.2802 (f = 10, 14, 6): 7.8782, 10.9174, 4.839;
        // sd = 0.765 * 0.7598 / 0.765 = 0.7598; ti = 0.7598 / 7.8782 = 0.0964433...
        for (String stamp : List.of("2024-03-01 00:10:00", "2024-03-01 00:20:00", "2024-03-01 00:30:00")) {
            assertThat(ExportZips.row(speed, stamp))
                    .containsExactly(stamp, "7.8782", "0.7598", "10.9174", "4.839", "0.096443");
        }
    }

    @Test
    void aVaneOffsetTurnsAvgMinMaxModulo360AndLeavesSdAlone() throws Exception {
        try (Connection connection = app.dataSource().getConnection()) {
            Calibrations.add(connection, PointCalibration.directionOffset(MAST, "WD_78m",
                    Instant.parse("2024-03-01T00:00:00Z"), null, 20), new Actor("ana", "boom at 20 deg"));
        }
        List<String> direction = ExportZips.lines(export(), "wind_direction.csv");
        assertThat(ExportZips.row(direction, "2024-03-01 00:00:00"))
                .containsExactly("2024-03-01 00:00:00", "10", "5", "15", "5");
        assertThat(ExportZips.row(direction, "2024-03-01 00:10:00"))
                .containsExactly("2024-03-01 00:10:00", "120", "4", "130", "110");
        // 340 + 20 is 0, not 360; 359 + 20 is 19.
        assertThat(ExportZips.row(direction, "2024-03-01 00:30:00"))
                .containsExactly("2024-03-01 00:30:00", "0", "2", "19", "355");
    }

    @Test
    void aLinearCalibrationOfADirectionIsRefusedWithTheOffsetAsTheWayOut() throws Exception {
        try (Connection connection = app.dataSource().getConnection()) {
            assertThatThrownBy(() -> Calibrations.add(connection, PointCalibration.linear(MAST, "WD_78m",
                    Instant.parse("2024-03-01T00:00:00Z"), null, 1.0, 20, null, null), ANALYST))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("WD_78m is a wind direction").hasMessageContaining("--direction-offset");
            assertThatThrownBy(() -> Calibrations.add(connection, Calibration.of(MAST, "WD_78m_Avg",
                    Instant.parse("2024-03-01T00:00:00Z"), null, 1.0, 20, null, null), ANALYST))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("WD_78m_Avg is a wind direction").hasMessageContaining("modulo 360");
            assertThatThrownBy(() -> Calibrations.add(connection, PointCalibration.directionOffset(MAST, "WS_80m",
                    Instant.parse("2024-03-01T00:00:00Z"), null, 20), ANALYST))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("a direction offset applies to a wind direction, and WS_80m is a wind_speed");
        }
        assertThat(Db.count(app.dataSource(), "SELECT count(*) FROM calibrations")).isZero();
    }

    @Test
    void aPointCalibrationAndAColumnCalibrationOfOneOfItsColumnsMayNotOverlap() throws Exception {
        try (Connection connection = app.dataSource().getConnection()) {
            Calibrations.add(connection, PointCalibration.linear(MAST, "WS_80m", Instant.parse("2024-03-01T00:10:00Z"),
                    Instant.parse("2024-03-01T00:30:00Z"), 0.7598, 0.2802, 0.765, 0.35), ANALYST);
            assertThatThrownBy(() -> Calibrations.add(connection, Calibration.of(MAST, "WS_80m_Std",
                    Instant.parse("2024-03-01T00:20:00Z"), null, 1.0, 0.0, null, null), ANALYST))
                    .isInstanceOf(SQLException.class).hasMessageContaining("overlaps");
            // After the point's period: allowed, and an sd column calibrated alone takes the scale only.
            Calibrations.add(connection, Calibration.of(MAST, "WS_80m_Std", Instant.parse("2024-03-01T00:30:00Z"),
                    null, 2.0, 0.5, null, null), ANALYST);
        }
        List<String> speed = ExportZips.lines(export(), "wind_speed.csv");
        assertThat(ExportZips.row(speed, "2024-03-01 00:20:00")[2]).isEqualTo("0.7598");
        assertThat(ExportZips.row(speed, "2024-03-01 00:30:00"))
                .containsExactly("2024-03-01 00:30:00", "8", "1.53", "11.06", "4.94", "0.095625");
    }

    @Test
    void aFlagOnAPointRemovesItsAvgSdMinMaxOfThatWindowOnlyAndExportTxtSaysHowMany() throws Exception {
        try (Connection connection = app.dataSource().getConnection()) {
            Flags.add(connection, Flag.ofPoint(MAST, "WD_78m", Instant.parse("2024-03-01T00:10:00Z"),
                    Instant.parse("2024-03-01T00:20:00Z")), new Actor("ana", "vane iced"));
        }
        Path zip = export();
        List<String> direction = ExportZips.lines(zip, "wind_direction.csv");
        assertThat(ExportZips.row(direction, "2024-03-01 00:00:00"))
                .containsExactly("2024-03-01 00:00:00", "350", "5", "355", "345");
        assertThat(ExportZips.row(direction, "2024-03-01 00:10:00"))
                .containsExactly("2024-03-01 00:10:00", "", "", "", "");
        assertThat(ExportZips.row(direction, "2024-03-01 00:20:00"))
                .containsExactly("2024-03-01 00:20:00", "200", "3", "210", "190");
        // The anemometer is not part of the vane's point.
        assertThat(ExportZips.row(ExportZips.lines(zip, "wind_speed.csv"), "2024-03-01 00:10:00"))
                .containsExactly("2024-03-01 00:10:00", "8", "0.765", "11.06", "4.94", "0.095625");
        int flagId = ((Number) Db.single(app.dataSource(), "SELECT id FROM flags")).intValue();
        assertThat(ExportZips.lines(zip, "export.txt")).contains("flag_windows_applied: 1",
                "flag " + flagId + ": point WD_78m, 2024-03-01T00:10:00Z to 2024-03-01T00:20:00Z, vane iced: "
                        + "4 readings removed");
    }

    @Test
    void editingAPointAndMovingASensorAreRecorded() throws Exception {
        try (Connection connection = app.dataSource().getConnection()) {
            MeasurementPoints.edit(connection, MAST, "WD_78m", MeasurementPoint.of(MAST, null, null, null, 225.0),
                    new Actor("ana", "boom orientation from the site visit"));
            MeasurementPoints.create(connection, MeasurementPoint.of(MAST, "TI_80m", "wind_speed", 80.0, null),
                    new Actor("ana", "TI logged as a channel of its own"));
            MeasurementPoints.assign(connection, MAST, "WS_80m_TI", "TI_80m", new Actor("bob", "own point"));
            assertThat(MeasurementPoints.list(connection, MAST))
                    .filteredOn(p -> p.name().equals("WD_78m")).singleElement()
                    .satisfies(p -> {
                        assertThat(p.orientationDeg()).isEqualTo(225.0);
                        assertThat(p.derived()).isFalse();
                        assertThat(p.changedBy()).isEqualTo("ana");
                    });
        }
        assertThat(Db.rows(app.dataSource(), "SELECT table_name, action, changed_by, reason FROM cleaning_changes "
                + "ORDER BY id")).extracting(row -> row.values().stream().map(String::valueOf).toList())
                .containsExactly(
                        List.of("measurement_points", "update", "ana", "boom orientation from the site visit"),
                        List.of("measurement_points", "insert", "ana", "TI logged as a channel of its own"),
                        List.of("sensors", "update", "bob", "own point"));
    }

    @Test
    void cleanedSlicesStreamInTheSamePlanAsUncleanedOnes() throws Exception {
        try (Connection connection = app.exportDataSource().getConnection()) {
            Object[] speed = Db.rows(app.dataSource(), "SELECT id FROM sensors WHERE name LIKE 'WS%' ORDER BY id")
                    .stream().map(row -> row.get("id")).toArray();
            Timestamp from = Timestamp.from(Instant.parse("2024-03-01T00:00:00Z"));
            Timestamp to = Timestamp.from(Instant.parse("2024-03-02T00:00:00Z"));
            // a cleaned slice asks for fewer sensors (a flagged one left out) plus a ti's average (flagged or
            // not); the values are mapped by the exporter, so the query and its plan are the uncleaned ones
            Object[] cleanedSlice = java.util.Arrays.copyOfRange(speed, 1, speed.length);
            List<String> uncleaned = mainPlanNodes(connection, "readings", connection.createArrayOf("integer", speed),
                    from, to);
            List<String> cleaned = mainPlanNodes(connection, "readings",
                    connection.createArrayOf("integer", cleanedSlice), from, to);
            assertThat(uncleaned).contains("Sort").doesNotContain("Nested Loop", "Hash Join", "Merge Join");
            assertThat(cleaned).isEqualTo(uncleaned);
        }
    }

    /**
     * The node types of a query's plan that produce its rows, outermost first: init plans and sub plans (the
     * cleaning's lookups) are left out, and so are wrappers that keep their input's order.
     */
    private static List<String> mainPlanNodes(Connection connection, String query, Object... parameters)
            throws Exception {
        try (PreparedStatement statement = connection.prepareStatement("EXPLAIN (FORMAT JSON) "
                + SqlResources.load("io/loggerflow/exporter/sql/" + query + ".sql"))) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                List<String> nodes = new ArrayList<>();
                collect(new ObjectMapper().readTree(rs.getString(1)).get(0).get("Plan"), nodes);
                return nodes;
            }
        }
    }

    private static void collect(JsonNode plan, List<String> nodes) {
        String type = plan.get("Node Type").asText();
        if (!List.of("Subquery Scan", "Result").contains(type)) {
            nodes.add(type);
        }
        for (JsonNode child : plan.path("Plans")) {
            if (!List.of("InitPlan", "SubPlan").contains(child.path("Parent Relationship").asText())) {
                collect(child, nodes);
            }
        }
    }

    private Path export() throws Exception {
        Path zip = dir.resolve("out/m1.zip");
        try (Connection connection = app.exportDataSource().getConnection()) {
            ExportResult result = new SourceExporter().export(connection, Sources.id(connection, MAST),
                    RangeRule.all(), zip);
            assertThat(result.status()).isEqualTo(ExportResult.Status.EXPORTED);
        }
        return zip;
    }
}
