package io.loggerflow.parsers.windiris;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.ReadOut;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.SampleData;
import io.loggerflow.parsers.StampPosition;
import io.loggerflow.parsers.metadata.MetadataRules;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class WindIrisFormatTest {
    private static final Path SAMPLE = SampleData.file("windiris/WIPO0001234_average_data_2024-03-01_06-00-00.csv");
    private static final String HEADER = "Date and Time;Distance;HWS hub;HWS hub availability\n";

    private final WindIrisFormat format = new WindIrisFormat();

    @Test
    void detectsAverageDataFilesAndNoOtherSample() throws IOException {
        assertThat(format.name()).isEqualTo("windiris-average");
        assertThat(format.detect(Files.readAllBytes(SAMPLE))).isTrue();
        assertThat(format.detect(("\uFEFF" + HEADER).getBytes(StandardCharsets.UTF_8))).isTrue();
        List<Path> others = SampleData.filesOutsideFolderOf(SAMPLE);
        for (Path other : others) {
            assertThat(format.detect(Files.readAllBytes(other))).as(other.toString()).isFalse();
        }
        // the real-time files of the same lidar are another layout
        for (String text : List.of("", "Timestamp;LOS index;Distance;RWS\n", "Date and Time,Distance,HWS hub\n")) {
            assertThat(format.detect(text.getBytes(StandardCharsets.UTF_8))).as(text).isFalse();
        }
    }

    @Test
    void eachQuantityAtEachDistanceIsOneSensorNamedWithItsDistance() throws IOException {
        try (RowReader reader = format.open(InputSource.of(SAMPLE), ParseSettings.UTC)) {
            assertThat(reader.identity().logger()).isEqualTo("WIPO0001234");
            assertThat(reader.identity().table()).isEqualTo("average_data");
            assertThat(reader.identity().model()).isEqualTo("Wind Iris");
            assertThat(reader.stampPosition()).isEqualTo(StampPosition.END);
            assertThat(reader.channels()).hasSize(16 * 4);
            assertThat(reader.channels().get(0)).isEqualTo(new Channel("HWS hub@distance 50m", null, null));
            assertThat(reader.channels().get(2))
                    .isEqualTo(new Channel("HWS hub availability@distance 50m", null, "Availability"));
            assertThat(reader.channels().get(3)).isEqualTo(new Channel("TI hub@distance 50m", null, "TI"));
            assertThat(reader.channels().get(16).name()).isEqualTo("HWS hub@distance 80m");
            assertThat(reader.channels().get(63).name()).isEqualTo("HWS low@distance 160m");
            // a range distance is not a height: Task 43 metadata leaves the height empty
            var metadata = MetadataRules.standard().derive(reader.channels().get(16));
            assertThat(metadata.measurementType()).isEqualTo("wind_speed");
            assertThat(metadata.heightM()).isNull();
        }
    }

    @Test
    void everyLineIsARowOfItsDistanceWithTheOffsetOfItsStamp() throws IOException {
        try (RowReader reader = format.open(InputSource.of(SAMPLE), new ParseSettings(ZoneOffset.ofHours(-5)))) {
            ReadOut out = ReadOut.of(reader);
            assertThat(out.errors()).isEmpty();
            assertThat(out.stamps()).hasSize(144);
            // +01:00 in the stamps wins over the configured zone
            assertThat(out.stamps().get(0)).isEqualTo(Instant.parse("2024-02-29T23:10:00Z"));
            assertThat(out.stamps().get(3)).isEqualTo(Instant.parse("2024-02-29T23:10:00Z"));
            assertThat(out.stamps().get(4)).isEqualTo(Instant.parse("2024-02-29T23:20:00Z"));
            assertThat(out.stamps().get(143)).isEqualTo(Instant.parse("2024-03-01T05:00:00Z"));
            assertThat(out.values().get(0)[0]).isEqualTo(7.85);
            assertThat(out.values().get(0)[16]).isNaN(); // 80 m is on the next line
            assertThat(out.values().get(1)[16]).isEqualTo(8.11);
            assertThat(out.values().get(1)[0]).isNaN();
            assertThat(out.count(0)).isEqualTo(36);
            assertThat(out.sum(0)).isCloseTo(289.19, within(1e-6));
            assertThat(out.count(48)).isEqualTo(6); // HWS hub at 160 m: NaN where the availability is low
            assertThat(out.sum(48)).isCloseTo(48.49, within(1e-6));
            assertThat(out.count(50)).isEqualTo(36); // its availability is always written
        }
    }

    @Test
    void badLinesAreRowErrorsAndTheOtherDistancesStillLoad() throws IOException {
        String text = HEADER
                + "2024-03-01T00:10:00.000+00:00;50;7.1;0.9\n"
                + "2024-03-01T00:10:00.000+00:00;80;7.3\n" // truncated
                + "2024-03-01T00:20:00.000+00:00;far;7.4;0.9\n" // not a distance
                + "2024-03-01T00:20;80;7.5;0.9;\n" // no offset: the configured zone; a trailing empty field
                + "yesterday;50;7.6;0.9\n" // bad stamp
                + "2024-03-01T00:30:00.000+00:00;80;fast;0.9\n" // not a number
                + "2024-03-01T00:40:00.000+00:00;80.0;-999;0.8;x\n"; // a field beyond the header
        try (RowReader reader = open(text, Map.of("missing", "-999"))) {
            assertThat(reader.channels()).extracting(Channel::name).containsExactly("HWS hub@distance 50m",
                    "HWS hub availability@distance 50m", "HWS hub@distance 80m", "HWS hub availability@distance 80m");
            ReadOut out = ReadOut.of(reader);
            assertThat(out.stamps()).containsExactly(Instant.parse("2024-03-01T00:10:00Z"),
                    Instant.parse("2024-03-01T00:20:00Z"));
            assertThat(out.values().get(1)).containsExactly(Double.NaN, Double.NaN, 7.5, 0.9);
            assertThat(out.errorLines()).containsExactly(
                    "3: expected 4 fields but found 3",
                    "4: Distance: not a range distance: 'far'",
                    "6: Date and Time: not a timestamp (expected yyyy-MM-ddTHH:mm:ss.SSS+hh:mm): 'yesterday'",
                    "7: HWS hub@distance 80m: not a number: 'fast'",
                    "8: more fields than the 4 of the column header");
        }
    }

    @Test
    void aBrokenHeaderOrAFileWithoutDistancesIsRefused() {
        assertThatThrownBy(() -> open("Date and Time;Distance;\n2024-03-01T00:10:00Z;50;\n", Map.of()))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("line 1")
                .hasMessageContaining("no measurement columns");
        assertThatThrownBy(() -> open(HEADER + "2024-03-01T00:10:00Z;x;1;1\n", Map.of()))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("no line names a range distance");
        assertThatThrownBy(() -> open("Date and Time;Distance;A;A\n2024-03-01T00:10:00Z;50;1;1\n", Map.of()))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("duplicate column name");
    }

    @Test
    void theStampPositionAndLoggerCanBeConfigured() throws IOException {
        String text = HEADER + "2024-03-01T00:10:00.000+00:00;50;7.1;0.9\n";
        try (RowReader reader = open(text, Map.of("stamp-position", "start", "logger", "nacelle-7"))) {
            assertThat(reader.stampPosition()).isEqualTo(StampPosition.START);
            assertThat(reader.identity().logger()).isEqualTo("nacelle-7");
        }
    }

    private RowReader open(String text, Map<String, String> options) throws IOException {
        return format.open(InputSource.of("lidar.csv", text.getBytes(StandardCharsets.UTF_8)),
                new ParseSettings(ZoneOffset.UTC, options));
    }
}
