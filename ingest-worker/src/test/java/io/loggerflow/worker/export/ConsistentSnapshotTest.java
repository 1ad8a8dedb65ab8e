package io.loggerflow.worker.export;

import io.loggerflow.exporter.ExportListener;
import io.loggerflow.exporter.ExportResult;
import io.loggerflow.exporter.ExportSource;
import io.loggerflow.exporter.RangeRule;
import io.loggerflow.exporter.SourceExporter;
import io.loggerflow.exporter.Sources;
import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.load.FileStatus;
import io.loggerflow.worker.load.ImportOutcome;
import io.loggerflow.worker.load.ImportRequest;
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
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export running while files are imported sees one consistent state: files committed after it began
 * (a correction of loaded values, a backfill needing a new partition or chunk) show in the next export only.
 */
class ConsistentSnapshotTest {
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
    void filesImportedDuringAnExportAppearOnlyInTheNextExport() throws Exception {
        load(Samples.DAY1);
        Path corrected = shifted(Samples.DAY1, "corrected.dat", "2024-03-01", "2024-03-01", true);
        Path backfill = shifted(Samples.DAY1, "backfill.dat", "2024-03-01", "2024-02-20", false);
        List<ImportOutcome> importedMeanwhile = new ArrayList<>();
        ExecutorService importer = Executors.newSingleThreadExecutor();
        // After the export's first file, import both files on other connections and wait until committed.
        ExportListener importWhileExporting = new ExportListener() {
            @Override
            public void fileWritten(ExportSource source, String file, long rows, long readings) {
                if (!importedMeanwhile.isEmpty()) {
                    return;
                }
                try {
                    for (Path path : List.of(corrected, backfill)) {
                        importedMeanwhile.add(importer.submit(() -> load(path)).get(60, TimeUnit.SECONDS));
                    }
                } catch (Exception e) {
                    throw new AssertionError("an import could not run during the export", e);
                }
            }
        };

        Path during = dir.resolve("during.zip");
        ExportResult first = export(importWhileExporting, during);
        importer.shutdown();

        assertThat(importedMeanwhile).extracting(ImportOutcome::status).containsOnly(FileStatus.LOADED);
        // wind_speed.csv is written after the imports committed, yet shows the state at the export's start.
        List<String> speed = ExportZips.lines(during, "wind_speed.csv");
        assertThat(speed).hasSize(5 + 144);
        assertThat(ExportZips.row(speed, "2024-03-01 00:00:00")[1])
                .isEqualTo(ExportTest.raw("2024-03-01 00:10:00", "WS_80m_Avg"));
        assertThat(first.range().from()).isEqualTo(java.time.Instant.parse("2024-03-01T00:00:00Z"));

        Path after = dir.resolve("after.zip");
        ExportResult second = export(ExportListener.NONE, after);
        List<String> speedAfter = ExportZips.lines(after, "wind_speed.csv");
        assertThat(speedAfter.get(5)).startsWith("2024-02-20 00:00:00,");
        assertThat(Double.parseDouble(ExportZips.row(speedAfter, "2024-03-01 00:00:00")[1]))
                .isEqualTo(Double.parseDouble(ExportTest.raw("2024-03-01 00:10:00", "WS_80m_Avg")) + 1.0);
        assertThat(second.source().dataVersion()).isEqualTo(first.source().dataVersion() + 2);
    }

    private ExportResult export(ExportListener listener, Path zip) throws Exception {
        try (Connection connection = app.exportDataSource().getConnection()) {
            return new SourceExporter(Clock.systemUTC(), 100, listener)
                    .export(connection, Sources.id(connection, ExportTest.MAST), RangeRule.all(), zip);
        }
    }

    private ImportOutcome load(Path file) throws Exception {
        return app.importService().importFile(new ImportRequest(file, false, "default", Optional.empty(),
                ZoneOffset.UTC, Optional.empty()));
    }

    /** A copy of a TOA5 day moved to another day, with WS_80m_Avg raised by 1 if asked. */
    private Path shifted(Path toa5, String name, String day, String newDay, boolean raiseSpeed) throws Exception {
        String nextDay = java.time.LocalDate.parse(day).plusDays(1).toString();
        String newNextDay = java.time.LocalDate.parse(newDay).plusDays(1).toString();
        List<String> lines = new ArrayList<>();
        List<String> original = Files.readAllLines(toa5);
        for (int i = 0; i < original.size(); i++) {
            String line = original.get(i).replace("\"" + nextDay + " 00:00:00\"", "\"" + newNextDay + " 00:00:00\"")
                    .replace("\"" + day + " ", "\"" + newDay + " ");
            if (i >= 4 && raiseSpeed) {
                String[] cells = line.split(",");
                cells[2] = String.valueOf(Double.parseDouble(cells[2]) + 1.0);
                line = String.join(",", cells);
            }
            lines.add(line);
        }
        return Files.write(dir.resolve(name), lines);
    }
}
