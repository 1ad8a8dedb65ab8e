package io.loggerflow.worker.robustness;

import io.loggerflow.parsers.FormatRegistry;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.SampleExpectations;
import io.loggerflow.parsers.SampleExpectations.Sample;
import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.load.FileStatus;
import io.loggerflow.worker.load.ImportOutcome;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sample imported whole through the worker stores exactly the file's cells: per sensor the number of
 * readings and their sum equal the {@code channel} lines of the folder's {@code expected.tsv} (which count
 * and sum the non-missing cells of each column), no other sensor stores anything, and the first and last
 * stored timestamps are the {@code rows} line's first and last stamps shifted as documented: stamps that
 * mark the END of the interval (the Campbell formats and WindCube — both generations, see parsers/README.md)
 * are stored one interval earlier, at the interval's start; START formats as written. The interval is the one
 * the file's header states (TOB3's table interval), else the sample's step: the shortest step between its
 * rows that is not zero (those samples are gapless tables; a long-format file such as Wind Iris has several
 * rows per stamp).
 */
class SampleValuesTest {
    /** Formats whose stamps mark the end of the averaging interval. */
    static final Set<String> END_STAMPED = Set.of("toa5", "tob1", "tob3", "toaci1", "csixml", "campbell-mixed-array",
            "windcube-sta", "windiris-average", "kintech-wnd");
    private static final double SUM_TOLERANCE = 1e-9;

    @TempDir
    static Path dir;
    private static Loggerflow app;
    private static final AtomicInteger SITES = new AtomicInteger();

    @BeforeAll
    static void open() {
        app = Loggerflow.open(TestWorker.settings(TestPostgres.freshDatabase(), dir.resolve("data"), Map.of()));
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @TestFactory
    Stream<DynamicTest> everySampleStoresItsCellsAtTheDocumentedStamps() {
        return SampleExpectations.all().stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> check(s)));
    }

    private void check(Sample sample) throws Exception {
        String site = "values" + SITES.incrementAndGet();
        ImportOutcome outcome = SampleImports.importAs(app.importService(), sample.file(), site, sample);
        assertThat(outcome.status()).as(sample.name() + ": " + outcome.reason()).isEqualTo(FileStatus.LOADED);

        long expectedReadings = 0;
        List<String> wrong = new ArrayList<>();
        for (String line : sample.expectedLines()) {
            String[] f = line.split("\t", -1);
            if (!f[0].equals("channel")) {
                continue;
            }
            long count = Long.parseLong(f[2]);
            double sum = Double.parseDouble(f[3]);
            expectedReadings += count;
            Map<String, Object> stored = Db.rows(app.dataSource(), "SELECT count(r.value) AS n, coalesce(sum(r.value), 0) AS total "
                    + "FROM sensors s JOIN sources o ON o.id = s.source_id LEFT JOIN readings r ON r.sensor_id = s.id "
                    + "WHERE o.site = ? AND s.name = ?", site, f[1]).get(0);
            long n = ((Number) stored.get("n")).longValue();
            double total = ((Number) stored.get("total")).doubleValue();
            if (n != count || Math.abs(total - sum) > SUM_TOLERANCE * Math.max(1, Math.abs(sum))) {
                wrong.add(f[1] + ": stored " + n + " readings summing to " + total + ", the file has " + count
                        + " summing to " + sum);
            }
        }
        assertThat(wrong).as(sample.name() + ": sensors whose stored readings differ from the file's cells").isEmpty();
        assertThat(Db.count(app.dataSource(), "SELECT count(*) FROM readings r JOIN sensors s ON s.id = r.sensor_id "
                + "JOIN sources o ON o.id = s.source_id WHERE o.site = ?", site))
                .as(sample.name() + ": readings stored in all (no sensor beyond the file's channels)")
                .isEqualTo(expectedReadings);

        String[] rows = sample.expectedLines().stream().filter(l -> l.startsWith("rows\t")).findFirst().orElseThrow()
                .split("\t");
        Instant first = Instant.parse(rows[2]);
        Instant last = Instant.parse(rows[3]);
        Duration step = statedInterval(sample).orElse(shortestStep(sample));
        Duration shift = END_STAMPED.contains(sample.format()) ? step : Duration.ZERO;
        Map<String, Object> range = Db.rows(app.dataSource(), "SELECT min(r.ts) AS first, max(r.ts) AS last FROM readings r "
                + "JOIN sensors s ON s.id = r.sensor_id JOIN sources o ON o.id = s.source_id WHERE o.site = ?", site).get(0);
        assertThat(List.of(instant(range.get("first")), instant(range.get("last"))))
                .as(sample.name() + ": first and last stored stamps (file's stamps " + first + " .. " + last + ", "
                        + (shift.isZero() ? "stored as written" : "END-stamped: stored " + shift + " earlier") + ")")
                .containsExactly(first.minus(shift), last.minus(shift));
    }

    /** The interval the file's header states, read as the format declares the sample. */
    private static Optional<Duration> statedInterval(Sample sample) throws IOException {
        LoggerFormat format = FormatRegistry.standard().require(sample.format());
        try (RowReader reader = format.open(InputSource.of(sample.file()),
                new ParseSettings(ZoneOffset.UTC, sample.options()))) {
            return reader.interval();
        }
    }

    /** The shortest step between consecutive rows that is not zero. */
    private static Duration shortestStep(Sample sample) throws IOException {
        LoggerFormat format = FormatRegistry.standard().require(sample.format());
        long shortest = Long.MAX_VALUE;
        try (RowReader reader = format.open(InputSource.of(sample.file()),
                new ParseSettings(ZoneOffset.UTC, sample.options()))) {
            long previous = Long.MIN_VALUE;
            while (reader.next()) {
                long step = reader.timestampMillis() - previous;
                if (previous != Long.MIN_VALUE && step > 0) {
                    shortest = Math.min(shortest, step);
                }
                previous = reader.timestampMillis();
            }
        }
        return Duration.ofMillis(shortest);
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime odt ? odt.toInstant() : ((java.sql.Timestamp) value).toInstant();
    }
}
