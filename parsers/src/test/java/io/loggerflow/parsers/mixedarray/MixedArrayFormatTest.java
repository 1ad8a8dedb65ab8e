package io.loggerflow.parsers.mixedarray;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.FormatRegistry;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowException;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.SampleData;
import io.loggerflow.parsers.StampPosition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MixedArrayFormatTest {
    private static final Path SAMPLE = SampleData.file("campbell-mixed-array/CR23X_Mast_2024_061.dat");
    private final MixedArrayFormat format = new MixedArrayFormat();

    @Test
    void isNeverDetectedAndIsAskedLast() throws IOException {
        assertThat(format.detect(Files.readAllBytes(SAMPLE))).isFalse();
        assertThat(format.detectionRank()).isEqualTo(LoggerFormat.DetectionRank.GENERIC);
        assertThatThrownBy(() -> FormatRegistry.standard().detect(InputSource.of(SAMPLE)))
                .hasMessageContaining("unknown format");
    }

    @Test
    void theSampleWithItsMappingHoldsTwoTablesOfOneLoggerReadOneReaderEach() throws IOException {
        ParseSettings settings = mapping();
        assertThat(format.tables(InputSource.of(SAMPLE), settings)).containsExactly("110", "160");
        try (RowReader wind = format.open(InputSource.of(SAMPLE), settings.withOption(LoggerFormat.TABLE_OPTION, "110"));
             RowReader met = format.open(InputSource.of(SAMPLE), settings.withOption(LoggerFormat.TABLE_OPTION, "160"))) {
            assertThat(wind.identity().logger()).isEqualTo("CR23X_Mast").isEqualTo(met.identity().logger());
            assertThat(wind.identity().table()).isEqualTo("Ten_Min");
            assertThat(met.identity().table()).isEqualTo("Hourly");
            assertThat(wind.channels().get(1)).isEqualTo(new Channel("WS_40m_SD", "m/s", "Std"));
            assertThat(met.channels()).containsExactly(new Channel("AirT_2m_Avg", "deg C", "Avg"),
                    new Channel("RH_2m_Avg", "%", "Avg"), new Channel("BattV_Min", "V", "Min"));
            assertThat(wind.interval()).contains(Duration.ofMinutes(10));
            assertThat(met.interval()).contains(Duration.ofMinutes(60));
            assertThat(wind.stampPosition()).isEqualTo(StampPosition.END);

            assertThat(wind.next()).isTrue();
            assertThat(Instant.ofEpochMilli(wind.timestampMillis())).isEqualTo(Instant.parse("2024-03-01T00:10:00Z"));
            assertThat(wind.value(0)).isEqualTo(5.5);
            assertThat(wind.lineNumber()).isEqualTo(1);
            assertThat(met.next()).isTrue();
            assertThat(Instant.ofEpochMilli(met.timestampMillis())).isEqualTo(Instant.parse("2024-03-01T01:00:00Z"));
            assertThat(met.value(2)).isEqualTo(12.78);
            assertThat(met.lineNumber()).isEqualTo(7);
            int windRows = 1;
            while (wind.next()) {
                windRows++;
                if (wind.lineNumber() == 16) {
                    assertThat(wind.value(1)).as("-99999 is the configured missing value").isNaN();
                }
            }
            assertThat(windRows).isEqualTo(36);
        }
    }

    @Test
    void withoutAMappingTheFileIsRefusedWithWhatToConfigure() {
        assertThatThrownBy(() -> format.open(InputSource.of(SAMPLE), ParseSettings.UTC))
                .isInstanceOf(InputFormatException.class)
                .hasMessageContaining("has no column names, so it needs a mapping")
                .hasMessageContaining("array.<id>.columns");
        assertThatThrownBy(() -> format.tables(InputSource.of(SAMPLE), ParseSettings.UTC))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("array.<id>.columns");
    }

    @Test
    void anArrayWithoutAMappingRefusesTheFileInTablesAndIsABadRowInAReader() throws IOException {
        Map<String, String> options = new HashMap<>(mapping().options());
        options.keySet().removeIf(k -> k.startsWith("array.160."));
        options.remove(LoggerFormat.TABLE_OPTION);
        ParseSettings settings = new ParseSettings(ZoneOffset.UTC, options);
        assertThatThrownBy(() -> format.tables(InputSource.of(SAMPLE), settings)).isInstanceOf(InputFormatException.class)
                .hasMessageStartingWith("CR23X_Mast_2024_061.dat, line 7: array 160 has no mapping");
        try (RowReader reader = format.open(InputSource.of(SAMPLE), settings)) {
            for (int i = 0; i < 6; i++) {
                assertThat(reader.next()).isTrue();
            }
            assertThatThrownBy(reader::next).isInstanceOf(RowException.class).hasMessageContaining("line 7: array 160 has no mapping");
            assertThat(reader.next()).isTrue();
            assertThat(reader.lineNumber()).isEqualTo(8);
        }
    }

    @Test
    void severalArraysWithoutATableIdAreNotReadAsOne() {
        Map<String, String> options = new HashMap<>(mapping().options());
        options.remove(LoggerFormat.TABLE_OPTION);
        assertThatThrownBy(() -> format.open(InputSource.of(SAMPLE), new ParseSettings(ZoneOffset.UTC, options)))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("maps arrays 110, 160")
                .hasMessageContaining("table-id");
    }

    @Test
    void timeFieldsWithSecondsMidnightAs2400AndBadLinesAreBadRows() throws IOException {
        String text = "101,2024,60,2350,15,1.5\r\n"
                + "101,2024,60,2400,0,2.5\r\n"
                + "101,2024,61,0010,30.5,3.5\r\n"
                + "101,2024,61,0020,0\r\n"
                + "101,2024,400,0030,0,1\r\n"
                + "101,2024,61,0075,0,1\r\n"
                + "garbage\r\n"
                + "101,2024,61,0040,0,x\r\n";
        Map<String, String> options = Map.of("array.101.columns", "T", "array.101.time-fields", "year,doy,hhmm,sec");
        try (RowReader reader = format.open(InputSource.of("m.dat", text.getBytes(StandardCharsets.US_ASCII)),
                new ParseSettings(ZoneOffset.ofHours(-5), options))) {
            assertThat(reader.identity().table()).isEqualTo("array101");
            assertThat(reader.interval()).isEmpty();
            assertThat(reader.next()).isTrue();
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-03-01T04:50:15Z"));
            assertThat(reader.next()).isTrue();
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-03-01T05:00:00Z"));
            assertThat(reader.next()).isTrue();
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-03-01T05:10:30.500Z"));
            assertThat(reader.value(0)).isEqualTo(3.5);
            assertThatThrownBy(reader::next).isInstanceOf(RowException.class)
                    .hasMessage("m.dat, line 4: array 101: expected 6 fields (ID, 4 time fields, 1 values) but found 5");
            assertThatThrownBy(reader::next).isInstanceOf(RowException.class).hasMessageContaining("line 5, column time: not a time");
            assertThatThrownBy(reader::next).isInstanceOf(RowException.class)
                    .hasMessage("m.dat, line 6, column time: not a time: hhmm '75' is not a time of day");
            assertThatThrownBy(reader::next).isInstanceOf(RowException.class)
                    .hasMessageContaining("line 7: not a line of an output array");
            assertThat(reader.next()).isTrue();
            assertThatThrownBy(() -> reader.value(0)).isInstanceOf(RowException.class)
                    .hasMessage("m.dat, line 8, column T: not a number: 'x'");
            assertThat(reader.next()).isFalse();
        }
    }

    @Test
    void badMappingValuesAreConfigurationErrorsNamingTheKey() {
        InputSource source = InputSource.of(SAMPLE);
        assertThatThrownBy(() -> format.open(source, new ParseSettings(ZoneOffset.UTC,
                Map.of("array.110.columns", "a,b", "array.110.units", "m/s"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'array.110.units' = 'm/s'");
        assertThatThrownBy(() -> format.open(source, new ParseSettings(ZoneOffset.UTC,
                Map.of("array.110.columns", "a", "array.110.time-fields", "doy,hhmm"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("year, doy and hhmm are required");
        assertThatThrownBy(() -> format.open(source, new ParseSettings(ZoneOffset.UTC,
                Map.of("array.110.columns", "a", "table-id", "999"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no array.999.columns");
    }

    private static ParseSettings mapping() {
        try (var in = Files.newBufferedReader(SampleData.file("campbell-mixed-array/mapping-array110.properties"))) {
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            Map<String, String> options = new HashMap<>();
            properties.stringPropertyNames().forEach(k -> options.put(k, properties.getProperty(k)));
            options.remove(LoggerFormat.TABLE_OPTION);
            return new ParseSettings(ZoneOffset.UTC, options);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
