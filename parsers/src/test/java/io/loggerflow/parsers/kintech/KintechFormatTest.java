package io.loggerflow.parsers.kintech;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.ReadOut;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.SampleData;
import io.loggerflow.parsers.StampPosition;
import io.loggerflow.parsers.metadata.MetadataRules;
import io.loggerflow.parsers.metadata.SensorMetadata;
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

class KintechFormatTest {
    private static final Path SAMPLE = SampleData.file("kintech/ID240301_20240301_000000.log_20240302_000500.wnd");
    private static final String METADATA = "Kintech Engineering Atlas Output Data File#2.0.0.342#UTC+02:00:00#"
            + "yyyy/MM/dd#,#.# #Test Site#1#3050000001#guid#[{\"ColumnPrefix\":\"FRQ(1)\",\"ChannelNumber\":0,"
            + "\"Name\":\"F1_WS_40_90_CUP\",\"Units\":\"m/s\",\"Height\":40.0,\"Orientation\":90.0},"
            + "{\"ColumnPrefix\":\"ANL(1)\",\"ChannelNumber\":17,\"Name\":\"A1_PR_3_0_BARO\",\"Units\":\"mBar\","
            + "\"Height\":3.0,\"Orientation\":0.0}]#\n";
    private static final String HEADERS = "DateTime FRQ(1) FRQ(1)-STDev ANL(1) \n"
            + "DateTime F1_WS_40_90_CUP F1_WS_40_90_CUP-STDev A1_PR_3_0_BARO \n";

    private final KintechFormat format = new KintechFormat();

    @Test
    void detectsAtlasFilesAndNoOtherSample() throws IOException {
        assertThat(format.name()).isEqualTo("kintech-wnd");
        assertThat(format.detect(Files.readAllBytes(SAMPLE))).isTrue();
        assertThat(format.detect(("ABC123\n" + METADATA).getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(format.detect(("\uFEFF" + METADATA).getBytes(StandardCharsets.UTF_8))).isTrue();
        for (Path other : SampleData.filesOutsideFolderOf(SAMPLE)) {
            assertThat(format.detect(Files.readAllBytes(other))).as(other.toString()).isFalse();
        }
        for (String text : List.of("", "Kintech Engineering Atlas Output Data File\n", "a\nb\n" + METADATA,
                "DateTime FRQ(1)\n")) {
            assertThat(format.detect(text.getBytes(StandardCharsets.UTF_8))).as(text).isFalse();
        }
    }

    @Test
    void theHeaderGivesEachColumnItsStatisticUnitHeightAndOrientation() throws IOException {
        try (RowReader reader = format.open(InputSource.of(SAMPLE), ParseSettings.UTC)) {
            assertThat(reader.identity().logger()).isEqualTo("3050698812");
            assertThat(reader.identity().serial()).isEqualTo("3050698812");
            assertThat(reader.identity().model()).isEqualTo("Orbit 360");
            assertThat(reader.stampPosition()).isEqualTo(StampPosition.END);
            List<Channel> channels = reader.channels();
            assertThat(channels).hasSize(18);
            assertThat(channels.get(0)).isEqualTo(new Channel("Battery", "V", "Avg", null, null, "battery voltage"));
            assertThat(channels.get(1)).isEqualTo(new Channel("F1_WS_80_45_CUP", "m/s", "Avg", 80.0, 45.0,
                    "anemometer"));
            assertThat(channels.get(2).statistic()).isEqualTo("SD");
            assertThat(channels.get(5)).isEqualTo(new Channel("F1_WS_80_45_CUP-TI30", null, "TI30", 80.0, 45.0,
                    "anemometer"));
            // the definition names it "A1_WD_78_0_POT 2K": matched by its prefix ANL(1), the header's name kept
            assertThat(channels.get(10)).isEqualTo(new Channel("A1_WD_78_0_POT_2K", "°", "Avg", 78.0, 0.0, "vane"));
            assertThat(channels.get(13).statistic()).isEqualTo("Max");
            assertThat(channels.get(14)).isEqualTo(new Channel("A2_PR_5_0_Barometer_600-1100", "mBar", "Avg", 5.0, 0.0,
                    "barometer"));

            MetadataRules rules = MetadataRules.standard();
            assertThat(rules.derive(channels.get(5))).isEqualTo(
                    new SensorMetadata("wind_speed", "ti30sec", 80.0, 45.0, null));
            assertThat(rules.derive(channels.get(11))).isEqualTo(
                    new SensorMetadata("wind_direction", "sd", 78.0, 0.0, "deg"));
            assertThat(rules.derive(channels.get(14))).isEqualTo(
                    new SensorMetadata("air_pressure", "avg", 5.0, 0.0, "mbar"));
        }
    }

    @Test
    void readsValuesWithGroupedThousandsInTheHeadersClock() throws IOException {
        try (RowReader reader = format.open(InputSource.of(SAMPLE), new ParseSettings(ZoneOffset.ofHours(-5)))) {
            ReadOut out = ReadOut.of(reader);
            assertThat(out.errors()).isEmpty();
            assertThat(out.stamps()).hasSize(142); // two intervals have no row
            // UTC+01:00:00 in the header wins over the configured zone
            assertThat(out.stamps().get(0)).isEqualTo(Instant.parse("2024-02-29T23:10:00Z"));
            assertThat(out.stamps().get(141)).isEqualTo(Instant.parse("2024-03-01T23:00:00Z"));
            assertThat(out.values().get(0)[1]).isEqualTo(5.862);
            assertThat(out.values().get(0)[14]).isEqualTo(1008.0); // written 1,008.0
            assertThat(out.count(1)).isEqualTo(142);
            assertThat(out.sum(1)).isCloseTo(867.129, within(1e-6));
            assertThat(out.sum(5)).isCloseTo(14.309, within(1e-6));
            assertThat(out.sum(14)).isCloseTo(143712.5, within(1e-6));
        }
    }

    @Test
    void badRowsAreReportedWithTheirLineAndTheGoodRowsStillLoad() throws IOException {
        String text = "SIGNATURE\n" + METADATA + HEADERS
                + "2024-03-01,00:10 5.1 0.5 1,012.3\n"
                + "   \n" // a line of blanks holds no row
                + "2024-03-01,00:20 5.2 0.5\n" // truncated
                + "2024-03-01,00:30 5.3 0.5 1012.0 7\n" // a value beyond the header
                + "2024-03-01,noon 5.4 0.5 1012.0\n" // bad stamp
                + "2024-03-01,00:50 calm 0.5 10,12.0\n" // not numbers
                + "2024/03/01,01:00 5.6 0.6 1012.1\n"; // the header's date format
        try (RowReader reader = open(text, Map.of())) {
            ReadOut out = ReadOut.of(reader);
            assertThat(out.stamps()).containsExactly(Instant.parse("2024-02-29T22:10:00Z"),
                    Instant.parse("2024-02-29T23:00:00Z"));
            assertThat(out.values().get(0)).containsExactly(5.1, 0.5, 1012.3);
            assertThat(out.errorLines()).containsExactly(
                    "7: expected 4 fields but found 3",
                    "8: more fields than the 4 of the column header",
                    "9: DateTime: not a timestamp (expected [yyyy-MM-dd][yyyy/MM/dd],HH:mm[:ss]): '2024-03-01,noon'",
                    "10: F1_WS_40_90_CUP: not a number: 'calm'");
        }
    }

    @Test
    void optionsSetTheZoneStampPositionAndMarkersAndABrokenHeaderIsRefusedWithItsLine() throws IOException {
        String text = METADATA + HEADERS + "2024-03-01,00:10 9999 0.5 1012.0\n";
        try (RowReader reader = open(text, Map.of("missing", "9999", "time-zone-source", "settings",
                "stamp-position", "start"))) {
            assertThat(reader.stampPosition()).isEqualTo(StampPosition.START);
            ReadOut out = ReadOut.of(reader);
            assertThat(out.stamps()).containsExactly(Instant.parse("2024-03-01T00:10:00Z"));
            assertThat(out.values().get(0)).containsExactly(Double.NaN, 0.5, 1012.0);
        }
        assertThatThrownBy(() -> open(METADATA.replace("[{", "[x{") + HEADERS, Map.of()))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("line 1")
                .hasMessageContaining("the channel list is not JSON");
        assertThatThrownBy(() -> open(METADATA + "DateTime FRQ(1)\n" + HEADERS.lines().toList().get(1), Map.of()))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("line 3")
                .hasMessageContaining("the two column headers differ in length (2 and 4 columns)");
        assertThatThrownBy(() -> open(METADATA.replace("UTC+02:00:00", "local") + HEADERS, Map.of()))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("unrecognised time zone 'local'");
        assertThatThrownBy(() -> open("x\ny\n", Map.of())).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("not an Atlas output data file");
    }

    private RowReader open(String text, Map<String, String> options) throws IOException {
        return format.open(InputSource.of("mast.wnd", text.getBytes(StandardCharsets.UTF_8)),
                new ParseSettings(ZoneOffset.UTC, options));
    }
}
