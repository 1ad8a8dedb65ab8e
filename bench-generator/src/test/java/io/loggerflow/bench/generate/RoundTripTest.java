package io.loggerflow.bench.generate;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.metadata.MetadataRules;
import io.loggerflow.parsers.metadata.SensorMetadata;
import io.loggerflow.bench.generate.ReadBack.FileReadings;
import io.loggerflow.bench.generate.ReadBack.Reading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Generated files parse back with loggerflow's own parsers into exactly the readings of the tidy CSV. */
class RoundTripTest {
    // crosses a year boundary; enough missing cells that every file has some
    private static final LocalDate START = LocalDate.of(2019, 12, 31);

    @TempDir
    Path temp;

    private static GeneratorSpec spec(FileFormat format) {
        return new GeneratorSpec(2, 20, 3, START, 7, format, Packing.NONE, 0.01, "bench");
    }

    @ParameterizedTest
    @EnumSource(FileFormat.class)
    void everyStoredReadingIsInTheTidyCsvAndNothingElse(FileFormat format) throws IOException {
        GeneratorSpec spec = spec(format);
        LoadGenerator generator = new LoadGenerator(2);
        GenerationResult result = generator.generate(spec, temp.resolve("out"));
        Path tidyFile = temp.resolve("tidy.csv");
        long tidyReadings = generator.writeTidyCsv(spec, tidyFile);
        Map<String, Double> tidy = ReadBack.tidy(tidyFile);

        assertThat(result.files()).hasSize(6);
        assertThat(result.rows()).isEqualTo(2 * 3 * 144);
        assertThat(result.bytes()).isEqualTo(sizes(result.files()));
        long stored = 0;
        long missing = 0;
        Set<String> formats = new HashSet<>();
        for (InputSource source : ReadBack.dayFiles(result.files())) {
            FileReadings file = ReadBack.read(source);
            formats.add(file.format());
            assertThat(file.channels()).hasSize(80);
            assertThat(file.rows()).isEqualTo(144);
            assertThat(file.first().toString()).endsWith("T00:00:00Z"); // a day file covers its own day exactly
            for (Reading reading : file.readings()) {
                assertThat(tidy.get(ReadBack.key(reading.start(), reading.sensor())))
                        .as("%s %s in %s", reading.start(), reading.sensor(), source.name())
                        .isEqualTo(reading.value());
            }
            stored += file.readings().size();
            missing += 144L * 80 - file.readings().size();
        }
        assertThat(stored).isEqualTo(result.readings()).isEqualTo(tidyReadings).isEqualTo(tidy.size())
                .isEqualTo(Files.lines(tidyFile).count() - 1);
        assertThat(missing).as("missing cells, expected about 1%").isBetween(400L, 1000L);
        assertThat(formats).containsExactlyInAnyOrderElementsOf(switch (format) {
            case TOA5 -> List.of("toa5");
            case NRG -> List.of("nrg-symphoniepro");
            case MIXED -> List.of("toa5", "nrg-symphoniepro"); // a fleet of two loggers: one of each
        });
    }

    @Test
    void toa5StampsTheEndOfTheIntervalAndTheTidyCsvItsStart() throws IOException {
        GeneratorSpec spec = spec(FileFormat.TOA5);
        LoadGenerator generator = new LoadGenerator(1);
        generator.generate(spec, temp.resolve("out"));
        Map<String, Double> tidy = ReadBack.tidy(tidyOf(generator, spec));
        List<String> lines = Files.readAllLines(temp.resolve("out/bench_M02_Ten_Min_2019_12_31.dat"), StandardCharsets.US_ASCII);
        String[] names = lines.get(1).replace("\"", "").split(",");

        String[] first = lines.get(4).split(",");
        assertThat(first[0]).isEqualTo("\"2019-12-31 00:10:00\"");
        String[] last = lines.get(lines.size() - 1).split(",");
        assertThat(last[0]).isEqualTo("\"2020-01-01 00:00:00\"");
        assertThat(lines).hasSize(4 + 144);

        for (int column = 2; column < names.length; column += 7) {
            assertSameValue(tidy, first[column], "2019-12-31T00:00:00Z", "bench_M02/" + names[column]);
            assertSameValue(tidy, last[column], "2019-12-31T23:50:00Z", "bench_M02/" + names[column]);
        }
    }

    @Test
    void nrgStampsTheStartOfTheInterval() throws IOException {
        GeneratorSpec spec = spec(FileFormat.NRG);
        LoadGenerator generator = new LoadGenerator(1);
        generator.generate(spec, temp.resolve("out"));
        Map<String, Double> tidy = ReadBack.tidy(tidyOf(generator, spec));
        List<String> lines = Files.readAllLines(temp.resolve("out/000001_2020-01-01_00.00_000002_meas.txt"),
                StandardCharsets.ISO_8859_1);
        int header = lines.indexOf("Data") + 1;
        String[] names = lines.get(header).split("\t");
        String[] first = lines.get(header + 1).split("\t", -1);
        assertThat(first[0]).isEqualTo("2020-01-01 00:00:00");
        assertThat(lines.get(lines.size() - 1)).startsWith("2020-01-01 23:50:00\t");
        for (int column = 1; column < names.length; column += 5) {
            assertSameValue(tidy, first[column], "2020-01-01T00:00:00Z", "000001/" + names[column]);
        }
    }

    @ParameterizedTest
    @EnumSource(FileFormat.class)
    void columnNamesGiveTask43MetadataForWind(FileFormat format) throws IOException {
        GeneratorSpec spec = new GeneratorSpec(1, 12, 1, START, 3, format, Packing.NONE, 0, "bench");
        GenerationResult result = new LoadGenerator(1).generate(spec, temp);
        FileReadings file = ReadBack.read(InputSource.of(result.files().get(0)));
        MetadataRules rules = MetadataRules.standard();
        MastLayout layout = MastLayout.of(12);
        for (int c = 0; c < file.channels().size(); c++) {
            Channel channel = file.channels().get(c);
            Sensor sensor = layout.sensors().get(c / 4);
            SensorMetadata metadata = rules.derive(channel);
            assertThat(metadata.statistic()).as(channel.name()).isIn("avg", "sd", "min", "max");
            switch (sensor.kind()) {
                case ANEMOMETER -> assertThat(metadata.measurementType()).as(channel.name()).isEqualTo("wind_speed");
                case VANE -> assertThat(metadata.measurementType()).as(channel.name()).isEqualTo("wind_direction");
                case BAROMETER -> assertThat(metadata.measurementType()).as(channel.name()).isEqualTo("air_pressure");
                default -> { }
            }
            if (sensor.kind() != SensorKind.BAROMETER || format == FileFormat.NRG) {
                assertThat(metadata.heightM()).as(channel.name()).isEqualTo((double) sensor.heightM());
            }
        }
    }

    private Path tidyOf(LoadGenerator generator, GeneratorSpec spec) throws IOException {
        Path file = temp.resolve("tidy.csv");
        generator.writeTidyCsv(spec, file);
        return file;
    }

    private static void assertSameValue(Map<String, Double> tidy, String cell, String start, String sensor) {
        Double expected = tidy.get(ReadBack.key(Instant.parse(start), sensor));
        if (cell.isEmpty() || cell.equals("\"NAN\"")) {
            assertThat(expected).as("missing %s at %s is left out of the tidy CSV", sensor, start).isNull();
        } else {
            assertThat(expected).as("%s at %s", sensor, start).isEqualTo(Double.parseDouble(cell));
        }
    }

    private static long sizes(List<Path> files) throws IOException {
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
        }
        return total;
    }
}
