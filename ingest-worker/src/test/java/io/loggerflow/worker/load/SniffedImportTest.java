package io.loggerflow.worker.load;

import io.loggerflow.parsers.SampleExpectations;
import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.config.BadRows;
import io.loggerflow.worker.config.FolderSettings;
import io.loggerflow.worker.status.StatusQueries;
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
import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A CSV of unknown origin loads through generic-sniffed, and the layout it established is kept with the file. */
class SniffedImportTest {
    private static final Path MET_MAST = SampleExpectations.root().resolve("sniffed-met-mast/MastM2_export_2024-03-12.csv");
    private static final Path SEMICOLON = SampleExpectations.root().resolve("sniffed-semicolon/Logger7_2024-03-14.csv");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

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
    void aMetMastExportLoadsWithItsSiteZoneGuessedMetadataAndRecordedLayout() throws Exception {
        ImportOutcome outcome = load(MET_MAST, folder(Map.of(), true));

        assertThat(outcome.status()).as(outcome.reason()).isEqualTo(FileStatus.LOADED);
        assertThat(outcome.readings()).isEqualTo(47 + 47 + 48 + 47 + 48);
        assertThat(Db.rows(data, "SELECT site, logger, format FROM sources"))
                .containsExactly(Map.of("site", "north-ridge", "logger", "MastM2_export", "format", "generic-sniffed"));
        assertThat(Db.rows(data, "SELECT measurement_type, statistic, height_m, task43_unit FROM sensors WHERE name = ?",
                "WS_80m_Avg")).containsExactly(nullable("wind_speed", "avg", 80.0, null));
        assertThat(Db.rows(data, "SELECT measurement_type, statistic, height_m, task43_unit, unit FROM sensors"
                + " WHERE name = ?", "Temp 2m [°C]")).singleElement().satisfies(row -> {
                    assertThat(row).containsEntry("measurement_type", "air_temperature").containsEntry("height_m", 2.0)
                            .containsEntry("task43_unit", "deg_C").containsEntry("unit", "°C");
                });
        Map<String, Object> ws = Db.rows(data, "SELECT count(*) AS n, sum(value) AS total, min(ts) AS first"
                + " FROM readings r JOIN sensors s ON s.id = r.sensor_id WHERE s.name = 'WS_80m_Avg'").get(0);
        assertThat(ws.get("n")).isEqualTo(47L);
        assertThat((Double) ws.get("total")).isCloseTo(351.01, within(1e-6));
        // 12/03/2024 18:00 on a clock in Berlin (UTC+1)
        assertThat(((java.sql.Timestamp) ws.get("first")).toInstant()).isEqualTo(Instant.parse("2024-03-12T17:00:00Z"));

        String layout = (String) Db.single(data, "SELECT layout FROM files WHERE id = ?", outcome.fileId());
        assertThat(layout).contains("encoding UTF-8 with BOM", "delimiter ','",
                "timestamp 'Date/Time' as dd/MM/yyyy HH:mm (day first: '13/03/2024 00:00')",
                "zone Europe/Berlin (the folder's timezone)", "metadata guessed from the column names");
        try (Connection connection = data.getConnection()) {
            assertThat(new StatusQueries(connection).sniffedLayouts(Optional.empty(), 20))
                    .containsExactly(new StatusQueries.FileLayout(outcome.fileId(), MET_MAST.toString(), layout));
        }
    }

    @Test
    void aTextColumnIsLeftOutAndListedWithTheSource() throws Exception {
        ImportOutcome outcome = load(SEMICOLON, folder(Map.of(), true));

        assertThat(outcome.status()).as(outcome.reason()).isEqualTo(FileStatus.LOADED);
        assertThat(Db.rows(data, "SELECT name, reason FROM source_skipped_columns"))
                .containsExactly(Map.of("name", "Compass", "reason", "text column"));
        assertThat(Db.count(data, "SELECT count(*) FROM sensors")).isEqualTo(4);
        assertThat((Double) Db.single(data, "SELECT sum(value) FROM readings r JOIN sensors s ON s.id = r.sensor_id"
                + " WHERE s.name = 'Press [hPa]'")).isCloseTo(30342.0, within(1e-6));
    }

    @Test
    void anAmbiguousFileIsRefusedWithTheOptionToSetAndLoadsOnceItIsSet() throws Exception {
        Path file = Files.writeString(dir.resolve("Mast9_2024-04-03.csv"),
                "Date/Time,WS_80m_Avg\n03/04/2024 00:00,7.5\n03/04/2024 00:10,7.7\n");

        ImportOutcome refused = load(file, folder(Map.of(), true));

        assertThat(refused.status()).isEqualTo(FileStatus.FAILED);
        assertThat(refused.reason()).startsWith("Mast9_2024-04-03.csv, line 2, column Date/Time: generic-sniffed:"
                + " the day/month order").contains("set option timestamp-pattern");
        assertThat(Db.single(data, "SELECT layout FROM files WHERE id = ?", refused.fileId())).isNull();

        ImportOutcome loaded = load(file, folder(Map.of("timestamp-pattern", "dd/MM/yyyy HH:mm"), true));

        assertThat(loaded.status()).as(loaded.reason()).isEqualTo(FileStatus.LOADED);
        assertThat(((java.sql.Timestamp) Db.single(data, "SELECT min(ts) FROM readings")).toInstant())
                .isEqualTo(Instant.parse("2024-04-02T22:00:00Z")); // 3 April 00:00 in Berlin, summer time
        assertThat((String) Db.single(data, "SELECT layout FROM files WHERE id = ?", loaded.fileId()))
                .contains("as dd/MM/yyyy HH:mm (option timestamp-pattern)");
    }

    @Test
    void aFolderWithSniffOffRefusesWhatNoOtherFormatRecognises() throws Exception {
        ImportOutcome outcome = load(MET_MAST, folder(Map.of(), false));

        assertThat(outcome.status()).isEqualTo(FileStatus.FAILED);
        assertThat(outcome.reason()).contains("unknown format").doesNotContain("generic-sniffed");
        assertThat(Db.count(data, "SELECT count(*) FROM readings")).isZero();
    }

    private static FolderSettings folder(Map<String, String> options, boolean sniff) {
        return new FolderSettings("north-ridge", Optional.empty(), BERLIN, Optional.empty(), options, BadRows.DEFAULT,
                sniff);
    }

    private static Map<String, Object> nullable(String type, String statistic, Double height, String unit) {
        Map<String, Object> row = new HashMap<>();
        row.put("measurement_type", type);
        row.put("statistic", statistic);
        row.put("height_m", height);
        row.put("task43_unit", unit);
        return row;
    }

    private ImportOutcome load(Path file, FolderSettings folder) throws Exception {
        return app.importService().importFile(new ImportRequest(file, false, folder, Optional.empty()));
    }
}
