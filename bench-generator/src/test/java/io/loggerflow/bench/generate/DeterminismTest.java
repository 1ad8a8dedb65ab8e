package io.loggerflow.bench.generate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The spec alone decides the bytes: not the run, the thread count, nor which other days are generated. */
class DeterminismTest {
    @TempDir
    Path temp;

    private static GeneratorSpec spec(Packing packing, long seed) {
        return new GeneratorSpec(3, 10, 40, LocalDate.of(2019, 1, 1), seed, FileFormat.TOA5, packing, 0.002, "bench");
    }

    @ParameterizedTest
    @EnumSource(Packing.class)
    void sameSeedGivesIdenticalFilesWhateverTheThreads(Packing packing) throws IOException {
        GenerationResult one = new LoadGenerator(1).generate(spec(packing, 42), temp.resolve("one"));
        GenerationResult other = new LoadGenerator(3).generate(spec(packing, 42), temp.resolve("other"));

        assertIdentical(one, other);
        assertThat(one.readings()).isEqualTo(other.readings());
    }

    @Test
    void nrgFilesAreDeterministicToo() throws IOException {
        GeneratorSpec nrg = spec(Packing.ZIP_PER_MONTH, 5).withFormat(FileFormat.NRG);
        assertIdentical(new LoadGenerator(2).generate(nrg, temp.resolve("a")),
                new LoadGenerator(1).generate(nrg, temp.resolve("b")));
    }

    @Test
    void tidyCsvIsDeterministic() throws IOException {
        LoadGenerator generator = new LoadGenerator(2);
        generator.writeTidyCsv(spec(Packing.NONE, 42), temp.resolve("a.csv"));
        generator.writeTidyCsv(spec(Packing.NONE, 42), temp.resolve("b.csv"));
        assertThat(Files.mismatch(temp.resolve("a.csv"), temp.resolve("b.csv"))).isEqualTo(-1L);
    }

    @Test
    void differentSeedGivesDifferentFiles() throws IOException {
        GenerationResult one = new LoadGenerator(2).generate(spec(Packing.NONE, 42), temp.resolve("one"));
        GenerationResult other = new LoadGenerator(2).generate(spec(Packing.NONE, 43), temp.resolve("other"));

        assertThat(names(one)).isEqualTo(names(other));
        for (int i = 0; i < one.files().size(); i++) {
            assertThat(Files.mismatch(one.files().get(i), other.files().get(i))).as(names(one).get(i))
                    .isNotEqualTo(-1L);
        }
    }

    @Test
    void aDayGeneratedAloneEqualsTheSameDayOfALongerRun() {
        LocalDate day = LocalDate.of(2019, 3, 17);
        WeatherModel year = new WeatherModel(new GeneratorSpec(2, 20, 365, LocalDate.of(2019, 1, 1), 9,
                FileFormat.TOA5, Packing.NONE, 0.01, "bench"));
        WeatherModel alone = new WeatherModel(new GeneratorSpec(2, 20, 1, day, 9, FileFormat.NRG, Packing.NONE,
                0.01, "bench"));

        DaySimulation expected = year.day(1, day);
        DaySimulation actual = alone.day(1, day);
        while (expected.next()) {
            assertThat(actual.next()).isTrue();
            assertThat(actual.values()).containsExactly(expected.values());
        }
        assertThat(actual.next()).isFalse();
    }

    @Test
    void loggersOfOneSiteDiffer() {
        WeatherModel model = new WeatherModel(spec(Packing.NONE, 1));
        DaySimulation first = model.day(0, LocalDate.of(2019, 1, 5));
        DaySimulation second = model.day(1, LocalDate.of(2019, 1, 5));
        first.next();
        second.next();
        assertThat(first.values()).isNotEqualTo(second.values());
    }

    private static void assertIdentical(GenerationResult one, GenerationResult other) throws IOException {
        assertThat(names(one)).isEqualTo(names(other));
        for (int i = 0; i < one.files().size(); i++) {
            assertThat(Files.mismatch(one.files().get(i), other.files().get(i))).as(names(one).get(i)).isEqualTo(-1L);
        }
    }

    private static List<String> names(GenerationResult result) {
        return result.files().stream().map(p -> p.getFileName().toString()).toList();
    }
}
