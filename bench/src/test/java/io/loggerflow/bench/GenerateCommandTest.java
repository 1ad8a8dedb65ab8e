package io.loggerflow.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code generate} needs neither database nor settings. */
class GenerateCommandTest {
    @TempDir
    Path dir;

    private record Result(int code, String output) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        int code = BenchCli.execute(() -> {
            throw new AssertionError("generate must not read the settings");
        }, new PrintWriter(out, true), args);
        return new Result(code, out.toString());
    }

    @Test
    void writesFilesAndTidyCsvAndSummarises() throws IOException {
        Result result = run("generate", "--loggers", "2", "--sensors", "6", "--days", "3",
                "--format", "nrg", "--zip", "per-month", "--seed", "42", "--out", dir.resolve("out").toString(),
                "--tidy", dir.resolve("tidy.csv").toString());

        assertThat(result.code()).as(result.output()).isZero();
        assertThat(result.output()).containsPattern("2 files, 864 rows, (\\d+) readings, [0-9.]+ MB in ");
        String readings = result.output().replaceAll("(?s).*864 rows, (\\d+) readings.*", "$1");
        assertThat(result.output()).contains("tidy CSV " + dir.resolve("tidy.csv") + ": " + readings + " readings");
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("000001_2019-01_meas.zip", "000002_2019-01_meas.zip");
        }
    }

    @Test
    void refusesABadSpecWithItsReason() {
        Result result = run("generate", "--sensors", "500", "--out", dir.toString());
        assertThat(result.code()).isEqualTo(2);
    }
}
