package io.loggerflow.worker.cli;

import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import io.loggerflow.worker.testing.Toa5Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import} of a backfill on a non-terminal: plain progress lines on the error stream, the table as before. */
class ImportProgressTest {
    private static final Pattern LINE = Pattern.compile(
            "import: (\\d+)/50 files, (\\d+) readings \\(\\d+ readings/s\\)(, ETA \\d\\d:\\d\\d:\\d\\d|, done in \\d\\d:\\d\\d:\\d\\d)?");

    @TempDir
    Path dir;

    @Test
    void fiftyFilesPrintGrowingProgressLinesEndingWithAllDoneAndQuietPrintsNone() throws Exception {
        Settings settings = TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.of());
        List<String> args = new ArrayList<>(List.of("import", "--progress-every", "PT0.2S"));
        for (int day = 0; day < 50; day++) {
            Path file = dir.resolve("backfill").resolve("MAST50_" + day + ".dat");
            Files.createDirectories(file.getParent());
            // 6 rows of 2 channels: 12 readings a file
            Toa5Files.write(file, "MAST50", LocalDateTime.of(2024, 1, 1, 0, 10).plusDays(day), 6, 2);
            args.add(file.toString());
        }

        Run run = run(settings, args);

        assertThat(run.code).as(run.err).isZero();
        List<Matcher> lines = run.err.lines().map(LINE::matcher).filter(Matcher::matches).toList();
        assertThat(lines).as(run.err).hasSizeGreaterThanOrEqualTo(2);
        long previous = -1;
        for (Matcher line : lines) {
            long done = Long.parseLong(line.group(1));
            assertThat(done).as(run.err).isGreaterThanOrEqualTo(previous);
            assertThat(Long.parseLong(line.group(2))).isEqualTo(12 * done);
            previous = done;
        }
        Matcher last = lines.get(lines.size() - 1);
        assertThat(last.group(0)).startsWith("import: 50/50 files, 600 readings").contains(", done in ");
        // the table is on standard output, untouched by progress
        assertThat(run.out.lines().filter(l -> l.matches(".*MAST50_\\d+\\.dat\\s+loaded\\s+12\\s+0 .*"))).hasSize(50);
        assertThat(run.out).doesNotContain("import:");

        List<String> quiet = new ArrayList<>(args);
        quiet.add(1, "--quiet");
        Run again = run(settings, quiet);
        assertThat(again.code).isZero();
        assertThat(again.err).doesNotContain("import:");
        assertThat(again.out.lines().filter(l -> l.contains(" duplicate "))).hasSize(50);

        Run export = run(settings, List.of("export", "--all", "--out", dir.resolve("exports").toString()));
        assertThat(export.code).as(export.err).isZero();
        // one source of 600 readings; on a non-terminal the line per CSV stays on standard output
        assertThat(export.err.lines().filter(l -> l.startsWith("export: ")).reduce((a, b) -> b)).hasValueSatisfying(
                l -> assertThat(l).matches("export: 1/1 sources, 600 readings \\(\\d+ readings/s\\), done in \\d\\d:\\d\\d:\\d\\d"));
        assertThat(export.out).containsPattern("default/MAST50/Ten_Min wind_speed.csv: \\d+ rows, 600 readings");
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(Settings settings, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LoggerflowCli.execute(() -> settings, new PrintWriter(out, true), new PrintWriter(err, true),
                args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }
}
