package io.loggerflow.parsers.aq500;

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

class Aq500FormatTest {
    private static final Path SAMPLE = SampleData.file("aq500/AQ5-0127_20240301.txt");
    private static final String HEADER = "[BOF]\n[BOH]\nSerial=AQ5-1\nTimeZone=UTC+02:00\nLevels=40;60\n[EOH]\n[BOD]\n"
            + "Date\tTime\tWS_40\tWS_60\n";

    private final Aq500Format format = new Aq500Format();

    @Test
    void detectsResultFilesAndNoOtherSample() throws IOException {
        assertThat(format.name()).isEqualTo("aq500");
        assertThat(format.detect(Files.readAllBytes(SAMPLE))).isTrue();
        assertThat(format.detect("\uFEFF[BOF]\r\n".getBytes(StandardCharsets.UTF_8))).isTrue();
        for (Path other : SampleData.filesOutsideFolderOf(SAMPLE)) {
            assertThat(format.detect(Files.readAllBytes(other))).as(other.toString()).isFalse();
        }
        for (String text : List.of("", "[BOH]\n", "[BOF] x\n", "x\n[BOF]\n")) {
            assertThat(format.detect(text.getBytes(StandardCharsets.UTF_8))).as(text).isFalse();
        }
    }

    @Test
    void headerKeysGiveTheSodarAndEachLevelColumnItsHeight() throws IOException {
        try (RowReader reader = format.open(InputSource.of(SAMPLE), ParseSettings.UTC)) {
            assertThat(reader.identity().logger()).isEqualTo("AQ5-0127");
            assertThat(reader.identity().model()).isEqualTo("AQ500");
            assertThat(reader.stampPosition()).isEqualTo(StampPosition.UNKNOWN);
            assertThat(reader.channels()).hasSize(6 * 5 + 2);
            assertThat(reader.channels().get(0)).isEqualTo(new Channel("WS_40", null, null, 40.0, null, null));
            assertThat(reader.channels().get(3)).isEqualTo(new Channel("SigmaW_40", null, "SD", 40.0, null, null));
            assertThat(reader.channels().get(29)).isEqualTo(new Channel("Quality_140", null, "Quality", 140.0, null, null));
            assertThat(reader.channels().get(30)).isEqualTo(new Channel("Tair", null, null));
        }
    }

    @Test
    void readsTheDataSectionWith9999AsMissingAndStopsAtItsEnd() throws IOException {
        try (RowReader reader = format.open(InputSource.of(SAMPLE), new ParseSettings(ZoneOffset.ofHours(3)))) {
            ReadOut out = ReadOut.of(reader);
            assertThat(out.errors()).isEmpty(); // [EOD] and [EOF] are not rows
            assertThat(out.stamps()).hasSize(144);
            // TimeZone=UTC+00:00 in the header wins over the configured zone
            assertThat(out.stamps().get(0)).isEqualTo(Instant.parse("2024-03-01T00:10:00Z"));
            assertThat(out.stamps().get(143)).isEqualTo(Instant.parse("2024-03-02T00:00:00Z"));
            assertThat(out.values().get(0)[0]).isEqualTo(5.77);
            assertThat(out.count(15)).isEqualTo(95); // WS_100: 9999 where the quality is too low
            assertThat(out.sum(15)).isCloseTo(593.74, within(1e-6));
            assertThat(out.count(19)).isEqualTo(144); // Quality_100 is always written
        }
    }

    @Test
    void badRowsAreReportedWithTheirLineAndTheGoodRowsStillLoad() throws IOException {
        String text = HEADER
                + "2024-03-01\t00:10\t5.1\t6.1\n"
                + "2024-03-01\t00:20\t5.2\n" // truncated
                + "2024-03-01\tnoon\t5.3\t6.3\n" // bad stamp
                + "2024-03-01\t00:40\tcalm\t6.4\n" // not a number
                + "2024-03-01\t00:50\t-99999\t6.5\n"
                + "[EOD]\n2024-03-01\t01:00\t5.6\t6.6\n[EOF]\n";
        try (RowReader reader = open(text, Map.of())) {
            assertThat(reader.identity().logger()).isEqualTo("AQ5-1");
            ReadOut out = ReadOut.of(reader);
            assertThat(out.stamps()).containsExactly(Instant.parse("2024-02-29T22:10:00Z"),
                    Instant.parse("2024-02-29T22:50:00Z"));
            assertThat(out.values().get(1)).containsExactly(Double.NaN, 6.5);
            assertThat(out.errorLines()).containsExactly(
                    "10: expected 4 fields but found 3",
                    "11: Date, Time: not a timestamp (expected ISO-8601 (yyyy-MM-dd HH:mm[:ss] or yyyy-MM-ddTHH:mm[:ss], "
                            + "optional offset)): '2024-03-01 noon'",
                    "12: WS_40: not a number: 'calm'");
        }
    }

    @Test
    void optionsReplaceTheMarkersAndTheZoneAndABrokenFileIsRefusedWithItsLine() throws IOException {
        String text = HEADER + "2024-03-01\t00:10\t9999\t-1\n";
        try (RowReader reader = open(text, Map.of("missing", "-1", "time-zone-source", "settings"))) {
            ReadOut out = ReadOut.of(reader);
            assertThat(out.stamps()).containsExactly(Instant.parse("2024-03-01T00:10:00Z"));
            assertThat(out.values().get(0)).containsExactly(9999.0, Double.NaN);
        }
        assertThatThrownBy(() -> open("[BOF]\n[BOH]\nSerial=1\n[EOH]\n", Map.of()))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("no [BOD] line");
        assertThatThrownBy(() -> open(HEADER.replace("UTC+02:00", "local"), Map.of()))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("line 4")
                .hasMessageContaining("unrecognised time zone 'local'");
    }

    private RowReader open(String text, Map<String, String> options) throws IOException {
        return format.open(InputSource.of("sodar.txt", text.getBytes(StandardCharsets.ISO_8859_1)),
                new ParseSettings(ZoneOffset.UTC, options));
    }
}
