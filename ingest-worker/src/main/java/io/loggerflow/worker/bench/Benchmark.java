package io.loggerflow.worker.bench;

import io.loggerflow.exporter.ExportResult;
import io.loggerflow.exporter.RangeRule;
import io.loggerflow.exporter.SourceExporter;
import io.loggerflow.exporter.SourceSelection;
import io.loggerflow.exporter.Sources;
import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.bench.generate.GenerationResult;
import io.loggerflow.worker.bench.generate.LoadGenerator;
import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.db.Schema;
import io.loggerflow.worker.db.Sql;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Measures, on one database and in one run: a raw COPY of the readings (the baseline), the real ingest of
 * the same readings as zipped logger files through JobRunr jobs, a re-sent tenth of them (the merge path),
 * and the export of one whole source. Each phase runs in a freshly opened process state so the JobRunr
 * server's first poll starts the work.
 */
public final class Benchmark {
    /** The baseline: the tidy readings as text, one COPY stream. */
    public static final String BASELINE = "baseline: raw COPY of the tidy CSV, 1 stream";
    /** The same in the binary format the loader writes: the tighter limit. */
    public static final String BINARY_COPY = "raw binary COPY, 1 stream";
    public static final String INGEST = "ingest: import jobs";
    public static final String REINGEST = "re-ingest: 10 % re-sent";
    public static final String EXPORT = "export: 1 source, zip per type";

    private final Settings settings;
    private final PrintWriter progress;

    public Benchmark(Settings settings, PrintWriter progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public BenchReport run(BenchPlan plan, String scaleName) throws Exception {
        Path work = plan.workDir();
        Files.createDirectories(work);
        LoadGenerator generator = new LoadGenerator();
        long generateStart = System.nanoTime();
        GenerationResult files = generator.generate(plan.spec(), work.resolve("files"));
        GenerationResult resent = generator.generate(plan.resent(), work.resolve("resent"));
        Path tidy = work.resolve("readings.csv");
        generator.writeTidyCsv(plan.spec(), tidy);
        BaselineCopy.Prepared baselineRows = BaselineCopy.prepare(tidy, work.resolve("readings.copy"),
                work.resolve("readings.bin"));
        Files.delete(tidy);
        String generated = String.format(Locale.ROOT, "%d %s files (%s), %.1f MB, %,d readings; re-sent %d files; "
                        + "%.1f s", files.files().size(), plan.spec().format().name().toLowerCase(Locale.ROOT),
                plan.spec().packing(), files.megabytes(), files.readings(), resent.files().size(), seconds(generateStart));
        progress.println("generated: " + generated);

        List<PhaseResult> phases = new ArrayList<>();
        String machine;
        String database;
        double bytesPerReading;
        try (Loggerflow app = Loggerflow.open(settings)) {
            requireEmpty(app);
            machine = machine();
            database = database(app);
            boolean directCompress = Schema.directCompressCopy(app.dataSource());
            for (boolean binary : new boolean[] {false, true}) {
                HeapPeak.reset();
                long start = System.nanoTime();
                long copied = BaselineCopy.copy(app.dataSource(), baselineRows, binary, directCompress);
                phases.add(report(new PhaseResult(binary ? BINARY_COPY : BASELINE, copied, seconds(start),
                        HeapPeak.bytes())));
                BaselineCopy.truncate(app.dataSource());
            }
        }
        Files.delete(baselineRows.textFile());
        Files.delete(baselineRows.binaryFile());

        phases.add(report(ingest(INGEST, files.files(), false)));
        phases.add(report(ingest(REINGEST, resent.files(), true)));
        try (Loggerflow app = Loggerflow.open(settings)) {
            phases.add(report(export(app, work.resolve("export"))));
            bytesPerReading = storageBytesPerReading(app);
            if (!plan.keepData()) {
                try (Connection connection = app.dataSource().getConnection();
                     Statement statement = connection.createStatement()) {
                    statement.execute(Sql.load("bench/cleanup.sql"));
                }
            }
        }
        return new BenchReport(scaleName, machine + ", " + settings.workers() + " import workers", database, generated,
                phases, bytesPerReading);
    }

    private PhaseResult report(PhaseResult result) {
        progress.println(String.format(Locale.ROOT, "%s: %,d readings in %.1f s", result.phase(), result.readings(),
                result.seconds()));
        return result;
    }

    /** Enqueues the files as import jobs, starts the workers and waits for the last file. */
    private PhaseResult ingest(String name, List<Path> inputs, boolean merge) throws Exception {
        try (Loggerflow app = Loggerflow.open(settings)) {
            HeapPeak.reset();
            long start = System.nanoTime();
            List<UUID> jobs = new ArrayList<>();
            for (Path file : inputs) {
                jobs.add(app.enqueueImport(file, false, Optional.empty(), null, null, null));
            }
            app.startWorkers();
            awaitFiles(app, jobs);
            double seconds = seconds(start);
            long[] loaded = loaded(app, jobs);
            if (merge && loaded[1] + loaded[2] == 0) {
                throw new IllegalStateException("the re-sent files changed nothing: the merge path was not measured");
            }
            return new PhaseResult(name, loaded[0], seconds, HeapPeak.bytes());
        }
    }

    private PhaseResult export(Loggerflow app, Path folder) throws Exception {
        try (Connection connection = app.exportDataSource().getConnection()) {
            int sourceId = Sources.matching(connection, SourceSelection.ALL).get(0);
            HeapPeak.reset();
            long start = System.nanoTime();
            ExportResult result = new SourceExporter().export(connection, sourceId, RangeRule.all(),
                    folder.resolve("export.zip"));
            return new PhaseResult(EXPORT, result.readings(), seconds(start),
                    HeapPeak.bytes());
        }
    }

    /** Waits until every job's file is recorded as finished; fails on a failed file or job, or after a day. */
    private static void awaitFiles(Loggerflow app, List<UUID> jobs) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofDays(1).toNanos();
        for (int poll = 0; System.nanoTime() < deadline; poll++) {
            try (Connection connection = app.dataSource().getConnection();
                 PreparedStatement statement = connection.prepareStatement(Sql.load("bench/jobs_done.sql"))) {
                statement.setArray(1, uuids(connection, jobs));
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    if (rs.getLong(2) > 0) {
                        throw new IllegalStateException("benchmark files failed to load: " + rs.getString(3));
                    }
                    if (rs.getLong(1) >= jobs.size()) {
                        return;
                    }
                }
            }
            if (poll % 50 == 49) { // every 5 s: a job JobRunr gave up on never writes its file's row
                for (UUID job : jobs) {
                    if (app.jobs().state(job).orElse(null) == org.jobrunr.jobs.states.StateName.FAILED) {
                        throw new IllegalStateException("import job " + job + " failed: "
                                + app.jobs().failureMessage(job).orElse("see the dashboard"));
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the import jobs did not finish within a day");
    }

    /** Readings in the jobs' data files, and how many were inserted / updated. */
    private static long[] loaded(Loggerflow app, List<UUID> jobs) throws SQLException {
        try (Connection connection = app.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(Sql.load("bench/members_loaded.sql"))) {
            statement.setArray(1, uuids(connection, jobs));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
            }
        }
    }

    private static Array uuids(Connection connection, List<UUID> ids) throws SQLException {
        return connection.createArrayOf("uuid", ids.toArray());
    }

    private static void requireEmpty(Loggerflow app) throws SQLException {
        try (Connection connection = app.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(Sql.load("bench/is_empty.sql"))) {
            rs.next();
            if (!rs.getBoolean(1)) {
                throw new IllegalStateException("the benchmark needs an empty loggerflow database: this one holds "
                        + "sources or readings (point LOGGERFLOW_DB_URL at a scratch database, or leave it unset "
                        + "for an embedded one in the bench folder)");
            }
        }
    }

    private static String machine() {
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.ROOT, "%d cores, Java %s, max heap %d MB", runtime.availableProcessors(),
                Runtime.version(), runtime.maxMemory() / 1048576);
    }

    private static String database(Loggerflow app) throws SQLException {
        try (Connection connection = app.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(Sql.load("bench/machine.sql"))) {
            rs.next();
            String timescale = rs.getString(2);
            return "PostgreSQL " + rs.getString(1) + (timescale == null
                    ? ", readings in native monthly partitions with a primary key"
                    : ", TimescaleDB " + timescale + ", readings in a compressed hypertable"
                    + (Schema.directCompressCopy(app.dataSource()) ? " (direct-to-compressed COPY)" : ""));
        }
    }

    private static double storageBytesPerReading(Loggerflow app) throws SQLException {
        String sql = app.storage() == Schema.Storage.TIMESCALEDB_HYPERTABLE
                ? "bench/storage_bytes_hypertable.sql" : "bench/storage_bytes_partitions.sql";
        try (Connection connection = app.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            long bytes;
            try (ResultSet rs = statement.executeQuery(Sql.load(sql))) {
                rs.next();
                bytes = rs.getLong(1);
            }
            try (ResultSet rs = statement.executeQuery(Sql.load("bench/count_readings.sql"))) {
                rs.next();
                long readings = rs.getLong(1);
                return readings == 0 ? 0 : (double) bytes / readings;
            }
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
