package io.loggerflow.bench.generate;

import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.toa5.Toa5Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Values are physically possible, consistent between statistics, and look like a real climate. */
class PlausibilityTest {
    @TempDir
    Path temp;

    @Test
    void writtenStatisticsAreConsistent() throws IOException {
        GeneratorSpec spec = new GeneratorSpec(1, 30, 20, LocalDate.of(2019, 6, 1), 21, FileFormat.TOA5,
                Packing.NONE, 0, "bench");
        GenerationResult result = new LoadGenerator(2).generate(spec, temp);
        MastLayout layout = MastLayout.of(30);
        for (Path file : result.files()) {
            try (RowReader reader = new Toa5Format().open(InputSource.of(file), ParseSettings.UTC)) {
                while (reader.next()) {
                    for (Sensor sensor : layout.sensors()) {
                        int c = sensor.index() * 4; // TOA5 order: Avg, Std, Max, Min
                        double avg = reader.value(c);
                        double sd = reader.value(c + 1);
                        double max = reader.value(c + 2);
                        double min = reader.value(c + 3);
                        assertThat(min).as("%s min <= avg", reader.channels().get(c)).isLessThanOrEqualTo(avg);
                        assertThat(avg).as("%s avg <= max", reader.channels().get(c)).isLessThanOrEqualTo(max);
                        assertThat(sd).isGreaterThanOrEqualTo(0);
                        checkRange(sensor.kind(), min, max);
                    }
                }
            }
        }
    }

    @Test
    void aYearLooksLikeAMetMastYear() {
        GeneratorSpec spec = new GeneratorSpec(1, 20, 365, LocalDate.of(2019, 1, 1), 8, FileFormat.TOA5,
                Packing.NONE, 0, "bench");
        WeatherModel model = new WeatherModel(spec);
        MastLayout layout = model.layout();
        Sensor top = layout.sensors().get(0);
        Sensor low = layout.sensors().stream().filter(s -> s.kind() == SensorKind.ANEMOMETER && s.heightM() == 20)
                .findFirst().orElseThrow();
        Sensor vane = layout.sensors().get(2);
        Sensor thermometer = layout.sensors().get(3);
        double topSum = 0;
        double lowSum = 0;
        double january = 0;
        double july = 0;
        double afternoon = 0;
        double night = 0;
        int[] octants = new int[8];
        long rows = 0;
        for (int d = 0; d < spec.days(); d++) {
            LocalDate date = spec.start().plusDays(d);
            DaySimulation day = model.day(0, date);
            while (day.next()) {
                double[] v = day.values();
                for (Sensor sensor : layout.sensors()) {
                    double avg = v[sensor.slot(Statistic.AVG)];
                    assertThat(v[sensor.slot(Statistic.MIN)]).isLessThanOrEqualTo(avg);
                    assertThat(v[sensor.slot(Statistic.MAX)]).isGreaterThanOrEqualTo(avg);
                    assertThat(v[sensor.slot(Statistic.SD)]).isGreaterThanOrEqualTo(0);
                    checkRange(sensor.kind(), v[sensor.slot(Statistic.MIN)], v[sensor.slot(Statistic.MAX)]);
                }
                topSum += v[top.slot(Statistic.AVG)];
                lowSum += v[low.slot(Statistic.AVG)];
                octants[(int) (v[vane.slot(Statistic.AVG)] / 45)]++;
                double temperature = v[thermometer.slot(Statistic.AVG)];
                january += date.getMonthValue() == 1 ? temperature : 0;
                july += date.getMonthValue() == 7 ? temperature : 0;
                afternoon += day.row() / 6 == 15 ? temperature : 0;
                night += day.row() / 6 == 4 ? temperature : 0;
                rows++;
            }
        }
        double topMean = topSum / rows;
        assertThat(topMean).as("mean wind speed at 120 m").isBetween(5.5, 11.0);
        assertThat(lowSum / rows).as("wind shear: 20 m slower than 120 m").isLessThan(topMean * 0.9);
        assertThat(july / (31 * 144)).as("July warmer than January").isGreaterThan(january / (31 * 144) + 8);
        assertThat(afternoon / (365 * 6)).as("afternoon warmer than night").isGreaterThan(night / (365 * 6) + 3);
        long enough = rows / 50;
        long windyOctants = java.util.Arrays.stream(octants).filter(n -> n > enough).count();
        assertThat(windyOctants).as("the wind comes from several directions").isGreaterThanOrEqualTo(3);
        assertThat(rows).isEqualTo(365 * 144);
    }

    private static void checkRange(SensorKind kind, double min, double max) {
        switch (kind) {
            case ANEMOMETER -> {
                assertThat(min).isGreaterThanOrEqualTo(0);
                assertThat(max).isLessThan(45);
            }
            case VANE -> {
                assertThat(min).isGreaterThanOrEqualTo(0);
                assertThat(max).isLessThan(360);
            }
            case THERMOMETER -> {
                assertThat(min).isGreaterThan(-45);
                assertThat(max).isLessThan(45);
            }
            case BAROMETER -> {
                assertThat(min).isGreaterThan(850);
                assertThat(max).isLessThan(1060);
            }
            case HYGROMETER -> {
                assertThat(min).isGreaterThanOrEqualTo(0);
                assertThat(max).isLessThanOrEqualTo(100);
            }
        }
    }
}
