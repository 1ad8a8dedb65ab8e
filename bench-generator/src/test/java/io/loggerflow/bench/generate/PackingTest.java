package io.loggerflow.bench.generate;

import io.loggerflow.parsers.InputSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** Loose files, zips per day and zips per month hold the same day files. */
class PackingTest {
    // 12 days of January, all of February, 5 days of March
    private static final LocalDate START = LocalDate.of(2019, 1, 20);

    @TempDir
    Path temp;

    private static GeneratorSpec spec(FileFormat format, Packing packing) {
        return new GeneratorSpec(2, 5, 45, START, 11, format, packing, 0.002, "bench");
    }

    @Test
    void zipPerMonthHoldsOneEntryPerLoggerAndDay() throws IOException {
        GenerationResult result = new LoadGenerator(2).generate(spec(FileFormat.TOA5, Packing.ZIP_PER_MONTH), temp);

        assertThat(result.files()).extracting(p -> p.getFileName().toString()).containsExactly(
                "bench_M01_Ten_Min_2019_01.zip", "bench_M01_Ten_Min_2019_02.zip", "bench_M01_Ten_Min_2019_03.zip",
                "bench_M02_Ten_Min_2019_01.zip", "bench_M02_Ten_Min_2019_02.zip", "bench_M02_Ten_Min_2019_03.zip");
        assertThat(entries(result.files().get(0))).hasSize(12)
                .startsWith("bench_M01_Ten_Min_2019_01_20.dat").endsWith("bench_M01_Ten_Min_2019_01_31.dat");
        assertThat(entries(result.files().get(1))).hasSize(28);
        assertThat(entries(result.files().get(5))).hasSize(5)
                .containsExactly("bench_M02_Ten_Min_2019_03_01.dat", "bench_M02_Ten_Min_2019_03_02.dat",
                        "bench_M02_Ten_Min_2019_03_03.dat", "bench_M02_Ten_Min_2019_03_04.dat",
                        "bench_M02_Ten_Min_2019_03_05.dat");
        assertReadingsMatch(result);
    }

    @Test
    void nrgZipPerMonthIsNamedAfterTheSiteNumber() throws IOException {
        GenerationResult result = new LoadGenerator(2).generate(spec(FileFormat.NRG, Packing.ZIP_PER_MONTH), temp);

        assertThat(result.files()).hasSize(6);
        assertThat(result.files().get(3).getFileName().toString()).isEqualTo("000002_2019-01_meas.zip");
        assertThat(entries(result.files().get(3))).startsWith("000002_2019-01-20_00.00_000001_meas.txt");
        assertReadingsMatch(result);
    }

    @Test
    void zipPerDayHoldsTheDayFileAlone() throws IOException {
        GenerationResult result = new LoadGenerator(2).generate(spec(FileFormat.TOA5, Packing.ZIP_PER_DAY), temp);

        assertThat(result.files()).hasSize(2 * 45);
        assertThat(result.files().get(0).getFileName().toString()).isEqualTo("bench_M01_Ten_Min_2019_01_20.zip");
        for (Path zip : result.files()) {
            assertThat(entries(zip)).containsExactly(zip.getFileName().toString().replace(".zip", ".dat"));
        }
        assertReadingsMatch(result);
    }

    @Test
    void looseFilesAreOnePerLoggerAndDay() throws IOException {
        GenerationResult loose = new LoadGenerator(2).generate(spec(FileFormat.TOA5, Packing.NONE), temp.resolve("a"));
        GenerationResult zipped = new LoadGenerator(2).generate(spec(FileFormat.TOA5, Packing.ZIP_PER_MONTH), temp.resolve("b"));

        assertThat(loose.files()).hasSize(2 * 45);
        assertThat(loose.readings()).isEqualTo(zipped.readings());
        assertThat(loose.rows()).isEqualTo(zipped.rows()).isEqualTo(2 * 45 * 144);
        assertThat(zipped.bytes()).isLessThan(loose.bytes() / 2); // noisy 10-minute values compress about 2.5x
    }

    private static void assertReadingsMatch(GenerationResult result) throws IOException {
        long readings = 0;
        long rows = 0;
        for (InputSource source : ReadBack.dayFiles(result.files())) {
            ReadBack.FileReadings file = ReadBack.read(source);
            readings += file.readings().size();
            rows += file.rows();
        }
        assertThat(readings).isEqualTo(result.readings());
        assertThat(rows).isEqualTo(result.rows());
    }

    private static List<String> entries(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<String> names = new ArrayList<>();
            for (ZipEntry entry : Collections.list(file.entries())) {
                names.add(entry.getName());
            }
            return names;
        }
    }
}
