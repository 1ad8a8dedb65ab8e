package io.loggerflow.bench;

import io.loggerflow.bench.generate.FileFormat;
import io.loggerflow.bench.generate.GeneratorSpec;
import io.loggerflow.bench.generate.LoadGenerator;
import io.loggerflow.bench.generate.Packing;
import io.loggerflow.worker.db.ConnectionInfo;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.testing.Db;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A tiny benchmark end to end: every phase handles the same readings as the generator wrote. */
class BenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void everyPhaseCountsTheGeneratedReadings() throws Exception {
        ConnectionInfo db = TestPostgres.freshDatabase();
        GeneratorSpec spec = new GeneratorSpec(2, 3, 20, LocalDate.of(2023, 12, 20), 7, FileFormat.TOA5,
                Packing.ZIP_PER_MONTH, 0.01, "bench");
        long generated = new LoadGenerator().generate(spec, dir.resolve("check")).readings();
        StringWriter progress = new StringWriter();

        BenchReport report = new Benchmark(TestWorker.settings(db, dir.resolve("data"), Map.of()),
                new PrintWriter(progress)).run(new BenchPlan(spec, dir.resolve("work"), true), "test");

        assertThat(report.phase(Benchmark.BASELINE).readings()).isEqualTo(generated);
        assertThat(report.phase(Benchmark.BINARY_COPY).readings()).isEqualTo(generated);
        assertThat(report.phase(Benchmark.INGEST).readings()).isEqualTo(generated);
        // The first two days again as first generated: every reading merges, none changes.
        long firstTwoDays = new LoadGenerator().generate(new GeneratorSpec(2, 3, 2, LocalDate.of(2023, 12, 20), 7,
                FileFormat.TOA5, Packing.ZIP_PER_MONTH, 0.01, "bench"), dir.resolve("check-identical")).readings();
        assertThat(report.phase(Benchmark.IDENTICAL).readings()).isEqualTo(firstTwoDays);
        assertThat(report.dataFiles()).isEqualTo(2 * 20); // a day file per mast and day, in monthly archives
        // The re-sent first two days of both masts: every cell present (the originals missed some), every value re-measured.
        assertThat(report.phase(Benchmark.REINGEST).readings()).isEqualTo(2 * 2 * 144 * 3 * 4); // 2 masts x 2 days x 144 rows x 3 sensors x 4 statistics
        try (Loggerflow app = Loggerflow.open(TestWorker.settings(db, dir.resolve("data"), Map.of()))) {
            long stored = Db.count(app.dataSource(), "SELECT count(*) FROM readings");
            long mastOne = Db.count(app.dataSource(), "SELECT count(*) FROM readings r JOIN sensors s "
                    + "ON s.id = r.sensor_id WHERE s.source_id = (SELECT id FROM sources ORDER BY logger LIMIT 1)");
            assertThat(stored).isGreaterThan(generated);
            assertThat(report.phase(Benchmark.EXPORT).readings()).isEqualTo(mastOne);
            // the flags removed some readings; the cleaning is gone again (the clean-up would fail otherwise)
            assertThat(report.phase(Benchmark.CLEANED_EXPORT).readings()).isPositive().isLessThan(mastOne);
            assertThat(report.phase(Benchmark.EXPORT_AGAIN).readings()).isEqualTo(mastOne);
            assertThat(Db.count(app.dataSource(), "SELECT count(*) FROM flags")
                    + Db.count(app.dataSource(), "SELECT count(*) FROM calibrations")).isZero();
        }
        assertThat(report.phases()).allMatch(phase -> phase.seconds() > 0 && phase.peakHeapBytes() > 0);
        StringWriter table = new StringWriter();
        report.print(new PrintWriter(table));
        assertThat(table.toString()).contains("| phase | readings | seconds | readings/s | vs baseline | peak heap MB |",
                "| " + Benchmark.BASELINE + " | " + String.format("%,d", generated) + " |",
                "per-file fixed cost: ", "cleaned export vs uncleaned: ", "re-send vs the ingest's readings/s: changed ");
        assertThat(table.toString()).containsPattern(report.database().contains("TimescaleDB")
                ? "storage: [0-9.]+ B/reading after ingest, [0-9.]+ after merge, [0-9.]+ after compaction, floor [0-9.]+\n"
                : "storage: [0-9.]+ B/reading after ingest, [0-9.]+ after merge\n");
        assertThat(report.storage().afterIngest()).isPositive();
        if (report.database().contains("TimescaleDB")) {
            assertThat(report.phase(Benchmark.COMPACTION).readings()).isBetween(0L, stored(db));
        } else {
            assertThat(report.phases()).noneMatch(phase -> phase.phase().equals(Benchmark.COMPACTION));
        }
    }

    private long stored(ConnectionInfo db) throws Exception {
        try (Loggerflow app = Loggerflow.open(TestWorker.settings(db, dir.resolve("data"), Map.of()))) {
            return Db.count(app.dataSource(), "SELECT count(*) FROM readings");
        }
    }

    @Test
    void withoutKeepLeavesTheDatabaseAsItFoundIt() throws Exception {
        ConnectionInfo db = TestPostgres.freshDatabase();
        GeneratorSpec spec = new GeneratorSpec(2, 2, 3, LocalDate.of(2024, 1, 1), 3, FileFormat.TOA5,
                Packing.ZIP_PER_MONTH, 0.01, "bench");

        BenchReport report = new Benchmark(TestWorker.settings(db, dir.resolve("data"), Map.of()),
                new PrintWriter(new StringWriter())).run(new BenchPlan(spec, dir.resolve("work"), false), "test");

        assertThat(report.phase(Benchmark.INGEST).readings()).isPositive();
        try (Loggerflow app = Loggerflow.open(TestWorker.settings(db, dir.resolve("data"), Map.of()))) {
            for (String table : new String[] {"readings", "files", "sensors", "sources"}) {
                assertThat(Db.count(app.dataSource(), "SELECT count(*) FROM " + table)).as(table).isZero();
            }
        }
    }

    @Test
    void refusesADatabaseThatHoldsData() throws Exception {
        ConnectionInfo db = TestPostgres.freshDatabase();
        GeneratorSpec spec = new GeneratorSpec(1, 1, 1, LocalDate.of(2024, 1, 1), 1, FileFormat.TOA5, Packing.NONE,
                0, "bench");
        new Benchmark(TestWorker.settings(db, dir.resolve("data"), Map.of()), new PrintWriter(new StringWriter()))
                .run(new BenchPlan(spec, dir.resolve("first"), true), "test");
        long stored;
        try (Loggerflow app = Loggerflow.open(TestWorker.settings(db, dir.resolve("data"), Map.of()))) {
            stored = Db.count(app.dataSource(), "SELECT count(*) FROM readings");
        }

        assertThatThrownBy(() -> new Benchmark(TestWorker.settings(db, dir.resolve("data"), Map.of()),
                new PrintWriter(new StringWriter())).run(new BenchPlan(spec, dir.resolve("second"), false), "test"))
                .hasMessageContaining("needs an empty loggerflow database");
        try (Loggerflow app = Loggerflow.open(TestWorker.settings(db, dir.resolve("data"), Map.of()))) {
            assertThat(Db.count(app.dataSource(), "SELECT count(*) FROM readings")).isEqualTo(stored).isPositive();
        }
    }
}
