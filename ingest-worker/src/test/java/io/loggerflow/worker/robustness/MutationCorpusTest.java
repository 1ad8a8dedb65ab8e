package io.loggerflow.worker.robustness;

import io.loggerflow.parsers.SampleExpectations;
import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.load.FileStatus;
import io.loggerflow.worker.load.ImportOutcome;
import io.loggerflow.worker.load.ImportService;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A seeded corpus of damaged copies of every sample in {@code sample-data/} (as each folder's
 * {@code expected.tsv} declares them, read with their options file where they need one), each imported through
 * the worker's real import path ({@link ImportService}, in place, on the test database) into a site of its
 * own, so mutants never merge with each other. Each sample is first cut to its header and first
 * {@value #BASE_ROWS} rows (the base, itself imported once), then damaged by {@link Mutator}: truncated at a
 * random byte, one to three bits flipped (never creating or removing a line break in text), a row repeated, a
 * block of rows repeated, two rows swapped, a blank or a garbage line (TOB1: a zeroed or a random record)
 * inserted, a header line removed, and a few combinations of these.
 *
 * <p>For every mutant the import must end, within {@value #SECONDS_PER_FILE} s, in one of two ways:
 * <ul>
 *   <li><b>loaded</b>: the file's account covers every data row, {@code loaded + skipped = data rows of the
 *   file}, and every stored reading's value appears in the file;</li>
 *   <li><b>refused</b>: status failed, no reading stored for it, and a reason that starts with the file's name
 *   and names a line ({@code line N}; {@code record N} for TOB1) — or, for what concerns the file as a whole and
 *   has no line, says so: the file is empty, it ends inside its header (naming the missing header line), it
 *   has no data rows, its format is unknown, its interval cannot be told, the database cannot hold its
 *   content (a NUL byte in a column name). A reason reporting an unexpected exception ({@code unreadable (...)}) is a crash, not a refusal.</li>
 * </ul>
 * Nothing but an outcome may come back (no exception escapes the import service), and the service must go on
 * working: every next mutant is the next import, and a good file loads after the last.
 *
 * <p><b>Data rows of a mutant.</b> Text formats: the lines after the sample's header lines (those before its
 * first data row, less the header lines the mutant removed) that are not blank (whitespace only); a garbage
 * line and a truncated last line count. {@code generic-tidy}, whose rows are runs of lines with one timestamp:
 * each run of well-formed lines (the header's field count, a sensor, a number or missing marker as value)
 * with the same timestamp text, plus each line that is not well-formed. TOB1: the complete records after the
 * five header lines (less those removed), plus one for a partial record at the end; a zeroed or random
 * record counts.
 *
 * <p><b>Values that appear in the file.</b> For text, the sample's channels are mapped once to columns (the
 * columns whose cells equal the channel's values in every row of the intact sample, see {@link TextShape});
 * a stored (sensor, value) must equal, as a parsed number, a cell of that column on some line of the mutant
 * (tidy: a value cell on a line of that sensor). TOB1 values are decoded from the mutant's records at the
 * field's offset. When a mutant's damage renamed a channel (its stored sensors are not all the sample's),
 * its values need only equal some number anywhere in the mutant.
 *
 * <p>The account is read from {@code files}: {@code data_rows} counts the file's rows, loaded or left out,
 * and {@code skipped_rows} those left out (a repeated identical row is loaded, as one reading).
 */
class MutationCorpusTest {
    static final long SEED = Long.getLong("loggerflow.corpus.seed", 20241201L);
    static final int BASE_ROWS = 16;
    static final int SECONDS_PER_FILE = 10;
    private static final Pattern NAMES_A_LINE = Pattern.compile("\\b(line|record)s? [1-9][0-9]*");
    private static final List<String> WHOLE_FILE_REASONS = List.of("the file is empty", "no data rows",
            "unknown format", "interval", "the file ends inside the",
            // a header key that is missing altogether (WindCube "ID System="): no line holds it
            "the header has no",
            // content PostgreSQL cannot hold (a NUL byte in a name): refused whole by design, see ImportServiceTest
            "the database refused its content");

    private static final String OF_MUTANT = "r.sensor_id IN (SELECT s.id FROM sensors s JOIN sources o "
            + "ON o.id = s.source_id WHERE o.site = ?)";

    /**
     * Formats whose samples this corpus has no mutation shape for yet (it mutates text lines and TOB1 records),
     * each with where its damaged input is tested instead.
     */
    static final Map<String, String> NOT_MUTATED_YET = Map.of(
            "tob3", "binary frames; damaged frames in parsers' Tob3RingAndCorruptionTest",
            "csixml", "XML elements, not lines; broken XML in parsers' CsixmlFormatTest",
            "campbell-mixed-array", "several arrays per file sharing one content hash; parsers' MixedArrayFormatTest");

    @TempDir
    Path dir;

    @Test
    void theFormatsLeftOutAreRegisteredFormats() {
        // a stale entry would leave a format out for nothing; a new format without a shape fails the corpus
        // itself (its sample cannot be mapped), so it must be given a shape or be named above
        assertThat(io.loggerflow.parsers.FormatRegistry.standard().formats().stream()
                .map(io.loggerflow.parsers.LoggerFormat::name).toList()).containsAll(NOT_MUTATED_YET.keySet());
    }

    @Test
    void everyMutantLoadsWithAFullAccountOrIsRefusedWithFileAndLine() throws Exception {
        List<SampleShape> shapes = SampleExpectations.all().stream()
                .filter(sample -> !NOT_MUTATED_YET.containsKey(sample.format())).map(MutationCorpusTest::shape).toList();
        Mutator mutator = new Mutator(SEED);
        List<Mutant> corpus = new ArrayList<>();
        for (SampleShape shape : shapes) {
            corpus.addAll(mutator.mutants(shape));
        }
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(500);

        List<String> problems = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, Long> millisPerSample = new java.util.LinkedHashMap<>();
        long started = System.nanoTime();
        try (Loggerflow app = Loggerflow.open(TestWorker.settings(TestPostgres.freshDatabase(), dir.resolve("data"),
                Map.of()))) {
            ImportService service = app.importService();
            for (Mutant mutant : corpus) {
                SampleShape shape = shapes.stream().filter(s -> s.sample().name().equals(mutant.sample())).findFirst()
                        .orElseThrow();
                long start = System.nanoTime();
                String problem = judge(app, service, shape, mutant, outcomes);
                millisPerSample.merge(mutant.sample(), (System.nanoTime() - start) / 1_000_000, Long::sum);
                if (problem != null) {
                    problems.add(mutant.describe(SEED) + ": " + problem);
                    keep(mutant, shape);
                }
            }
            // the first sample's base once more, a blank line longer (the same content would be a duplicate)
            byte[] good = shapes.get(0).base().bytes();
            byte[] longer = java.util.Arrays.copyOf(good, good.length + 1);
            longer[good.length] = '\n';
            Path after = write(0, shapes.get(0), longer);
            assertThat(SampleImports.importAs(service, after, "after", shapes.get(0).sample()).status())
                    .as("a good file after the corpus").isEqualTo(FileStatus.LOADED);
        }
        System.err.printf("[mutation corpus] seed %d: %d mutants of %d samples in %.1f s: %s; %d problems; ms per sample: %s%n",
                SEED, corpus.size(), shapes.size(), (System.nanoTime() - started) / 1e9, outcomes, problems.size(),
                millisPerSample);
        assertThat(problems).as("mutants that broke the import's contract (seed " + SEED + ", "
                + problems.size() + " of " + corpus.size() + ")").isEmpty();
    }

    /** Each mutant has a site of its own, so its readings are those of the site's sensors (found by index). */
    private static String site(Mutant mutant) {
        return "m" + mutant.id();
    }

    private static SampleShape shape(SampleExpectations.Sample sample) {
        return sample.format().equals("tob1") ? new Tob1Shape(sample, BASE_ROWS) : TextShape.of(sample, BASE_ROWS);
    }

    /** The import's outcome against the contract; null when it holds. */
    private String judge(Loggerflow app, ImportService service, SampleShape shape, Mutant mutant,
                         Map<String, Integer> outcomes) throws Exception {
        Path file = write(mutant.id(), shape, mutant.bytes());
        ImportOutcome outcome;
        try {
            outcome = assertTimeoutPreemptively(Duration.ofSeconds(SECONDS_PER_FILE),
                    () -> SampleImports.importAs(service, file, site(mutant), shape.sample()));
        } catch (AssertionFailedError timeout) {
            outcomes.merge("hung", 1, Integer::sum);
            return "no outcome within " + SECONDS_PER_FILE + " s";
        } catch (Exception e) {
            outcomes.merge("escaped", 1, Integer::sum);
            return "exception escaped the import: " + e;
        }
        outcomes.merge(outcome.status().dbValue(), 1, Integer::sum);
        return switch (outcome.status()) {
            case LOADED -> checkLoaded(app, shape, mutant, outcome);
            case FAILED -> checkRefused(app, mutant, outcome, file);
            default -> "unexpected status " + outcome.status() + " (" + outcome.reason() + ")";
        };
    }

    private static String checkLoaded(Loggerflow app, SampleShape shape, Mutant mutant, ImportOutcome outcome) {
        Map<String, Object> account = Db.rows(app.dataSource(), "SELECT data_rows, coalesce(skipped_rows, 0) AS skipped, "
                + "reason FROM files WHERE id = ?", outcome.fileId()).get(0);
        long dataRows = shape.dataRows(mutant);
        long read = ((Number) account.get("data_rows")).longValue();
        long skipped = ((Number) account.get("skipped")).longValue();
        long loaded = read - skipped;
        List<String> problems = new ArrayList<>();
        if (loaded + skipped != dataRows) {
            problems.add("loaded " + loaded + " + skipped " + skipped + " rows, but the file has " + dataRows
                    + " data rows (reason: " + account.get("reason") + ")");
        }
        List<Map<String, Object>> readings = Db.rows(app.dataSource(), "SELECT s.name, r.value FROM readings r "
                + "JOIN sensors s ON s.id = r.sensor_id WHERE " + OF_MUTANT, site(mutant));
        boolean sameChannels = readings.stream().allMatch(r -> shape.channels().contains((String) r.get("name")));
        FileValues values = shape.values(mutant);
        List<String> foreign = new ArrayList<>();
        for (Map<String, Object> reading : readings) {
            String name = (String) reading.get("name");
            double value = (Double) reading.get("value");
            if (sameChannels ? !values.inColumn(name, value) : !values.anywhere(value)) {
                foreign.add(name + "=" + value);
            }
        }
        if (!foreign.isEmpty()) {
            problems.add(foreign.size() + " stored values appear nowhere in " + (sameChannels ? "their column of " : "")
                    + "the file, e.g. " + foreign.subList(0, Math.min(5, foreign.size())));
        }
        return problems.isEmpty() ? null : "loaded, but " + String.join("; ", problems);
    }

    private static String checkRefused(Loggerflow app, Mutant mutant, ImportOutcome outcome, Path file) {
        String reason = outcome.reason() == null ? "" : outcome.reason();
        long stored = Db.count(app.dataSource(), "SELECT count(*) FROM readings r WHERE " + OF_MUTANT, site(mutant));
        if (stored > 0) {
            return "refused, yet " + stored + " readings of it are stored";
        }
        if (reason.contains("unreadable (")) {
            return "crashed: " + reason;
        }
        if (!reason.startsWith(file.getFileName().toString())) {
            return "refused with a reason that does not start with the file's name: " + reason;
        }
        if (!NAMES_A_LINE.matcher(reason).find() && WHOLE_FILE_REASONS.stream().noneMatch(reason::contains)) {
            return "refused with a reason that names no line: " + reason;
        }
        return null;
    }

    /** With {@code -Dloggerflow.corpus.keep=DIR}, a mutant that broke the contract is kept there to look at. */
    private static void keep(Mutant mutant, SampleShape shape) throws java.io.IOException {
        String keep = System.getProperty("loggerflow.corpus.keep");
        if (keep != null) {
            Path folder = Files.createDirectories(Path.of(keep).resolve("m" + mutant.id()));
            Files.write(folder.resolve(shape.sample().file().getFileName().toString()), mutant.bytes());
        }
    }

    /** The mutant under the sample's own file name (some formats take the logger or table from it). */
    private Path write(int id, SampleShape shape, byte[] bytes) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("m" + id));
        return Files.write(folder.resolve(shape.sample().file().getFileName().toString()), bytes);
    }
}
