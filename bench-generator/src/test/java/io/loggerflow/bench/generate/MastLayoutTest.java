package io.loggerflow.bench.generate;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MastLayoutTest {

    @Test
    void twentySensorsAreMostlyAnemometersWithOneOfEachMeteorologicalSensor() {
        List<Sensor> sensors = MastLayout.of(20).sensors();
        assertThat(sensors.stream().filter(s -> s.kind() == SensorKind.ANEMOMETER)).hasSize(13);
        assertThat(sensors.stream().filter(s -> s.kind() == SensorKind.VANE)).hasSize(4);
        assertThat(sensors.stream().filter(s -> s.kind() == SensorKind.THERMOMETER)).hasSize(1);
        assertThat(sensors.stream().filter(s -> s.kind() == SensorKind.BAROMETER)).hasSize(1);
        assertThat(sensors.stream().filter(s -> s.kind() == SensorKind.HYGROMETER)).hasSize(1);
        assertThat(sensors.get(0)).isEqualTo(new Sensor(0, SensorKind.ANEMOMETER, 120, "N"));
    }

    @Test
    void columnNamesAreUniqueUpToTheLargestMast() {
        for (int count = 1; count <= GeneratorSpec.MAX_SENSORS; count++) {
            for (FileFormat format : FileFormat.values()) {
                GeneratorSpec spec = new GeneratorSpec(1, count, 1, GeneratorSpec.DEFAULT_START, 1, format,
                        Packing.NONE, 0, "bench");
                MastLayout layout = MastLayout.of(count);
                List<Column> columns = DayFileWriter.of(spec, layout).columns(0);
                Set<String> names = new HashSet<>();
                Set<Integer> slots = new HashSet<>();
                for (Column column : columns) {
                    assertThat(names.add(column.name())).as("%s unique in %d sensors", column.name(), count).isTrue();
                    slots.add(column.slot());
                }
                assertThat(slots).hasSize(layout.slots());
                assertThat(layout.sensors()).allSatisfy(s -> assertThat(s.heightM()).isPositive());
            }
        }
    }

    @Test
    void specRefusesMoreSensorsThanHeightsAllow() {
        assertThatThrownBy(() -> GeneratorSpec.of(1, GeneratorSpec.MAX_SENSORS + 1, 1, 1, FileFormat.TOA5, Packing.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sensors");
        assertThatThrownBy(() -> new GeneratorSpec(1, 1, 1, GeneratorSpec.DEFAULT_START, 1, FileFormat.TOA5,
                Packing.NONE, 0, "a/b")).hasMessageContaining("site");
    }

    @Test
    void packingAndFormatParseTheirCommandLineNames() {
        assertThat(Packing.parse("per-month")).isEqualTo(Packing.ZIP_PER_MONTH);
        assertThat(Packing.parse("zip-per-day")).isEqualTo(Packing.ZIP_PER_DAY);
        assertThat(Packing.parse("none")).isEqualTo(Packing.NONE);
        assertThat(FileFormat.parse("NRG")).isEqualTo(FileFormat.NRG);
        assertThatThrownBy(() -> Packing.parse("tar")).isInstanceOf(IllegalArgumentException.class);
    }
}
