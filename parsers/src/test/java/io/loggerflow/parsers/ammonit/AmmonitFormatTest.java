package io.loggerflow.parsers.ammonit;

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

class AmmonitFormatTest {
    private static final Path SAMPLE = SampleData.file("ammonit/D150321_2024-03-01_00-10-00.csv");
    private static final Path AMMONIT_LIKE = SampleData.file("generic/ammonit-like_D150123_2024-03-01.csv");
    private static final String HEADER = "Timestamp\tC1 80m avg [m/s]\tC1 80m sd [m/s]\n";

    private final AmmonitFormat format = new AmmonitFormat();

    @Test
    void detectsTheDataPartHeaderAndNoOtherSample() throws IOException {
        assertThat(format.name()).isEqualTo("ammonit-csv");
        assertThat(format.detect(Files.readAllBytes(SAMPLE))).isTrue();
        assertThat(format.detect("Date/time;A1 avg;A1 max\n".getBytes(StandardCharsets.UTF_8))).isTrue();
        List<Path> others = SampleData.filesOutsideFolderOf(SAMPLE);
        assertThat(others).contains(AMMONIT_LIKE); // illustrative, read with a mapping: not claimed
        for (Path other : others) {
            assertThat(format.detect(Files.readAllBytes(other))).as(other.toString()).isFalse();
        }
        for (String text : List.of("", "Timestamp\tspeed\tdir\n", "Timestamp\tC1 avg\n", "Time\tC1 avg\tC1 max\n",
                "timestamp,sensor,value\n")) {
            assertThat(format.detect(text.getBytes(StandardCharsets.UTF_8))).as(text).isFalse();
        }
    }

    @Test
    void headerAndInformationPartGiveSerialZoneStatisticsUnitsAndHeights() throws IOException {
        try (RowReader reader = format.open(InputSource.of(SAMPLE), ParseSettings.UTC)) {
            assertThat(reader.identity().logger()).isEqualTo("D150321");
            assertThat(reader.identity().serial()).isEqualTo("D150321");
            assertThat(reader.identity().model()).isEqualTo("Meteo-40M");
            assertThat(reader.stampPosition()).isEqualTo(StampPosition.UNKNOWN);
            assertThat(reader.channels()).hasSize(14);
            assertThat(reader.channels().get(0)).isEqualTo(new Channel("C1 80m avg [m/s]", "m/s", "avg", 80.0, null, null));
            assertThat(reader.channels().get(3)).isEqualTo(new Channel("C1 80m sd [m/s]", "m/s", "sd", 80.0, null, null));
            assertThat(reader.channels().get(4)).isEqualTo(new Channel("C1 80m count", null, "count", 80.0, null, null));
            assertThat(reader.channels().get(8)).isEqualTo(new Channel("D1 78m avg [°]", "°", "avg", 78.0, null, null));
            assertThat(reader.channels().get(12)).isEqualTo(new Channel("A3 avg [hPa]", "hPa", "avg", null, null, null));
        }
    }

    @Test
    void readsTheDataPartInTheStatedZoneAndStopsBeforeTheInformationPart() throws IOException {
        try (RowReader reader = format.open(InputSource.of(SAMPLE), ParseSettings.UTC)) {
            ReadOut out = ReadOut.of(reader);
            assertThat(out.errors()).isEmpty(); // the [System] ... lines are not rows
            assertThat(out.stamps()).hasSize(144);
            // timezone=UTC+01:00 in [System]
            assertThat(out.stamps().get(0)).isEqualTo(Instant.parse("2024-02-29T23:10:00Z"));
            assertThat(out.stamps().get(143)).isEqualTo(Instant.parse("2024-03-01T23:00:00Z"));
            assertThat(out.values().get(0)[0]).isEqualTo(7.475);
            assertThat(out.values().get(57)[0]).isNaN(); // the outage row
            assertThat(out.count(0)).isEqualTo(143);
            assertThat(out.sum(0)).isCloseTo(1109.457, within(1e-6));
            assertThat(out.count(13)).isEqualTo(144);
            assertThat(out.sum(13)).isCloseTo(1828.37, within(1e-6));
        }
        ParseSettings configured = new ParseSettings(ZoneOffset.ofHours(2), Map.of("time-zone-source", "settings"));
        try (RowReader reader = format.open(InputSource.of(SAMPLE), configured)) {
            assertThat(ReadOut.of(reader).stamps().get(0)).isEqualTo(Instant.parse("2024-02-29T22:10:00Z"));
        }
    }

    @Test
    void badRowsAreReportedWithTheirLineAndTheGoodRowsStillLoad() throws IOException {
        String text = HEADER
                + "2024-03-01 00:10:00\t7.1\t0.5\n"
                + "2024-03-01 00:20:00\t7.2\n" // truncated
                + "01.03.2024 00:30\t7.3\t0.5\n" // another stamp shape
                + "2024-03-01 00:40:00\tcalm\t0.5\n" // not a number
                + "2024-03-01 00:50:00\t7.5\t0.5\t9\n" // a field beyond the header
                + "2024-03-01 01:00:00\t-9999\t0.6\n"
                + "\n[System]\nserial=D000001\n";
        try (RowReader reader = open(text, Map.of("missing", "-9999"))) {
            assertThat(reader.identity().logger()).isEqualTo("D000001");
            ReadOut out = ReadOut.of(reader);
            assertThat(out.stamps()).containsExactly(Instant.parse("2024-03-01T00:10:00Z"),
                    Instant.parse("2024-03-01T01:00:00Z"));
            assertThat(out.values().get(1)[0]).isNaN();
            assertThat(out.errorLines()).containsExactly(
                    "3: expected 3 fields but found 2",
                    "4: Timestamp: not a timestamp (expected ISO-8601 (yyyy-MM-dd HH:mm[:ss] or yyyy-MM-ddTHH:mm[:ss], "
                            + "optional offset)): '01.03.2024 00:30'",
                    "5: C1 80m avg [m/s]: not a number: 'calm'",
                    "6: more fields than the 3 of the column header");
        }
    }

    @Test
    void dateAndTimeColumnsAPatternAndAFileNameSerialAreAccepted() throws IOException {
        String text = "Date;Time;A1 avg;A1 max\n01.03.2024;00:10:00;7,5;9,1\n";
        try (RowReader reader = format.open(InputSource.of("D243094_2024-03-01.csv",
                text.getBytes(StandardCharsets.UTF_8)), new ParseSettings(ZoneOffset.UTC,
                Map.of("timestamp-pattern", "dd.MM.yyyy HH:mm:ss")))) {
            assertThat(reader.identity().logger()).isEqualTo("D243094");
            assertThat(reader.channels()).extracting(Channel::name).containsExactly("A1 avg", "A1 max");
            ReadOut out = ReadOut.of(reader);
            assertThat(out.stamps()).containsExactly(Instant.parse("2024-03-01T00:10:00Z"));
            assertThat(out.values().get(0)).containsExactly(7.5, 9.1);
        }
    }

    @Test
    void aWrongHeaderOrZoneIsRefusedNamingItsLine() {
        assertThatThrownBy(() -> open("Speed\tC1 avg\tC1 max\n", Map.of()))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("line 1")
                .hasMessageContaining("Timestamp");
        assertThatThrownBy(() -> open(HEADER + "2024-03-01 00:10:00\t7\t1\n[System]\ntimezone=Berlin time\n", Map.of()))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("line 3")
                .hasMessageContaining("unrecognised timezone");
    }

    private RowReader open(String text, Map<String, String> options) throws IOException {
        return format.open(InputSource.of("meteo.csv", text.getBytes(StandardCharsets.UTF_8)),
                new ParseSettings(ZoneOffset.UTC, options));
    }
}
