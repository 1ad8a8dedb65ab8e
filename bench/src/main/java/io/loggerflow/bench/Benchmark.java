package io.loggerflow.bench;

import io.loggerflow.bench.generate.GenerationResult;
import io.loggerflow.bench.generate.LoadGenerator;
import io.loggerflow.exporter.ExportResult;
import io.loggerflow.exporter.RangeRule;
import io.loggerflow.exporter.SourceExporter;
import io.loggerflow.exporter.SourceSelection;
import io.loggerflow.exporter.Sources;
import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.compaction.ChunkCompaction;
import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.jobs.ImportResults;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Measures, on one database and in one run: a raw COPY of the readings (the baseline), the real ingest of
 * the same readings as zipped logger files through JobRunr jobs, a re-sent tenth of them (the merge path),
 * and the export of one whole source. Each phase runs in a freshly opened process state so the JobRunr
 * server's first poll starts the work. Loggerflow is driven as a user's code would drive it (open, enqueue,
 * await); the benchmark's own SQL runs on a {@link BenchDatabase} connection and removes only its own rows
 * ({@link OwnRows}).
 */
public final class Benchmark {
    /** The baseline: the tidy readings as text, one COPY stream. */
    public static final String BASELINE = "baseline: raw COPY of the tidy CSV, 1 stream";
    /** The same in the binary format the loader writes: the tighter limit. */
    public static final String BINARY_COPY = "raw binary COPY, 1 stream";
    /** Not a measure: the JIT's work done before the timed ingest, its rows removed again ({@link BenchPlan#warmUp}). */
    public static final String WARM_UP = "warm-up: import jobs of other loggers, removed after";
    public static final String INGEST = "ingest: import jobs";
    /** The first tenth again, values unchanged: the merge finds nothing to write. */
    public static final String IDENTICAL = "re-send: 10 % identical";
    public static final String REINGEST = "re-send: 10 % changed";
    /** TimescaleDB: the settled chunks compressed again in full batches, every chunk counting as settled. */
    public static final String COMPACTION = "compaction of settled chunks";
    public static final String EXPORT = "export: 1 source, zip per type";
    /** The same export with the source's calibrations and flags applied ({@link BenchCleaning}). */
    public static final String CLEANED_EXPORT = "export cleaned: 3 point calibrations, 14 flags";
    /** The uncleaned export again, alternating with the cleaned one: the cleaned export's reference. */
    public static final String EXPORT_AGAIN = "export uncleaned, alternating with cleaned";

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
        List<Path> identical = LineEndings.toLf(generator.generate(plan.identical(), work.resolve("identical")).files());
        GenerationResult resent = generator.generate(plan.resent(), work.resolve("resent"));
        List<Path> warmUp = new ArrayList<>(generator.generate(plan.warmUp(), work.resolve("warm-up")).files());
        List<Path> warmUpIdentical = LineEndings.toLf(generator.generate(plan.warmUpResent(false),
                work.resolve("warm-up").resolve("identical")).files());
        List<Path> warmUpChanged = generator.generate(plan.warmUpResent(true),
                work.resolve("warm-up").resolve("resent")).files();
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
        BenchDatabase.Kind kind = baselines(baselineRows, phases);
        Files.delete(baselineRows.textFile());
        Files.delete(baselineRows.binaryFile());

        phases.add(report(warmUp(warmUp, warmUpIdentical, warmUpChanged)));
        List<UUID> jobs = new ArrayList<>();
        Ingested ingested = ingest(INGEST, files.files(), plan.spec().site(), Merge.NONE, jobs);
        phases.add(report(ingested.phase()));
        double afterIngest = storage(kind);
        phases.add(report(ingest(IDENTICAL, identical, plan.spec().site(), Merge.NOTHING_CHANGES, jobs).phase()));
        phases.add(report(ingest(REINGEST, resent.files(), plan.spec().site(), Merge.CHANGES, jobs).phase()));
        StorageFigures storage;
        try (Loggerflow app = Loggerflow.open(settings); BenchDatabase db = BenchDatabase.connect(app.connectionInfo())) {
            double afterMerge = db.storageBytesPerReading(kind);
            double afterCompaction = Double.NaN;
            if (kind.hypertable()) { // after the re-sends: corrections of recent days meet day-sized batches
                phases.add(report(compaction(db.connection())));
                afterCompaction = db.storageBytesPerReading(kind);
            }
            ExportResult uncleaned = export(db.connection(), plan.spec().site(), work.resolve("export"), phases);
            cleanedExport(db.connection(), uncleaned, work.resolve("export"), phases);
            double floor = Double.NaN;
            if (kind.hypertable()) { // untimed: what every chunk takes once fully compressed by compress_chunk
                db.compressEveryChunkFully();
                floor = db.storageBytesPerReading(kind);
            }
            storage = new StorageFigures(afterIngest, afterMerge, afterCompaction, floor);
            if (!plan.keepData()) {
                new OwnRows(db).removeLoadedBy(jobs);
            }
        }
        return new BenchReport(scaleName, machine() + ", " + settings.workers() + " import workers", kind.describe(),
                generated, phases, ingested.dataFiles(), storage);
    }

    /**
     * Loads the warm-up files the way the ingest does, re-sends a tenth of them identical and changed (the merge
     * path), then removes them all: the database is empty again, as the baselines left it, and the JVM has
     * compiled the import path; the phase's line is the first load's (on 2 cores its compiler threads took half
     * a core through the first half minute of a cold ingest).
     */
    private PhaseResult warmUp(List<Path> files, List<Path> identical, List<Path> changed) throws Exception {
        List<UUID> jobs = new ArrayList<>();
        PhaseResult phase = ingest(WARM_UP, files, BenchPlan.WARM_UP_SITE, Merge.NONE, jobs).phase();
        ingest(WARM_UP, identical, BenchPlan.WARM_UP_SITE, Merge.NOTHING_CHANGES, jobs);
        ingest(WARM_UP, changed, BenchPlan.WARM_UP_SITE, Merge.CHANGES, jobs);
        try (Loggerflow app = Loggerflow.open(settings); BenchDatabase db = BenchDatabase.connect(app.connectionInfo())) {
            new OwnRows(db).removeLoadedBy(jobs);
            db.requireEmpty();
        }
        return phase;
    }

    /**
     * The nightly compaction run at once, with no chunk held back as recently loaded (settled after 0 hours):
     * its readings are those of the chunks it rewrote.
     */
    private PhaseResult compaction(Connection connection) throws Exception {
        HeapPeak.reset();
        long start = System.nanoTime();
        ChunkCompaction.Outcome outcome = new ChunkCompaction(Duration.ZERO).run(connection, false);
        long readings = outcome.chunks().stream().filter(chunk -> chunk.after().isPresent())
                .mapToLong(chunk -> chunk.before().readings()).sum();
        return new PhaseResult(COMPACTION, readings, seconds(start), HeapPeak.bytes());
    }

    private double storage(BenchDatabase.Kind kind) throws Exception {
        try (Loggerflow app = Loggerflow.open(settings); BenchDatabase db = BenchDatabase.connect(app.connectionInfo())) {
            return db.storageBytesPerReading(kind);
        }
    }

    /** What an ingest phase must find the merge did. */
    private enum Merge { NONE, NOTHING_CHANGES, CHANGES }

    /** @param dataFiles the data files loaded (archive members, or the files themselves) */
    private record Ingested(PhaseResult phase, long dataFiles) {
    }

    /**
     * On the empty database (refused otherwise): the text and the binary COPY, each removed again before the
     * next phase. Returns what the database is.
     */
    private BenchDatabase.Kind baselines(BaselineCopy.Prepared rows, List<PhaseResult> phases) throws Exception {
        try (Loggerflow app = Loggerflow.open(settings); BenchDatabase db = BenchDatabase.connect(app.connectionInfo())) {
            db.requireEmpty();
            BenchDatabase.Kind kind = db.kind();
            for (boolean binary : new boolean[] {false, true}) {
                HeapPeak.reset();
                long start = System.nanoTime();
                long copied = BaselineCopy.copy(db, rows, binary, kind.directCompressCopy());
                phases.add(report(new PhaseResult(binary ? BINARY_COPY : BASELINE, copied, seconds(start),
                        HeapPeak.bytes())));
                if (!new OwnRows(db).removeBaseline()) {
                    throw new IllegalStateException("someone else wrote readings during the baseline: the "
                            + "benchmark removed its own rows and stopped");
                }
            }
            return kind;
        }
    }

    private PhaseResult report(PhaseResult result) {
        progress.println(String.format(Locale.ROOT, "%s: %,d readings in %.1f s", result.phase(), result.readings(),
                result.seconds()));
        return result;
    }

    /**
     * Imports the files for the site the way the {@code import} command does: enqueued as import jobs, the
     * workers started, every job awaited. Adds the jobs to {@code allJobs}.
     */
    private Ingested ingest(String name, List<Path> inputs, String site, Merge merge, List<UUID> allJobs)
            throws Exception {
        try (Loggerflow app = Loggerflow.open(settings)) {
            HeapPeak.reset();
            long start = System.nanoTime();
            List<UUID> jobs = app.enqueueImports(inputs, site, null, null);
            allJobs.addAll(jobs);
            app.startWorkers(); // after enqueuing, so the first poll finds the jobs
            for (int i = 0; i < jobs.size(); i++) {
                ImportResults.Result result = app.awaitImport(jobs.get(i), Duration.ofDays(1));
                if (result.failed()) {
                    throw new IllegalStateException("benchmark file " + inputs.get(i).getFileName() + " did not load: "
                            + result.status() + " " + result.detail());
                }
            }
            // a merge's recompression follows its job: part of the phase's work, so part of its time
            if (!app.awaitRecompressions(Duration.ofDays(1))) {
                throw new IllegalStateException("the recompressions after the merges did not finish");
            }
            double seconds = seconds(start);
            long[] loaded;
            try (BenchDatabase db = BenchDatabase.connect(app.connectionInfo())) {
                loaded = db.loaded(jobs);
            }
            if (merge == Merge.CHANGES && loaded[1] + loaded[2] == 0) {
                throw new IllegalStateException("the re-sent files changed nothing: the merge path was not measured");
            }
            if (merge == Merge.NOTHING_CHANGES && loaded[1] + loaded[2] != 0) {
                throw new IllegalStateException("the identical re-send changed " + (loaded[1] + loaded[2]) + " readings");
            }
            return new Ingested(new PhaseResult(name, loaded[0], seconds, HeapPeak.bytes()), loaded[3]);
        }
    }

    /** The exporter library on a plain connection, as the {@code export} command uses it: the site's first source. */
    private ExportResult export(Connection connection, String site, Path folder, List<PhaseResult> phases)
            throws Exception {
        int sourceId = Sources.matching(connection, SourceSelection.site(site)).get(0);
        HeapPeak.reset();
        long start = System.nanoTime();
        ExportResult result = new SourceExporter().export(connection, sourceId, RangeRule.all(),
                folder.resolve("export.zip"));
        phases.add(report(new PhaseResult(EXPORT, result.readings(), seconds(start), HeapPeak.bytes())));
        return result;
    }

    /**
     * The same export with {@link BenchCleaning}'s calibrations and flags on the source, removed afterwards;
     * not measured when the mast is too small to carry them. Cleaned and uncleaned exports alternate, twice
     * each, after the {@link #EXPORT} phase has warmed the JVM and the cache; each phase keeps its faster run
     * (the machine is shared: the faster run is the one less disturbed).
     */
    private void cleanedExport(Connection connection, ExportResult uncleaned, Path folder, List<PhaseResult> phases)
            throws Exception {
        Optional<BenchCleaning> added = BenchCleaning.add(connection, uncleaned.source().key(),
                uncleaned.range().from(), uncleaned.range().to());
        if (added.isEmpty()) {
            progress.println(CLEANED_EXPORT + ": not measured (the mast has fewer than two anemometers or no vane)");
            return;
        }
        BenchCleaning cleaning = added.get();
        PhaseResult cleaned = null;
        PhaseResult again = null;
        try {
            for (int run = 0; run < 2; run++) {
                cleaned = faster(cleaned, timedExport(connection, uncleaned.source().id(), CLEANED_EXPORT,
                        folder.resolve("export-cleaned.zip")));
                cleaning.remove(connection);
                again = faster(again, timedExport(connection, uncleaned.source().id(), EXPORT_AGAIN,
                        folder.resolve("export-again.zip")));
                if (run == 0) {
                    cleaning = BenchCleaning.add(connection, uncleaned.source().key(), uncleaned.range().from(),
                            uncleaned.range().to()).orElseThrow();
                }
            }
            cleaning = null;
        } finally {
            if (cleaning != null) {
                cleaning.remove(connection);
            }
        }
        phases.add(report(cleaned));
        phases.add(report(again));
    }

    private static PhaseResult timedExport(Connection connection, int sourceId, String phase, Path zip)
            throws Exception {
        HeapPeak.reset();
        long start = System.nanoTime();
        ExportResult result = new SourceExporter().export(connection, sourceId, RangeRule.all(), zip);
        return new PhaseResult(phase, result.readings(), seconds(start), HeapPeak.bytes());
    }

    private static PhaseResult faster(PhaseResult best, PhaseResult run) {
        return best == null || run.seconds() < best.seconds() ? run : best;
    }

    private static String machine() {
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.ROOT, "%d cores, Java %s, max heap %d MB", runtime.availableProcessors(),
                Runtime.version(), runtime.maxMemory() / 1048576);
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
