package io.loggerflow.parsers.triton;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.ReadOut;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.SampleData;
import io.loggerflow.parsers.StampPosition;
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

class TritonFormatTest {
    private static final Path SAMPLE = SampleData.file("triton/Triton_T1042_2024-03-01.csv");
    private static final String HEADER = "Triton Wind Profiler - Data Export\nUnit: T7;Site: X\n\n"
            + "Date/Time;Speed 40m;Quality 40m\n;m/s;%\n";

    private final TritonFormat format = new TritonFormat();

    @Test
    void detectsTritonExportsAndNoOtherSample() throws IOException {
        assertThat(format.name()).isEqualTo("triton-csv");
        assertThat(format.detect(Files.readAllBytes(SAMPLE))).isTrue();
        assertThat(format.detect("\uFEFFSecond Wind TRITON export\n".getBytes(StandardCharsets.UTF_8))).isTrue();
        List<Path> others = SampleData.filesOutsideFolderOf(SAMPLE);
        assertThat(others).isNotEmpty();
        for (Path other : others) {
            assertThat(format.detect(Files.readAllBytes(other))).as(other.toString()).isFalse();
        }
        for (String text : List.of("", "Date/Time;Speed 40m\n", "Tritonal data\n", "x\nTriton on line 2\n")) {
            assertThat(format.detect(text.getBytes(StandardCharsets.ISO_8859_1))).as(text).isFalse();
        }
    }

    @Test
    void headerGivesTheUnitHeightsUnitsAndQualityColumns() throws IOException {
        try (RowReader reader = format.open(InputSource.of(SAMPLE), ParseSettings.UTC)) {
            assertThat(reader.identity().logger()).isEqualTo("T1042");
            assertThat(reader.identity().serial()).isEqualTo("T1042");
            assertThat(reader.identity().model()).isEqualTo("Triton");
            assertThat(reader.stampPosition()).isEqualTo(StampPosition.UNKNOWN);
            assertThat(reader.channels()).hasSize(5 * 4 + 2);
            assertThat(reader.channels().get(0)).isEqualTo(new Channel("Speed 40m", "m/s", null, 40.0, null, null));
            assertThat(reader.channels().get(1)).isEqualTo(new Channel("Direction 40m", "°", null, 40.0, null, null));
            assertThat(reader.channels().get(3)).isEqualTo(new Channel("Quality 40m", "%", "Quality", 40.0, null, null));
            assertThat(reader.channels().get(16).heightM()).isEqualTo(120.0);
            assertThat(reader.channels().get(20)).isEqualTo(new Channel("Battery", "V", null));
            assertThat(reader.channels().get(21)).isEqualTo(new Channel("Internal Temp", "°C", null));
        }
    }

    @Test
    void readsDecimalCommasEmptyLowQualityCellsAndStampsInTheConfiguredZone() throws IOException {
        ParseSettings plusOne = new ParseSettings(ZoneOffset.ofHours(1), Map.of("stamp-position", "end"));
        try (RowReader reader = format.open(InputSource.of(SAMPLE), plusOne)) {
            assertThat(reader.stampPosition()).isEqualTo(StampPosition.END);
            ReadOut out = ReadOut.of(reader);
            assertThat(out.errors()).isEmpty();
            assertThat(out.stamps()).hasSize(144);
            assertThat(out.stamps().get(0)).isEqualTo(Instant.parse("2024-02-29T23:10:00Z"));
            assertThat(out.stamps().get(143)).isEqualTo(Instant.parse("2024-03-01T23:00:00Z"));
            assertThat(out.values().get(0)[0]).isEqualTo(5.99);
            assertThat(out.values().get(0)[2]).isEqualTo(-0.03);
            assertThat(out.count(0)).isEqualTo(144);
            assertThat(out.sum(0)).isCloseTo(881.03, within(1e-6));
            assertThat(out.count(12)).isEqualTo(114); // Speed 100m: empty where the quality is too low
            assertThat(out.sum(12)).isCloseTo(800.7, within(1e-6));
            assertThat(out.count(16)).isEqualTo(36);
            assertThat(out.count(19)).isEqualTo(144); // Quality 120m is always written
        }
    }

    @Test
    void badRowsAreReportedWithTheirLineAndTheGoodRowsStillLoad() throws IOException {
        String text = HEADER
                + "01.03.2024 00:10;5,1;90\n"
                + "01.03.2024 00:20;5,2\n" // truncated
                + "1.3.2024 0:30 am;5,3;91\n" // bad stamp
                + "01.03.2024 00:40;fast;92\n" // not a number
                + "01.03.2024 00:50;5,5;93;7\n" // a field beyond the header
                + "01.03.2024 01:00;9999;94\n";
        try (RowReader reader = open(text, Map.of("missing", "9999"))) {
            ReadOut out = ReadOut.of(reader);
            assertThat(out.stamps()).containsExactly(Instant.parse("2024-03-01T00:10:00Z"),
                    Instant.parse("2024-03-01T01:00:00Z"));
            assertThat(out.values().get(1)[0]).isNaN();
            assertThat(out.errorLines()).containsExactly(
                    "7: expected 3 fields but found 2",
                    "8: Date/Time: not a timestamp (expected dd.MM.yyyy HH:mm[:ss]): '1.3.2024 0:30 am'",
                    "9: Speed 40m: not a number: 'fast'",
                    "10: more fields than the 3 of the column header");
        }
    }

    @Test
    void aFileWithoutColumnHeaderOrUnitsRowIsReadOrRefusedByItsOwnLines() throws IOException {
        String noUnits = "Triton export\nDate/Time;Speed 40m\n01.03.2024 00:10;5.5\n";
        try (RowReader reader = open(noUnits, Map.of())) {
            assertThat(reader.channels()).containsExactly(new Channel("Speed 40m", null, null, 40.0, null, null));
            assertThat(ReadOut.of(reader).values().get(0)[0]).isEqualTo(5.5);
        }
        assertThatThrownBy(() -> open("Triton export\nno header here\n", Map.of()))
                .isInstanceOf(InputFormatException.class)
                .hasMessageContaining("no column header line");
        assertThatThrownBy(() -> open("Triton export\nDate/Time;Speed 40m;Speed 40m\n", Map.of()))
                .isInstanceOf(InputFormatException.class)
                .hasMessageContaining("line 2").hasMessageContaining("duplicate column name");
    }

    @Test
    void optionsReplaceThePatternAndNameTheLogger() throws IOException {
        String text = "Triton export\nTimestamp;Speed 40m\n2024-03-01 00:10;5.5\n";
        try (RowReader reader = open(text, Map.of("timestamp-pattern", "yyyy-MM-dd HH:mm", "logger", "sodar-3"))) {
            assertThat(reader.identity().logger()).isEqualTo("sodar-3");
            assertThat(ReadOut.of(reader).stamps()).containsExactly(Instant.parse("2024-03-01T00:10:00Z"));
        }
        assertThatThrownBy(() -> open(text, Map.of("stamp-position", "middle")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stamp-position");
    }

    private RowReader open(String text, Map<String, String> options) throws IOException {
        return format.open(InputSource.of("sodar.csv", text.getBytes(StandardCharsets.ISO_8859_1)),
                new ParseSettings(ZoneOffset.UTC, options));
    }
}
